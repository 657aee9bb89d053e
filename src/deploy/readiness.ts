/**
 * Readiness of an object on the cluster, per kind as kluctl defines it
 * (docs/kluctl/deployments/readiness.md and kluctl's validation), with `kluctl.io/is-ready`
 * and `kluctl.io/validate-ignore` overrides. Used by waits (deploy, hooks) and by validate.
 */
import { annotationTrue, getAnnotation, refOf, type K8sObject } from '../util/k8s.js';

export interface Readiness {
  ready: boolean;
  /** Failed for good (a Job failed, a container exited with an error): waiting longer will not help. */
  errors: string[];
  /** Why it is not ready yet (validate reports these; a wait shows the latest). */
  notReady: string[];
  warnings: string[];
  /** `validate-result.kluctl.io/*` annotations. */
  results: { annotation: string; message: string }[];
}

export interface ReadinessContext {
  /**
   * Whether the kind has a status the server or a controller fills in (its resource has a
   * `status` subresource); undefined when unknown.
   */
  statusRequired?: boolean;
  now?: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Condition {
  status?: string;
  reason?: string;
  message?: string;
}

/** Stops the kind-specific checks once a needed field is missing (kluctl's raise). */
class Stop extends Error {}

export function readinessOf(obj: K8sObject, ctx: ReadinessContext = {}): Readiness {
  const r: Readiness = { ready: true, errors: [], notReady: [], warnings: [], results: [] };
  if (annotationTrue(obj, 'kluctl.io/validate-ignore')) return r;
  const annotations = (obj.metadata?.annotations ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(annotations).sort())
    if (key.startsWith('validate-result.kluctl.io/') && typeof annotations[key] === 'string')
      r.results.push({ annotation: key, message: annotations[key] as string });

  const notReady = (why: string) => {
    r.ready = false;
    r.notReady.push(why);
  };
  const error = (why: string) => {
    r.ready = false;
    r.errors.push(why);
  };

  const isReady = getAnnotation(obj, 'kluctl.io/is-ready');
  if (isReady !== undefined) {
    if (!['true', '1', 'yes'].includes(isReady.toLowerCase()))
      notReady('kluctl.io/is-ready annotation is set to false');
    return r;
  }

  const status = obj.status;
  if (!isObj(status)) {
    if (ctx.statusRequired === false) return r;
    if (ctx.statusRequired === undefined) {
      r.warnings.push('cannot tell whether a status is expected for this kind');
      return r;
    }
    // Operators that declare a status but never write one (kluctl's 15 s allowance).
    const created = Date.parse(String(obj.metadata?.creationTimestamp ?? ''));
    if (refOf(obj).group !== '' && !BUILT_IN_GROUPS.has(refOf(obj).group))
      if (Number.isFinite(created) && (ctx.now ?? Date.now()) - created > 15_000) return r;
    notReady('no status available yet');
    return r;
  }

  const conditions = (type: string): Condition[] =>
    Array.isArray(status.conditions)
      ? (status.conditions as unknown[]).filter(
          (c): c is Condition & Obj => isObj(c) && c.type === type,
        )
      : [];
  const condition = (type: string, missing?: (why: string) => void, stop = false): Condition => {
    const found = conditions(type);
    if (found.length === 0) {
      missing?.(`${type} condition not in status`);
      if (stop) throw new Stop();
      return {};
    }
    if (found.length > 1) error(`${type} condition found more than once`);
    return found[0];
  };
  const int = (field: string): number => {
    const v = status[field];
    if (typeof v !== 'number') {
      notReady(`${field} field not in status or empty`);
      throw new Stop();
    }
    return v;
  };
  const spec = (isObj(obj.spec) ? obj.spec : {}) as Obj;
  const nested = (o: unknown, ...keys: string[]): unknown =>
    keys.reduce<unknown>((cur, k) => (isObj(cur) ? cur[k] : undefined), o);

  const generation = obj.metadata?.generation;
  if (typeof status.observedGeneration === 'number' && status.observedGeneration !== generation) {
    notReady('waiting for reconciliation (status.observedGeneration is behind)');
    return r;
  }

  const { group, kind } = refOf(obj);
  try {
    switch (`${group}/${kind}`) {
      case '/Pod': {
        for (const cs of Array.isArray(status.containerStatuses) ? status.containerStatuses : [])
          if (nested(cs, 'state', 'terminated', 'reason') === 'Error')
            error(`container ${String(nested(cs, 'name'))} exited with error`);
        const c = condition('Ready', notReady);
        if (c.status === 'False' && c.reason === 'PodCompleted') break;
        notReady('not ready');
        break;
      }
      case 'batch/Job': {
        const failed = condition('Failed');
        if (failed.status === 'True') error(failed.message || 'Failed');
        else {
          const complete = condition('Complete');
          if (complete.status !== 'True') notReady(complete.message || 'not completed');
        }
        break;
      }
      case 'apps/Deployment': {
        const replicas = spec.replicas;
        if (typeof replicas === 'number' && replicas !== 0) {
          const ready = int('readyReplicas');
          const want = int('replicas');
          if (ready < want) notReady(`readyReplicas (${ready}) is less than replicas (${want})`);
        }
        break;
      }
      case '/PersistentVolumeClaim':
        if (status.phase === undefined) {
          notReady('phase field not in status or empty');
          break;
        }
        if (status.phase !== 'Bound') notReady('volume is not bound');
        break;
      case '/Service': {
        const type = spec.type;
        if (type === 'ExternalName') break;
        if (!spec.clusterIP) error('Service does not have a cluster IP');
        else if (type === 'LoadBalancer') {
          const externalIPs = spec.externalIPs;
          const ingress = nested(status, 'loadBalancer', 'ingress');
          if (
            !(Array.isArray(externalIPs) && externalIPs.length) &&
            !(Array.isArray(ingress) && ingress.length)
          )
            notReady('the load balancer has no ingress yet');
        }
        break;
      }
      case 'apps/DaemonSet': {
        if (nested(spec, 'updateStrategy', 'type') !== 'RollingUpdate') break;
        const updated = int('updatedNumberScheduled');
        const desired = int('desiredNumberScheduled');
        if (updated !== desired) {
          notReady(`${updated} out of ${desired} expected pods have been scheduled`);
          break;
        }
        const maxUnavailable = intOrPercent(
          nested(spec, 'updateStrategy', 'maxUnavailable') ?? 1,
          desired,
        );
        const expected = desired - maxUnavailable;
        const numberReady = int('numberReady');
        if (numberReady < expected)
          notReady(`${numberReady} out of ${expected} expected pods are ready`);
        break;
      }
      case 'apiextensions.k8s.io/CustomResourceDefinition': {
        if (condition('Established').status === 'True') break;
        if (condition('NamesAccepted', notReady, true).status !== 'False')
          notReady('the CRD is not established yet');
        break;
      }
      case 'apps/StatefulSet': {
        if (nested(spec, 'updateStrategy', 'type') !== 'RollingUpdate') break;
        const partition = Number(nested(spec, 'updateStrategy', 'rollingUpdate', 'partition') ?? 0);
        const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
        if (replicas === 0) break;
        const updated = int('updatedReplicas');
        const expected = replicas - partition;
        if (updated !== expected) {
          notReady(`${updated} out of ${expected} expected pods have been updated`);
          break;
        }
        const ready = int('readyReplicas');
        if (ready !== replicas) notReady(`${ready} out of ${replicas} expected pods are ready`);
        break;
      }
      case 'apiregistration.k8s.io/APIService': {
        const c = condition('Available', notReady, true);
        if (c.status !== 'True') notReady(c.message || 'the API service is not available');
        break;
      }
      case 'cluster.x-k8s.io/MachineDeployment': {
        for (const type of ['Ready', 'Available']) {
          const c = condition(type, notReady, true);
          if (c.status !== 'True') notReady(c.message || 'not ready');
        }
        const ready = int('readyReplicas');
        const want = int('replicas');
        if (ready < want) notReady(`readyReplicas (${ready}) is less than replicas (${want})`);
        const unavailable = status.unavailableReplicas;
        if (typeof unavailable === 'number' && unavailable !== 0)
          notReady(`unavailableReplicas (${unavailable}) != 0`);
        break;
      }
      default: {
        // Any other kind: a Ready condition, where the object has one, must be True.
        const ready = conditions('Ready');
        if (ready.length === 1 && ready[0].status !== 'True')
          notReady(ready[0].message || `Ready condition is ${ready[0].status ?? 'unset'}`);
      }
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return r;
}

/** API groups of Kubernetes itself: their status fields are filled in by the control plane. */
const BUILT_IN_GROUPS = new Set([
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'networking.k8s.io',
  'storage.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'admissionregistration.k8s.io',
  'resource.k8s.io',
]);

function intOrPercent(v: unknown, total: number): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = Number.parseInt(v.replace('%', ''), 10);
    if (Number.isNaN(n)) return total;
    return v.includes('%') ? Math.floor((n * total) / 100) : n;
  }
  return total;
}

/** One line for progress and errors: the first reason it is not ready. */
export function notReadyReason(r: Readiness): string {
  return r.errors[0] ?? r.notReady[0] ?? 'not ready';
}
