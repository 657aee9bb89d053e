/**
 * Which objects on the cluster prune and delete remove, as kluctl decides: objects carrying
 * the discriminator that kluctl manages (its field manager owns fields, no owner references,
 * unless `kluctl.io/force-managed`), not `kluctl.io/skip-delete` (nor Helm's
 * `resource-policy: keep`), not `kluctl.io/skip-delete-if-tags` when tags select, and, for
 * prune, not rendered. Namespaces come first, then custom resources of well-known operators,
 * then workloads and services, then everything else.
 */
import type { Cluster, ResourceInfo } from '../cluster/index.js';
import { Inclusion, type InclusionFlags } from '../render/inclusion.js';
import {
  annotationTrue,
  getAnnotation,
  refKey,
  refOf,
  type K8sObject,
  type ObjectRef,
} from '../util/k8s.js';
import { managedFieldsOf } from './managed-fields.js';

/** Resource names, API groups or kinds, in the order kluctl deletes them; `null`: the rest. */
const DELETE_ORDER: (string[] | null)[] = [
  ['Namespace'],
  [
    'monitoring.coreos.com',
    'kafka.strimzi.io',
    'zookeeper.pravega.io',
    'elasticsearch.k8s.elastic.co',
    'cert-manager.io',
    'bitnami.com',
    'acid.zalan.do',
  ],
  ['Deployment', 'StatefulSet', 'DaemonSet', 'Service', 'Ingress'],
  null,
];

export function isSkipDelete(obj: K8sObject): boolean {
  return (
    annotationTrue(obj, 'kluctl.io/skip-delete') ||
    getAnnotation(obj, 'helm.sh/resource-policy') === 'keep'
  );
}

export function isManagedByKluctl(obj: K8sObject): boolean {
  if (annotationTrue(obj, 'kluctl.io/force-managed')) return true;
  const owners = (obj.metadata as { ownerReferences?: unknown[] } | undefined)?.ownerReferences;
  if (Array.isArray(owners) && owners.length) return false;
  return managedFieldsOf(obj).some((m) => m.manager === 'kluctl');
}

/** Tags (labels kluctl.io/tag-N) and item directory of an object on the cluster. */
export function inclusionEntries(obj: K8sObject): { tags: string[]; dir?: string } {
  const labels = (obj.metadata?.labels ?? {}) as Record<string, unknown>;
  const tags = Object.keys(labels)
    .filter((k) => /^kluctl\.io\/tag-\d+$/.test(k) && typeof labels[k] === 'string')
    .map((k) => labels[k] as string);
  return { tags, dir: getAnnotation(obj, 'kluctl.io/deployment-item-dir') };
}

export interface DeleteSelection {
  /** The -I/-E flags: objects on the cluster are selected by their tags and item directory. */
  inclusion: InclusionFlags;
  /** Rendered objects (prune): never deleted. */
  exclude?: readonly ObjectRef[];
}

/** The objects to delete, in deletion order. */
export async function objectsForDelete(
  cluster: Cluster,
  onCluster: readonly K8sObject[],
  selection: DeleteSelection,
): Promise<K8sObject[]> {
  const inclusion = new Inclusion(selection.inclusion);
  const tagsSelect =
    (selection.inclusion.includeTags?.length ?? 0) +
      (selection.inclusion.excludeTags?.length ?? 0) >
    0;
  const excluded = new Set((selection.exclude ?? []).map(refKey));
  const resources = (await cluster.discovery.resources()).filter((r) => r.preferred);
  const candidates = onCluster.filter((o) => {
    const { tags, dir } = inclusionEntries(o);
    if (!inclusion.matches(tags, dir)) return false;
    if (isSkipDelete(o) || !isManagedByKluctl(o)) return false;
    if (excluded.has(refKey(refOf(o)))) return false;
    if (tagsSelect && annotationTrue(o, 'kluctl.io/skip-delete-if-tags')) return false;
    return true;
  });
  const out: K8sObject[] = [];
  const taken = new Set<string>();
  for (const filter of DELETE_ORDER) {
    const matches = (r: ResourceInfo) =>
      filter === null || filter.some((f) => r.resource === f || r.group === f || r.kind === f);
    const kinds = new Set(resources.filter(matches).map((r) => `${r.group}/${r.kind}`));
    for (const o of candidates) {
      const ref = refOf(o);
      const key = refKey(ref);
      if (taken.has(key) || !kinds.has(`${ref.group}/${ref.kind}`)) continue;
      taken.add(key);
      out.push(o);
    }
  }
  return out;
}
