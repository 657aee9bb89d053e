/**
 * The resource types the stand-in serves: the built-in kinds typical projects deploy, and
 * whatever CustomResourceDefinitions add at runtime.
 */
import { builtinSchemas, objectMeta } from './builtin-schemas.js';
import { fromOpenApi, root, untyped, type MapSchema } from './schema.js';

export interface ResourceType {
  group: string;
  /** Served versions, preferred first. */
  versions: string[];
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Per served version (CRDs may differ between versions). */
  schemas: Record<string, MapSchema>;
  /** Writes to the main resource keep `status`; /status writes keep everything else. */
  statusSubresource: boolean;
  /** metadata.generation counts spec changes. */
  generation: boolean;
  /** Built-in types: strategic merge patch works, list items carry no apiVersion/kind. */
  builtin: boolean;
  /** An immediate DELETE answers with the object instead of a Status (`ReturnDeletedObject`). */
  returnsDeletedObject: boolean;
}

export const groupKind = (t: Pick<ResourceType, 'group' | 'kind'>) => `${t.group}/${t.kind}`;
export const apiVersionOf = (group: string, version: string) =>
  group ? `${group}/${version}` : version;

interface BuiltinSpec {
  gv: string;
  kind: string;
  plural: string;
  namespaced?: boolean;
  short?: string[];
  all?: boolean;
  status?: boolean;
  generation?: boolean;
  returnsDeleted?: boolean;
}

