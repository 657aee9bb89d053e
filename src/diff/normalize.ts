import type { K8sObject } from '../util/k8s.js';
import { isMap } from './values.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Fields the API server or tooling fills in; they say nothing about what a change does. */
const SERVER_METADATA = [
  'managedFields',
  'creationTimestamp',
  'generation',
  'resourceVersion',
  'selfLink',
  'uid',
];

/** kubectl's last-applied copy holds the whole object, Secret data included: drop it wherever it is. */
function dropLastApplied(v: unknown): void {
  if (Array.isArray(v)) v.forEach(dropLastApplied);
  else if (isMap(v)) {
    delete v[LAST_APPLIED];
    Object.values(v).forEach(dropLastApplied);
  }
}

function dropIfEmpty(parent: Record<string, unknown>, key: string): void {
  const v = parent[key];
  if (v === null || (isMap(v) && Object.keys(v).length === 0)) delete parent[key];
}

/** `labels: {}` and `annotations: {}` say the same as none (also after ignore rules emptied them). */
export function dropEmptyMetadata(o: K8sObject): void {
  if (!isMap(o.metadata)) return;
  dropIfEmpty(o.metadata, 'labels');
  dropIfEmpty(o.metadata, 'annotations');
}

/**
 * A copy of `obj` without noise: server-managed metadata, `status`, kubectl's
 * last-applied annotation, and empty maps whose absence means the same
 * (`labels: {}`, `annotations: {}`, `data: {}` of a ConfigMap/Secret).
 */
export function normalizeObject(obj: K8sObject): K8sObject {
  const o = structuredClone(obj);
  dropLastApplied(o);
  delete o.status;
  if (isMap(o.metadata)) for (const f of SERVER_METADATA) delete o.metadata[f];
  dropEmptyMetadata(o);
  if (o.kind === 'ConfigMap' || o.kind === 'Secret') {
    dropIfEmpty(o, 'data');
    dropIfEmpty(o, 'binaryData');
    dropIfEmpty(o, 'stringData');
  }
  return o;
}

/** Objects of a `…List` kind stand for their items. */
export function flattenLists(objects: readonly K8sObject[]): K8sObject[] {
  return objects.flatMap((o) =>
    typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items)
      ? flattenLists(o.items as K8sObject[])
      : [o],
  );
}
