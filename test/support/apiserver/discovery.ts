/**
 * Discovery documents: /version, legacy discovery (/api, /apis, /api/v1, /apis/<g>, /apis/<g>/<v>)
 * and aggregated discovery (apidiscovery.k8s.io/v2, GA in Kubernetes 1.30), which kubectl
 * asks for first. Formats follow https://kubernetes.io/docs/concepts/overview/kubernetes-api/#discovery-api.
 */
import type { Registry, ResourceType } from './resources.js';

export const VERSION = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.2',
  gitCommit: '67a30c0adcf52bd3f56ff0893ce19966be12991f',
  gitTreeState: 'clean',
  buildDate: '2025-02-12T21:19:47Z',
  goVersion: 'go1.23.6',
  compiler: 'gc',
  platform: 'linux/amd64',
};

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const verbsOf = (t: ResourceType) =>
  t.group === '' && t.kind === 'Namespace' ? VERBS.filter((v) => v !== 'deletecollection') : VERBS;

const AGGREGATED_V2 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';
const AGGREGATED_V2BETA1 =
  'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList';

/** The aggregated media type the client accepts, if any. */
export function aggregatedType(accept: string | undefined): string | undefined {
  const types = (accept ?? '').split(',').map((s) => s.replace(/\s+/g, ''));
  if (types.includes(AGGREGATED_V2)) return AGGREGATED_V2;
  if (types.includes(AGGREGATED_V2BETA1)) return AGGREGATED_V2BETA1;
  return undefined;
}

function inVersion(reg: Registry, group: string, version: string): ResourceType[] {
  return reg.all().filter((t) => t.group === group && t.versions.includes(version));
}

export function apiVersions() {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }],
  };
}

function groupDoc(name: string, versions: string[]) {
  const gv = versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
  return { name, versions: gv, preferredVersion: gv[0] };
}

export function apiGroupList(reg: Registry) {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: reg.groups().map((g) => groupDoc(g.name, g.versions)),
  };
}

export function apiGroup(reg: Registry, name: string) {
  const g = reg.groups().find((x) => x.name === name);
  return g && { kind: 'APIGroup', apiVersion: 'v1', ...groupDoc(g.name, g.versions) };
}

export function apiResourceList(reg: Registry, group: string, version: string) {
  const types = inVersion(reg, group, version);
  if (types.length === 0) return undefined;
  const resources = types.flatMap((t) => {
    const main = {
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: verbsOf(t),
      ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories.length ? { categories: t.categories } : {}),
    };
    const status = {
      name: `${t.plural}/status`,
      singularName: '',
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: ['get', 'patch', 'update'],
    };
    return t.statusSubresource ? [main, status] : [main];
  });
  const gv = group ? `${group}/${version}` : version;
  // The core group's list has no apiVersion, a quirk kept since v1.
  return group
    ? { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources }
    : { kind: 'APIResourceList', groupVersion: gv, resources };
}

function discoveryResource(t: ResourceType) {
  const responseKind = { group: '', version: '', kind: t.kind };
  return {
    resource: t.plural,
    responseKind,
    scope: t.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: t.singular,
    verbs: verbsOf(t),
    ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
    ...(t.categories.length ? { categories: t.categories } : {}),
    ...(t.statusSubresource
      ? {
          subresources: [
            { subresource: 'status', responseKind, verbs: ['get', 'patch', 'update'] },
          ],
        }
      : {}),
  };
}

/** The aggregated document for /api (core) or /apis (all named groups). */
export function aggregated(reg: Registry, core: boolean, mediaType: string) {
  const groups = core ? [{ name: '', versions: ['v1'] }] : reg.groups();
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion:
      mediaType === AGGREGATED_V2 ? 'apidiscovery.k8s.io/v2' : 'apidiscovery.k8s.io/v2beta1',
    metadata: {},
    items: groups.map((g) => ({
      metadata: { ...(g.name ? { name: g.name } : {}), creationTimestamp: null },
      versions: g.versions.map((v) => ({
        version: v,
        resources: inVersion(reg, g.name, v).map(discoveryResource),
        freshness: 'Current',
      })),
    })),
  };
}
