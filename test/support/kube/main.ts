/**
 * `npm run dev:cluster`: starts a local Kubernetes API server (the tests' kind) and prints the
 * path of its kubeconfig on stdout, so kubectl and shipshape can be tried against it. Ctrl-C
 * stops it and removes everything it wrote.
 */
import { CONTEXTS, kubeUnavailable, startKube } from './index.js';

const unavailable = kubeUnavailable();
if (unavailable) {
  console.error(`cannot start a cluster: ${unavailable}`);
  process.exit(1);
}
const started = performance.now();
const server = await startKube();
console.log(server.kubeconfigPath);
console.error(
  [
    `Kubernetes API server ready on ${server.url} after ${((performance.now() - started) / 1000).toFixed(1)} s`,
    `  export KUBECONFIG=${server.kubeconfigPath}`,
    `  contexts: ${CONTEXTS.admin} (admin, current), ${CONTEXTS.viewer} (read-only), ${CONTEXTS.expired} (rejected token)`,
    `  logs: ${server.dir}/kube-apiserver.log, ${server.dir}/etcd.log`,
    'Only the API server runs: no controllers, no scheduler, no pods. Ctrl-C stops it and deletes its data.',
  ].join('\n'),
);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
