/**
 * Running the cluster commands of the CLI against the test cluster (test/cluster/target.ts)
 * and reading their JSON result. Projects are written per test; each test uses its own
 * namespace and discriminator so tests in a file do not see each other's objects.
 */
import { stringify } from 'yaml';
import type { CommandResult, ResultObject } from '../../src/deploy/index.js';
import type { K8sObject } from '../../src/util/k8s.js';
import type { RecordedRequest } from '../support/kube/proxy.js';
import { runCli } from '../support/cli.js';
import { writeProject } from '../support/project.js';
import type { Target } from '../cluster/target.js';

export { setStatus, targetUnavailable, useTarget, type Target } from '../cluster/target.js';

let counter = 0;
/** A name no other test of this run uses (namespaces, discriminators). */
export const unique = (prefix: string) =>
  `${prefix}-${process.pid.toString(36)}-${(counter++).toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** A project whose manifests may use `{{ args.ns }}`; every file is given as YAML text or objects. */
export function project(files: Record<string, string | K8sObject | K8sObject[]>): string {
  const text: Record<string, string> = {
    '.kluctl.yaml': 'args:\n  - name: ns\n',
  };
  for (const [name, content] of Object.entries(files))
    text[name] =
      typeof content === 'string'
        ? content
        : (Array.isArray(content) ? content : [content]).map((o) => stringify(o)).join('---\n');
  return writeProject(text);
}

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
  result: CommandResult;
  /** Requests the proxy saw during the command (when run through it). */
  requests: RecordedRequest[];
}

export interface RunOptions {
  /** Through the recording proxy (default) or straight to the server. */
  direct?: boolean;
  /** Another kubeconfig (e.g. with a context of another user). */
  kubeconfig?: string;
  env?: Record<string, string | undefined>;
}

/**
 * `shipshape <command> --project-dir <dir> -a ns=<ns> --discriminator <disc> ... -o json`,
 * the result parsed.
 */
export async function runCommand(
  t: Target,
  command: string,
  dir: string,
  scope: { ns: string; disc?: string },
  args: string[] = [],
  opts: RunOptions = {},
): Promise<CommandRun> {
  const kubeconfig = opts.kubeconfig ?? (opts.direct ? t.kubeconfig : t.proxy.kubeconfigPath);
  const before = t.proxy.requests.length;
  const r = await runCli(
    [
      command,
      '--project-dir',
      dir,
      '-a',
      `ns=${scope.ns}`,
      ...(scope.disc ? ['--discriminator', scope.disc] : []),
      '--kubeconfig',
      kubeconfig,
      ...(command === 'deploy' || command === 'prune' || command === 'delete' ? ['-y'] : []),
      '-o',
      'json',
      ...args,
    ],
    { env: { KUBECONFIG: undefined, ...opts.env } },
  );
  let result: CommandResult;
  try {
    result = JSON.parse(r.stdout) as CommandResult;
  } catch {
    throw new Error(
      `${command} printed no JSON result (exit ${r.code}):\n${r.stdout}\n${r.stderr}`,
    );
  }
  return { ...r, result, requests: t.proxy.requests.slice(before) };
}

/** `Kind ns/name` of the result's objects with a change (or status), sorted. */
export const names = (objects: readonly ResultObject[], pred: (o: ResultObject) => boolean) =>
  objects.filter(pred).map((o) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`);

/** Requests that write (anything but GET, and not dry-run). */
export const writes = (requests: readonly RecordedRequest[]) =>
  requests.filter((r) => r.method !== 'GET' && !/[?&]dryRun=All/.test(r.query));

export const configMap = (
  name: string,
  data: Record<string, string> = { key: name },
  extra: Record<string, unknown> = {},
) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: '{{ args.ns }}', ...extra },
  data,
});

export const namespace = () => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: '{{ args.ns }}' },
});
