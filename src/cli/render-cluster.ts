/**
 * render and list-images reach a cluster only when asked (--kubeconfig / --context): then
 * clusterConfigMap/clusterSecret vars sources are read and deployed images reused. Without,
 * they never contact one (a pull request's render must not), and such sources fail clearly.
 */
import path from 'node:path';
import type { RenderOptions } from '../render/types.js';
import { clusterConnector } from '../sources/index.js';
import { bool, str, type FlagSpec, type ParsedArgs } from './args.js';
import { accessFlags } from './cluster-flags.js';
import type { CliIo } from './io.js';

export const renderClusterFlags: FlagSpec[] = [
  ...accessFlags.map((f) => ({
    ...f,
    help: `${f.help}; with it, cluster vars sources are read and deployed images reused (otherwise no cluster is contacted)`,
  })),
];

export function applyRenderCluster(opts: RenderOptions, args: ParsedArgs, io: CliIo): void {
  const kubeconfig = str(args, 'kubeconfig');
  const context = str(args, 'context');
  if (bool(args, 'offline-kubernetes') || (!kubeconfig && !context)) return;
  opts.cluster = clusterConnector({
    kubeconfig: kubeconfig ? path.resolve(io.cwd, kubeconfig) : undefined,
    context,
  });
}
