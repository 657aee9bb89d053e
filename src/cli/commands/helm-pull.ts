import { helmPull, type HelmPullReport } from '../../helm/pull.js';
import { logSafe } from '../../util/log-safe.js';
import { bool } from '../args.js';
import type { Command } from '../command.js';
import { helmCredentialFlags, runChartCommand } from '../helm-flags.js';
import { outputFlag } from '../flags.js';
import type { CliIo } from '../io.js';

function printText(r: HelmPullReport, io: CliIo): void {
  const lines: string[] = [];
  for (const p of r.pulled) lines.push(`pulled ${p.chart} ${p.version} into ${p.dir}`);
  for (const p of r.removed)
    lines.push(`removed ${p.chart} ${p.version} (${p.dir}): no helm-chart.yaml uses it`);
  for (const s of r.skipped) lines.push(`skipped ${s.chart} (${s.file}): ${s.reason}`);
  for (const e of r.errors) {
    lines.push(
      `error ${e.chart ?? ''}${e.file ? ` ${e.file}${e.line ? `:${e.line}` : ''}` : ''}: ${e.error}`.replace(
        'error  ',
        'error ',
      ),
    );
    if (e.hint) lines.push(`  hint: ${e.hint}`);
  }
  lines.push(
    `${r.pulled.length} pulled, ${r.upToDate.length} already pulled, ${r.removed.length} removed, ${r.skipped.length} skipped, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`,
  );
  io.stdout(logSafe(`${lines.join('\n')}\n`));
}

export const helmPullCommand: Command = {
  name: 'helm-pull',
  summary: 'Pull every Helm chart of the project into .helm-charts (kluctl layout)',
  details: [
    'Finds every helm-chart.yaml (read without rendering, so it must be plain YAML), pulls each',
    'chart version into .helm-charts/<source>/<chart>/<version> as kluctl does, leaves versions',
    'already there alone and removes versions no helm-chart.yaml uses any more. Charts with',
    'skipPrePull: true and local charts (path) are skipped. No helm binary is needed.',
    'Credentials: KLUCTL_HELM_*, helm repo add, KLUCTL_REGISTRY_*, docker/helm registry login,',
    'and the flags above (see docs/helm.md).',
  ].join('\n'),
  flags: [
    {
      name: 'project-dir',
      kind: 'string',
      metavar: 'DIR',
      help: 'project root (holding .kluctl.yaml; default: current directory)',
    },
    { name: 'force', kind: 'bool', help: 'pull every version again, also those already pulled' },
    ...helmCredentialFlags,
    outputFlag(['text', 'json'], 'text'),
  ],
  run: (args, io) =>
    runChartCommand(
      args,
      io,
      ({ projectDir, sources, log }) =>
        helmPull({ projectDir, sources, force: bool(args, 'force'), log }),
      printText,
    ),
};
