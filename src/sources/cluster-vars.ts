/**
 * clusterConfigMap / clusterSecret vars sources: one key of a ConfigMap or Secret that
 * already exists on the target's cluster, by name or by labels (exactly one object), as
 * kluctl reads it. Secret values are base64-decoded (and are secrets).
 */
import type { Cluster } from '../cluster/index.js';
import { UserError, type ErrorLocation } from '../util/errors.js';

export interface ClusterVarsSpec {
  name?: string;
  labels?: Record<string, string>;
  namespace: string;
  key: string;
}

export async function clusterVarValue(
  cluster: Cluster,
  kind: 'ConfigMap' | 'Secret',
  spec: ClusterVarsSpec,
  ignoreMissing: boolean,
  loc: ErrorLocation,
): Promise<string | undefined> {
  let obj: Record<string, unknown> | undefined;
  const ref = `${kind} ${spec.namespace}/${spec.name ?? JSON.stringify(spec.labels)}`;
  if (spec.name) {
    obj = await cluster.get({
      apiVersion: 'v1',
      kind,
      metadata: { name: spec.name, namespace: spec.namespace },
    });
    if (!obj) {
      if (ignoreMissing) return undefined;
      throw new UserError(
        `${kind} ${spec.namespace}/${spec.name} not found on the cluster`,
        loc,
        'it must exist before the project is rendered (set ignoreMissing to allow it not to)',
      );
    }
  } else {
    const selector = Object.entries(spec.labels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const { items } = await cluster.list(
      { apiVersion: 'v1', kind },
      { namespace: spec.namespace, labelSelector: selector },
    );
    if (items.length === 0) {
      if (ignoreMissing) return undefined;
      throw new UserError(
        `no ${kind} found in namespace ${spec.namespace} with labels ${selector}`,
        loc,
      );
    }
    if (items.length > 1)
      throw new UserError(
        `found more than one ${kind} in namespace ${spec.namespace} with labels ${selector}`,
        loc,
      );
    obj = items[0];
  }
  const data = (obj.data ?? {}) as Record<string, unknown>;
  if (!Object.hasOwn(data, spec.key)) {
    const meta = (obj.metadata ?? {}) as { name?: string; namespace?: string };
    throw new UserError(
      `key ${spec.key} not found in ${kind} ${meta.namespace}/${meta.name} on the cluster`,
      loc,
      `keys there: ${Object.keys(data).join(', ') || 'none'}`,
    );
  }
  const raw = data[spec.key];
  if (typeof raw !== 'string') throw new UserError(`${ref}: key ${spec.key} is not a string`, loc);
  if (kind === 'ConfigMap') return raw;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(raw))
    throw new UserError(`${ref}: key ${spec.key} is not base64`, loc);
  return Buffer.from(raw, 'base64').toString('utf8');
}
