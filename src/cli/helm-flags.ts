import path from 'node:path';
import { openChartSources, type ChartSourceContext } from '../helm/chart-sources.js';
import type { HelmCredentialFlags } from '../helm/credentials.js';
import { logSafeJson } from '../util/log-safe.js';
import { list, str, type FlagSpec, type ParsedArgs } from './args.js';
import { outputFormat } from './flags.js';
import type { CliIo } from './io.js';

// kluctl's Helm and registry credential flags. Like kluctl (skipenv), they are never read
// from KLUCTL_* variables: KLUCTL_HELM_USERNAME and friends are credential sets of their own.
const helm = (name: string, metavar: string, help: string): FlagSpec => ({
  name,
  kind: 'list',
  metavar,
  help,
  skipEnv: true,
});

export const helmCredentialFlags: FlagSpec[] = [
  helm('helm-username', 'HOST[/PATH]=USER', 'user name for a Helm chart repository'),
  helm('helm-password', 'HOST[/PATH]=PASSWORD', 'password for a Helm chart repository'),
  helm(
    'helm-creds',
    'HOST[/PATH]=USER:PASSWORD',
    'user name and password for a Helm chart repository',
  ),
  helm('helm-key-file', 'HOST[/PATH]=FILE', 'client key for a Helm chart repository'),
  helm('helm-cert-file', 'HOST[/PATH]=FILE', 'client certificate for a Helm chart repository'),
  helm('helm-ca-file', 'HOST[/PATH]=FILE', 'CA bundle for a Helm chart repository'),
  helm(
    'helm-insecure-skip-tls-verify',
    'HOST[/PATH]',
    'skip TLS verification for a Helm chart repository',
  ),
  helm('registry-username', 'REGISTRY[/REPO]=USER', 'user name for an OCI registry'),
  helm('registry-password', 'REGISTRY[/REPO]=PASSWORD', 'password for an OCI registry'),
  helm('registry-creds', 'REGISTRY[/REPO]=USER:PASSWORD|TOKEN', 'credentials for an OCI registry'),
  helm(
    'registry-identity-token',
    'REGISTRY[/REPO]=TOKEN',
    'identity (refresh) token for an OCI registry',
  ),
  helm('registry-token', 'REGISTRY[/REPO]=TOKEN', 'bearer token for an OCI registry'),
  helm('registry-key-file', 'REGISTRY[/REPO]=FILE', 'client key for an OCI registry'),
  helm('registry-cert-file', 'REGISTRY[/REPO]=FILE', 'client certificate for an OCI registry'),
  helm('registry-ca-file', 'REGISTRY[/REPO]=FILE', 'CA bundle for an OCI registry'),
  helm('registry-plain-http', 'REGISTRY[/REPO]', 'use plain HTTP for an OCI registry'),
  helm(
    'registry-insecure-skip-tls-verify',
    'REGISTRY[/REPO]',
    'skip TLS verification for an OCI registry',
  ),
];

export function helmCredentialOptions(p: ParsedArgs): HelmCredentialFlags {
  return {
    helmUsername: list(p, 'helm-username'),
    helmPassword: list(p, 'helm-password'),
    helmCreds: list(p, 'helm-creds'),
    helmKeyFile: list(p, 'helm-key-file'),
    helmCertFile: list(p, 'helm-cert-file'),
    helmCaFile: list(p, 'helm-ca-file'),
    helmInsecureSkipTlsVerify: list(p, 'helm-insecure-skip-tls-verify'),
    registryUsername: list(p, 'registry-username'),
    registryPassword: list(p, 'registry-password'),
    registryCreds: list(p, 'registry-creds'),
    registryIdentityToken: list(p, 'registry-identity-token'),
    registryToken: list(p, 'registry-token'),
    registryKeyFile: list(p, 'registry-key-file'),
    registryCertFile: list(p, 'registry-cert-file'),
    registryCaFile: list(p, 'registry-ca-file'),
    registryPlainHttp: list(p, 'registry-plain-http'),
    registryInsecureSkipTlsVerify: list(p, 'registry-insecure-skip-tls-verify'),
  };
}

/**
 * The run of a command that works on every chart of a project (helm-pull, helm-update):
 * chart sources opened with the credential flags and closed afterwards, the report printed
 * as JSON or text; exit code 1 when any chart failed.
 */
export async function runChartCommand<R extends { errors: readonly unknown[] }>(
  args: ParsedArgs,
  io: CliIo,
  work: (ctx: {
    projectDir: string;
    sources: ChartSourceContext;
    log: (line: string) => void;
  }) => Promise<R>,
  printText: (report: R, io: CliIo) => void,
): Promise<number> {
  const format = outputFormat(args, ['text', 'json'], 'text');
  const sources = await openChartSources(io.env, helmCredentialOptions(args));
  for (const w of sources.warnings) io.stderr(`warning: ${w}\n`);
  let report: R;
  try {
    report = await work({
      projectDir: path.resolve(io.cwd, str(args, 'project-dir') ?? '.'),
      sources,
      log: (line) => io.stderr(`${line}\n`),
    });
  } finally {
    await sources.close();
  }
  if (format === 'json') io.stdout(logSafeJson(`${JSON.stringify(report, null, 2)}\n`));
  else printText(report, io);
  return report.errors.length ? 1 : 0;
}
