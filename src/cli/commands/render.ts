import path from 'node:path';
import { renderProject } from '../../render/index.js';
import { bool, str } from '../args.js';
import type { Command } from '../command.js';
import { outputFlag, outputFormat, renderFlags, renderOptions } from '../flags.js';
import { applyRenderCluster, renderClusterFlags } from '../render-cluster.js';
import { jsonPrinter, yamlPrinter } from '../render-output.js';

export const renderCommand: Command = {
  name: 'render',
  summary: 'Render a target into a directory, or print all objects',
  details: [
    'Without --print-all or -o json, the render directory is kept and its path printed.',
    'The render directory holds each item rendered, its kustomization and .rendered.yml.',
  ].join('\n'),
  flags: [
    ...renderFlags(),
    { name: 'print-all', kind: 'bool', help: 'print all objects as multi-document YAML on stdout' },
    {
      name: 'render-output-dir',
      kind: 'string',
      metavar: 'DIR',
      help: 'write the render directory here (replaced only when rendering succeeds)',
    },
    outputFlag(['yaml', 'json'], 'yaml'),
    {
      name: 'render-output-secrets',
      kind: 'bool',
      help: 'keep decrypted SOPS values and Secrets from the cluster in --render-output-dir (default: replaced by ***)',
    },
    {
      name: 'offline-kubernetes',
      kind: 'bool',
      help: 'never contact a cluster (the default unless --kubeconfig or --context is given)',
    },
    ...renderClusterFlags,
    {
      name: 'kubernetes-version',
      kind: 'string',
      metavar: 'VERSION',
      help: 'the Kubernetes version Helm charts see as .Capabilities.KubeVersion (default v1.20.0, as kluctl offline)',
    },
  ],
  async run(args, io) {
    const format = outputFormat(args, ['yaml', 'json'], 'yaml');
    const printAll = bool(args, 'print-all');
    const opts = renderOptions(args, io);
    applyRenderCluster(opts, args, io);
    opts.renderOutputSecrets = bool(args, 'render-output-secrets');
    opts.kubernetesVersion = str(args, 'kubernetes-version');
    const outputDir = str(args, 'render-output-dir');
    if (outputDir) opts.renderOutputDir = path.resolve(io.cwd, outputDir);
    // Printed as the items are done, so memory stays flat with the project's size.
    const printer =
      format === 'json' ? jsonPrinter(io.stdout) : printAll ? yamlPrinter(io.stdout) : undefined;
    const result = await renderProject(opts, { keepRenderDir: !printer, sink: printer });
    if (printer) printer.end(result.images);
    else {
      io.stderr(`rendered into ${result.renderDir}\n`);
      io.stdout(`${result.renderDir}\n`);
    }
    return 0;
  },
};
