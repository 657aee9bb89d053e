/**
 * Which cluster to talk to, and as whom: kubeconfig files (an explicit path, the KUBECONFIG
 * list, ~/.kube/config) or the in-cluster service account, then the context. Parsing and
 * credentials (tokens, client certificates, exec plugins, auth providers) are
 * @kubernetes/client-node's; choosing and explaining is ours.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { nearest, UserError } from '../util/errors.js';

export interface KubeconfigOptions {
  /** A kubeconfig path, or several joined like KUBECONFIG. Default: KUBECONFIG, then ~/.kube/config, then in-cluster. */
  kubeconfig?: string;
  /** Context to use instead of the kubeconfig's current-context. */
  context?: string;
}

export interface LoadedKubeconfig {
  /** client-node's config with the chosen context as current. */
  kc: KubeConfig;
  context: string;
  /** API server URL without a trailing slash. */
  server: string;
  /** Namespace for namespaced objects that name none (the context's, else `default`). */
  namespace: string;
  /** Where the configuration came from, for messages. */
  source: string;
}

const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

const hintFiles =
  "pass a kubeconfig file (--kubeconfig), set KUBECONFIG, create ~/.kube/config (e.g. with your cloud's get-credentials command), or run inside a cluster with a service account";

function readable(file: string, explicit: boolean): boolean {
  if (!existsSync(file)) {
    if (explicit) throw new UserError(`kubeconfig ${file} does not exist`, { file }, hintFiles);
    return false;
  }
  try {
    accessSync(file, constants.R_OK);
    return true;
  } catch (e) {
    throw new UserError(
      `cannot read kubeconfig ${file}: ${(e as Error).message}`,
      { file },
      'check the file permissions',
    );
  }
}

async function loadFile(file: string): Promise<KubeConfig> {
  const { KubeConfig } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  try {
    kc.loadFromFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code)
      throw new UserError(
        `cannot read kubeconfig ${file}: ${(e as Error).message}`,
        { file },
        'point --kubeconfig/KUBECONFIG at a readable file',
      );
    const msg = (e as Error).message.split('\n')[0];
    // js-yaml reports positions as "(line:column)".
    const line = /\((\d+):\d+\)/.exec(msg)?.[1];
    throw new UserError(
      `kubeconfig ${file} is not valid: ${msg}`,
      { file, line: line ? Number(line) : undefined },
      'fix the file or point --kubeconfig/KUBECONFIG at a valid one',
    );
  }
  return kc;
}

/** Merges like kubectl: for clusters, users and contexts the first file defining a name wins, and so does the first current-context. */
async function merge(files: string[]): Promise<KubeConfig> {
  const { KubeConfig } = await import('@kubernetes/client-node');
  const loaded = await Promise.all(files.map(loadFile));
  const firstByName = <T extends { name: string }>(lists: T[][]) => {
    const seen = new Map<string, T>();
    for (const list of lists)
      for (const item of list ?? []) if (!seen.has(item.name)) seen.set(item.name, item);
    return [...seen.values()];
  };
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: firstByName(loaded.map((k) => k.clusters)),
    users: firstByName(loaded.map((k) => k.users)),
    contexts: firstByName(loaded.map((k) => k.contexts)),
    currentContext: loaded.map((k) => k.currentContext).find((c) => !!c) ?? '',
  });
  return kc;
}

async function inCluster(env: NodeJS.ProcessEnv): Promise<KubeConfig | undefined> {
  if (!env.KUBERNETES_SERVICE_HOST || !existsSync(join(SERVICE_ACCOUNT, 'token'))) return undefined;
  const { KubeConfig } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  kc.loadFromCluster();
  return kc;
}

export async function loadKubeconfig(
  opts: KubeconfigOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<LoadedKubeconfig> {
  const explicit = opts.kubeconfig !== undefined;
  const listed = (opts.kubeconfig ?? env.KUBECONFIG ?? '').split(delimiter).filter((f) => f !== '');
  // Like kubectl, files in KUBECONFIG that do not exist are skipped; an explicit path must exist.
  let files = listed.filter((f) => readable(f, explicit));
  if (listed.length === 0) {
    const home = join(env.HOME ?? homedir(), '.kube', 'config');
    files = readable(home, false) ? [home] : [];
  }
  let kc: KubeConfig | undefined;
  let source: string;
  if (files.length > 0) {
    kc = await merge(files);
    source = `kubeconfig ${files.join(delimiter)}`;
  } else {
    kc = await inCluster(env);
    source = 'the in-cluster service account';
    if (!kc) {
      const why =
        listed.length > 0
          ? `none of the files in KUBECONFIG exist (${listed.join(delimiter)})`
          : 'no kubeconfig found';
      throw new UserError(`cannot connect to a Kubernetes cluster: ${why}`, {}, hintFiles);
    }
  }

  const known = kc.getContexts().map((c) => c.name);
  const wanted = opts.context || kc.getCurrentContext();
  if (!wanted) {
    throw new UserError(
      `${source} has no current-context`,
      { file: files[0] },
      known.length
        ? `choose one with --context: ${known.join(', ')}`
        : 'add a context to the kubeconfig',
    );
  }
  const ctx = kc.getContextObject(wanted);
  if (!ctx) {
    const guess = nearest(wanted, known);
    throw new UserError(
      `context "${wanted}" is not in ${source}`,
      { file: files[0] },
      `${guess ? `did you mean "${guess}"? ` : ''}known contexts: ${known.join(', ') || '(none)'}`,
    );
  }
  kc.setCurrentContext(wanted);
  const cluster = kc.getCluster(ctx.cluster);
  if (!cluster) {
    throw new UserError(
      `context "${wanted}" refers to cluster "${ctx.cluster}", which is not in ${source}`,
      { file: files[0] },
      'add the cluster entry or fix the context',
    );
  }
  if (ctx.user && !kc.getUser(ctx.user)) {
    throw new UserError(
      `context "${wanted}" refers to user "${ctx.user}", which is not in ${source}`,
      { file: files[0] },
      'add the user entry or fix the context',
    );
  }
  if (cluster.server.startsWith('http:') && !cluster.skipTLSVerify) {
    // Plain HTTP (e.g. `kubectl proxy`) has no TLS to verify, but client-node refuses it
    // unless told to skip verification.
    kc.loadFromOptions({
      clusters: kc.clusters.map((c) =>
        c.name === cluster.name ? { ...c, skipTLSVerify: true } : c,
      ),
      users: kc.users,
      contexts: kc.contexts,
      currentContext: wanted,
    });
  }
  return {
    kc,
    context: wanted,
    server: cluster.server.replace(/\/+$/, ''),
    namespace: ctx.namespace || 'default',
    source,
  };
}
