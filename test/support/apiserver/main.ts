/**
 * `npm run dev:apiserver`: starts the stand-in and prints the path of a kubeconfig for it, so
 * kubectl and shipshape (diff --against cluster, deploy) can be tried locally. Ctrl-C stops it.
 */
import { CONTEXTS, startApiServer } from './index.js';

const server = await startApiServer();
console.log(server.kubeconfigPath);
console.error(
  [
    `Kubernetes API stand-in listening on ${server.url}`,
    `  export KUBECONFIG=${server.kubeconfigPath}`,
    `  contexts: ${CONTEXTS.admin} (admin, current), ${CONTEXTS.viewer} (read-only), ${CONTEXTS.expired} (rejected token)`,
    'Objects live in memory until you press Ctrl-C.',
  ].join('\n'),
);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
