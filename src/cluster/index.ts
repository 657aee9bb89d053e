/**
 * Kubernetes access for diff --against cluster and deploy. See docs/cluster.md.
 */
export {
  Cluster,
  connectCluster,
  type ApplyOptions,
  type ReplaceOptions,
  type ConnectOptions,
  type DeleteOptions,
  type DeleteResult,
  type ListOptions,
  type ListResult,
  type Target,
  type TypeRef,
  type WaitOptions,
  type WatchOptions,
} from './cluster.js';
export type { Discovery, ResourceInfo } from './discovery.js';
export {
  ApplyConflictError,
  KubeApiError,
  UnknownKindError,
  type FieldConflict,
  type KubeStatus,
} from './errors.js';
export type { RetryOptions } from './transport.js';
export { hasCondition, type WatchEvent, type WatchEventType } from './watch.js';
