import path from 'node:path';
import { loadOciCredentials } from '../../helm/credentials.js';
import { RegistryClient } from '../../registry/client.js';
import { pushArtifact } from '../../sources/oci.js';
import { UsageError } from '../../util/errors.js';
import { logSafeJson, logSafeYaml } from '../../util/log-safe.js';
import { list, str } from '../args.js';
import type { Command } from '../command.js';
import { helmCredentialFlags, helmCredentialOptions } from '../helm-flags.js';

export const ociCommand: Command = {
  name: 'oci',
  summary: 'oci push: push the project as an OCI artifact that kluctl and shipshape can include',
  details: [
    'Usage: shipshape oci push --url oci://REGISTRY/REPOSITORY[:TAG] [--project-dir DIR]',
    '',
    'Packs the project directory the way `kluctl oci push` does (every file and directory except',
    ".git and what .gitignore files exclude, no symbolic links) and pushes it in kluctl's artifact",
    'format (config application/vnd.io.kluctl.config.v1+json, content',
    'application/vnd.io.kluctl.content.v1.tar+gzip). Include it with `oci: {url, ref: {tag|digest}}`.',
    'Credentials: KLUCTL_REGISTRY_* variables, --registry-* flags, docker login.',
  ].join('\n'),
  flags: [
    {
      name: 'project-dir',
      kind: 'string',
      metavar: 'DIR',
      help: 'project directory (default: current directory)',
    },
    {
      name: 'url',
      kind: 'string',
      metavar: 'oci://REGISTRY/REPOSITORY[:TAG]',
      help: 'where to push (required; tag default latest)',
    },
    {
      name: 'annotation',
      kind: 'list',
      metavar: 'KEY=VALUE',
      help: 'an OCI annotation for the manifest',
    },
    {
      name: 'output',
      short: 'o',
      kind: 'string',
      metavar: 'json|yaml',
      help: 'print url, repository, tag and digest in this format',
    },
    ...helmCredentialFlags.filter((f) => f.name.startsWith('registry-')),
  ],
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    if (sub !== 'push' || rest.length)
      throw new UsageError('the oci command has one subcommand: oci push --url oci://…');
    const url = str(args, 'url');
    if (!url) throw new UsageError('oci push needs --url oci://REGISTRY/REPOSITORY[:TAG]');
    const output = str(args, 'output');
    if (output !== undefined && output !== 'json' && output !== 'yaml')
      throw new UsageError(`-o/--output must be json or yaml, got "${output}"`);
    const annotations: Record<string, string> = {};
    for (const a of list(args, 'annotation')) {
      const kv = a.split('=');
      if (kv.length !== 2)
        throw new UsageError(`invalid annotation ${a}, must be in the format key=value`);
      annotations[kv[0]] = kv[1];
    }
    const dir = path.resolve(io.cwd, str(args, 'project-dir') ?? '.');
    const credentials = await loadOciCredentials(io.env, helmCredentialOptions(args));
    const registry = new RegistryClient({ credentials, env: io.env });
    try {
      const result = await pushArtifact(registry, url, dir, { annotations, env: io.env });
      if (output === 'json') io.stdout(logSafeJson(`${JSON.stringify(result, null, 2)}\n`));
      else if (output === 'yaml') io.stdout(logSafeYaml(result));
      else io.stderr(`artifact successfully pushed to ${result.url}\n`);
      if (!output) io.stdout(`${result.url}\n`);
    } finally {
      await registry.close();
    }
    return 0;
  },
};