// Checked against `kubectl api-resources` of Kubernetes 1.32.
const builtins: BuiltinSpec[] = [
  {
    gv: 'v1',
    kind: 'Namespace',
    plural: 'namespaces',
    namespaced: false,
    short: ['ns'],
    status: true,
  },
  { gv: 'v1', kind: 'ConfigMap', plural: 'configmaps', short: ['cm'] },
  { gv: 'v1', kind: 'Secret', plural: 'secrets' },
  {
    gv: 'v1',
    kind: 'ServiceAccount',
    plural: 'serviceaccounts',
    short: ['sa'],
    returnsDeleted: true,
  },
  { gv: 'v1', kind: 'Service', plural: 'services', short: ['svc'], all: true, status: true },
  {
    gv: 'v1',
    kind: 'Pod',
    plural: 'pods',
    short: ['po'],
    all: true,
    status: true,
    returnsDeleted: true,
  },
  {
    gv: 'v1',
    kind: 'PersistentVolumeClaim',
    plural: 'persistentvolumeclaims',
    short: ['pvc'],
    status: true,
  },
  {
    gv: 'apps/v1',
    kind: 'Deployment',
    plural: 'deployments',
    short: ['deploy'],
    all: true,
    status: true,
    generation: true,
  },
  {
    gv: 'apps/v1',
    kind: 'StatefulSet',
    plural: 'statefulsets',
    short: ['sts'],
    all: true,
    status: true,
    generation: true,
  },
  {
    gv: 'apps/v1',
    kind: 'DaemonSet',
    plural: 'daemonsets',
    short: ['ds'],
    all: true,
    status: true,
    generation: true,
  },
  {
    gv: 'apps/v1',
    kind: 'ReplicaSet',
    plural: 'replicasets',
    short: ['rs'],
    all: true,
    status: true,
    generation: true,
  },
  { gv: 'batch/v1', kind: 'Job', plural: 'jobs', all: true, status: true, generation: true },
  {
    gv: 'batch/v1',
    kind: 'CronJob',
    plural: 'cronjobs',
    short: ['cj'],
    all: true,
    status: true,
    generation: true,
  },
  {
    gv: 'networking.k8s.io/v1',
    kind: 'Ingress',
    plural: 'ingresses',
    short: ['ing'],
    status: true,
    generation: true,
  },
  {
    gv: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    plural: 'networkpolicies',
    short: ['netpol'],
    generation: true,
  },
  {
    gv: 'policy/v1',
    kind: 'PodDisruptionBudget',
    plural: 'poddisruptionbudgets',
    short: ['pdb'],
    status: true,
    generation: true,
  },
  {
    gv: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    plural: 'horizontalpodautoscalers',
    short: ['hpa'],
    all: true,
    status: true,
  },
  { gv: 'rbac.authorization.k8s.io/v1', kind: 'Role', plural: 'roles' },
  { gv: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', plural: 'rolebindings' },
  {
    gv: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    plural: 'clusterroles',
    namespaced: false,
  },
  {
    gv: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    plural: 'clusterrolebindings',
    namespaced: false,
  },
  {
    gv: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    plural: 'customresourcedefinitions',
    namespaced: false,
    short: ['crd', 'crds'],
    status: true,
    generation: true,
  },
];

function builtinType(b: BuiltinSpec): ResourceType {
  const [group, version] = b.gv.includes('/') ? b.gv.split('/') : ['', b.gv];
  return {
    group,
    versions: [version],
    kind: b.kind,
    plural: b.plural,
    singular: b.kind.toLowerCase(),
    namespaced: b.namespaced ?? true,
    shortNames: b.short ?? [],
    categories: b.all ? ['all'] : [],
    schemas: { [version]: builtinSchemas[`${group}/${b.kind}`] },
    statusSubresource: b.status ?? false,
    generation: b.generation ?? false,
    builtin: true,
    returnsDeletedObject: b.returnsDeleted ?? false,
  };
}

type Obj = Record<string, unknown>;

/** A CRD's served resource, as the apiextensions-apiserver would publish it. */
export function crdType(crd: Obj): ResourceType {
  const spec = crd.spec as Obj;
  const names = spec.names as Obj;
  const versions = ((spec.versions as Obj[]) ?? []).filter((v) => v.served !== false);
  // Discovery lists the storage version first when no version priority says otherwise.
  versions.sort((a, b) => Number(b.storage === true) - Number(a.storage === true));
  const schemas: Record<string, MapSchema> = {};
  for (const v of versions) {
    const open = ((v.schema as Obj | undefined)?.openAPIV3Schema ?? {}) as Obj;
    const s = fromOpenApi(open);
    const fields = s.kind === 'map' ? { ...s.fields } : {};
    delete fields.metadata;
    schemas[String(v.name)] =
      s.kind === 'map'
        ? { ...root(fields, objectMeta), elements: s.elements ?? untyped }
        : root({}, objectMeta);
  }
  return {
    group: String(spec.group),
    versions: versions.map((v) => String(v.name)),
    kind: String(names.kind),
    plural: String(names.plural),
    singular: String(names.singular || String(names.kind).toLowerCase()),
    namespaced: spec.scope !== 'Cluster',
    shortNames: (names.shortNames as string[] | undefined) ?? [],
    categories: (names.categories as string[] | undefined) ?? [],
    schemas,
    statusSubresource: versions.some((v) => !!(v.subresources as Obj | undefined)?.status),
    generation: true,
    builtin: false,
    returnsDeletedObject: false,
  };
}

/** All served resource types, looked up the ways requests need. */
export class Registry {
  private readonly types = new Map<string, ResourceType>();

  constructor() {
    for (const b of builtins) this.add(builtinType(b));
  }

  add(t: ResourceType): void {
    this.types.set(`${t.group}/${t.plural}`, t);
  }

  remove(group: string, plural: string): void {
    this.types.delete(`${group}/${plural}`);
  }

  all(): ResourceType[] {
    return [...this.types.values()];
  }

  /** The type served at /apis/<group>/<version>/<plural>. */
  byPath(group: string, version: string, plural: string): ResourceType | undefined {
    const t = this.types.get(`${group}/${plural}`);
    return t && t.versions.includes(version) ? t : undefined;
  }

  byKind(group: string, kind: string): ResourceType | undefined {
    return this.all().find((t) => t.group === group && t.kind === kind);
  }

  /** API groups with their versions, core group excluded, in registration order. */
  groups(): { name: string; versions: string[] }[] {
    const out = new Map<string, Set<string>>();
    for (const t of this.types.values()) {
      if (!t.group) continue;
      const s = out.get(t.group) ?? new Set<string>();
      t.versions.forEach((v) => s.add(v));
      out.set(t.group, s);
    }
    return [...out].map(([name, versions]) => ({ name, versions: [...versions] }));
  }
}

export function schemaOf(t: ResourceType, version: string): MapSchema {
  return t.schemas[version];
}
