import type { K8sObject, ObjectRef } from '../util/k8s.js';
import { isMap, jsonEqual } from './values.js';

export const MASK = '*****';
/** Shown on the head side when a masked value differs from the base. */
export const MASK_CHANGED = '***** (changed)';

const SECRET_FIELDS = ['data', 'stringData'] as const;

export const isSecret = (ref: ObjectRef) => ref.group === '' && ref.kind === 'Secret';

/**
 * Replaces the values of a Secret's `data`/`stringData` in both versions (in place) so no
 * value reaches any output, while a diff of the masked pair still shows which keys were
 * added, removed or changed: a changed value becomes `***** (changed)` on the head side.
 */
export function maskSecretPair(base: K8sObject, head: K8sObject): void {
  for (const field of SECRET_FIELDS) {
    const b = base[field];
    const h = head[field];
    if (isMap(h)) {
      for (const k of Object.keys(h)) {
        const changed = isMap(b) && Object.hasOwn(b, k) && !jsonEqual(b[k], h[k]);
        h[k] = changed ? MASK_CHANGED : MASK;
      }
    } else if (h !== undefined) {
      head[field] = b !== undefined && !jsonEqual(b, h) ? MASK_CHANGED : MASK;
    }
    if (isMap(b)) for (const k of Object.keys(b)) b[k] = MASK;
    else if (b !== undefined) base[field] = MASK;
  }
}
