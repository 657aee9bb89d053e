/**
 * Rendered objects made ready for the cluster, as kluctl does before it applies: namespaced
 * objects without a namespace go to `default` (or the Helm release's install namespace),
 * cluster-scoped ones lose theirs, and fields the API server would otherwise default or
 * convert are written out (port protocols, CPU quantities as strings), so that repeated
 * applies own the same fields as kluctl's.
 */
import type { Cluster } from '../cluster/index.js';
import { isMap } from '../diff/values.js';
import { INSTALL_NAMESPACE_ANNOTATION as HELM_INSTALL_NAMESPACE } from '../helm/template.js';
import { refOf, type K8sObject } from '../util/k8s.js';

/** group/Kind → namespaced, from the CustomResourceDefinitions among the rendered objects. */
function scopesFromCrds(objects: readonly K8sObject[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const o of objects) {
    const ref = refOf(o);
    if (ref.group !== 'apiextensions.k8s.io' || ref.kind !== 'CustomResourceDefinition') continue;
    const spec = o.spec as
      { scope?: string; group?: string; names?: { kind?: string } } | undefined;
    if (spec?.scope && spec.group && spec.names?.kind)
      out.set(`${spec.group}/${spec.names.kind}`, spec.scope === 'Namespaced');
  }
  return out;
}

/** Sets or removes metadata.namespace as the kind's scope requires (in place). */
export async function fixNamespaces(
  cluster: Cluster,
  objects: readonly K8sObject[],
): Promise<void> {
  const fromCrds = scopesFromCrds(objects);
  const known = new Map<string, boolean | undefined>();
  for (const o of objects) {
    const ref = refOf(o);
    const md = (o.metadata ??= {}) as Record<string, unknown>;
    let def = 'default';
    const annotations = md.annotations as Record<string, unknown> | undefined;
    if (annotations && typeof annotations[HELM_INSTALL_NAMESPACE] === 'string') {
      def = annotations[HELM_INSTALL_NAMESPACE] as string;
      delete annotations[HELM_INSTALL_NAMESPACE];
    }
    const typeKey = `${ref.group}/${ref.kind}`;
    let namespaced = fromCrds.get(typeKey);
    if (namespaced === undefined) {
      const vk = `${String(o.apiVersion)}/${ref.kind}`;
      if (!known.has(vk)) {
        const info = await cluster.discovery
          .find(String(o.apiVersion ?? ''), ref.kind)
          .catch(() => undefined);
        known.set(vk, info?.namespaced);
      }
      namespaced = known.get(vk);
    }
    if (namespaced === undefined) continue;
    if (!namespaced && md.namespace) delete md.namespace;
    else if (namespaced && !md.namespace) md.namespace = def;
  }
}

type Obj = Record<string, unknown>;

const at = (o: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((cur, k) => (isMap(cur) ? cur[k] : undefined), o);

function fixPorts(ports: unknown): void {
  if (!Array.isArray(ports)) return;
  for (const p of ports) if (isMap(p) && !Object.hasOwn(p, 'protocol')) p.protocol = 'TCP';
}

function cpuAsString(resources: unknown): void {
  if (!isMap(resources)) return;
  if (
    Object.hasOwn(resources, 'cpu') &&
    typeof resources.cpu !== 'string' &&
    resources.cpu !== null
  )
    resources.cpu = String(resources.cpu);
}

/**
 * A copy with the fields kluctl fills in before every apply: `protocol: TCP` on ports of pod
 * templates and of Services, and CPU quantities of pod templates and LimitRanges as strings.
 */
export function fixForPatch(obj: K8sObject): K8sObject {
  const o = structuredClone(obj);
  const containers = at(o, 'spec', 'template', 'spec', 'containers');
  if (Array.isArray(containers)) {
    for (const c of containers as Obj[]) {
      fixPorts(at(c, 'ports'));
      cpuAsString(at(c, 'resources', 'limits'));
      cpuAsString(at(c, 'resources', 'requests'));
    }
  }
  fixPorts(at(o, 'spec', 'ports'));
  const limits = at(o, 'spec', 'limits');
  if (Array.isArray(limits))
    for (const l of limits as Obj[]) {
      cpuAsString(l.default);
      cpuAsString(l.defaultRequest);
    }
  return o;
}
