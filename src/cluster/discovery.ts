/**
 * API discovery: which resource serves a kind, and whether it is namespaced. Loaded once
 * (aggregated discovery, two requests; older servers fall back to one request per group
 * version) and refreshed when a kind is missing, so CRDs that appear later are found.
 */
import { UserError } from '../util/errors.js';
import { splitApiVersion } from '../util/k8s.js';
import { UnknownKindError } from './errors.js';
import type { Transport } from './transport.js';

export interface ResourceInfo {
  group: string;
  version: string;
  kind: string;
  /** The plural resource name used in paths, e.g. `deployments`. */
  resource: string;
  namespaced: boolean;
  verbs: string[];
  /** Whether `version` is the group's preferred version (what kubectl and kluctl list by). */
  preferred: boolean;
  /** Subresources such as `status` and `scale`. */
  subresources: string[];
}

const AGGREGATED =
  'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';

type Obj = Record<string, unknown>;

interface AggregatedResource {
  resource: string;
  responseKind?: { kind?: string };
  scope?: string;
  verbs?: string[];
  subresources?: { subresource?: string }[];
}
interface AggregatedList {
  items?: {
    metadata?: { name?: string };
    versions?: { version: string; resources?: AggregatedResource[] }[];
  }[];
}
interface LegacyResource {
  name: string;
  kind: string;
  namespaced: boolean;
  verbs?: string[];
}

const key = (group: string, version: string, kind: string) => `${group}/${version}/${kind}`;

/**
 * A kind still missing after a reload is not reloaded for again within this time, so 2,000
 * objects of an uninstalled CRD cost one reload, while a CRD that appears later is found.
 */
const MISS_TTL_MS = 1000;

export class Discovery {
  private byKey = new Map<string, ResourceInfo>();
  private loadedOnce = false;
  private inflight?: Promise<void>;
  /** When each missing kind was last looked for with a reload: at most one reload per kind per MISS_TTL_MS. */
  private readonly misses = new Map<string, number>();

  constructor(
    private readonly transport: Transport,
    private readonly describe: string,
  ) {}

  /** All resources the cluster serves. */
  async resources(): Promise<ResourceInfo[]> {
    await this.ensureLoaded();
    return [...this.byKey.values()];
  }

  /** The resource serving `kind` in `apiVersion`, or undefined (after one reload). */
  async find(apiVersion: string, kind: string): Promise<ResourceInfo | undefined> {
    await this.ensureLoaded();
    const { group, version } = splitApiVersion(apiVersion);
    const k = key(group, version, kind);
    const hit = this.byKey.get(k);
    if (hit || Date.now() - (this.misses.get(k) ?? -Infinity) < MISS_TTL_MS) return hit;
    await this.refresh();
    this.misses.set(k, Date.now());
    return this.byKey.get(k);
  }

  /** Like find, but an unknown kind is a UserError naming it and what the cluster does serve. */
  async resolve(apiVersion: string, kind: string): Promise<ResourceInfo> {
    if (!apiVersion || !kind) {
      throw new UserError(
        `an object without ${apiVersion ? 'kind' : 'apiVersion'} cannot be sent to the cluster`,
        {},
        'every manifest needs apiVersion and kind',
      );
    }
    const info = await this.find(apiVersion, kind);
    if (info) return info;
    const { group } = splitApiVersion(apiVersion);
    const all = [...this.byKey.values()];
    const sameKind = all
      .filter((r) => r.kind === kind)
      .map((r) => (r.group ? `${r.group}/${r.version}` : r.version));
    const hint = sameKind.length
      ? `the cluster serves ${kind} as ${sameKind.join(', ')}: fix the apiVersion`
      : all.some((r) => r.group === group) || group === ''
        ? `check the kind's spelling`
        : `install the CustomResourceDefinition for ${group} first, or check the apiVersion`;
    throw new UnknownKindError(
      `kind "${kind}" of apiVersion "${apiVersion}" is not known to ${this.describe}`,
      hint,
      apiVersion,
      kind,
    );
  }

  /** Forgets which kinds were missing, e.g. after applying a CustomResourceDefinition. */
  forgetMisses(): void {
    this.misses.clear();
  }

  /** Reloads everything; concurrent callers share one reload. */
  refresh(): Promise<void> {
    this.inflight ??= (async () => {
      try {
        await this.load();
        this.loadedOnce = true;
      } finally {
        this.inflight = undefined;
      }
    })();
    return this.inflight;
  }

  private async ensureLoaded(): Promise<void> {
    if (!this.loadedOnce) await this.refresh();
  }

  private async load(): Promise<void> {
    const op = (target: string) => ({ verb: 'discover', target });
    const [core, groups] = await Promise.all([
      this.transport.send({ method: 'GET', path: '/api', accept: AGGREGATED }, op('the core API')),
      this.transport.send(
        { method: 'GET', path: '/apis', accept: AGGREGATED },
        op('the API groups'),
      ),
    ]);
    const found: ResourceInfo[] = [];
    for (const res of [core, groups]) {
      if (res.contentType.includes('as=APIGroupDiscoveryList'))
        found.push(...fromAggregated(res.body as AggregatedList));
    }
    const legacy: { group: string; version: string; path: string; preferred: boolean }[] = [];
    if (!core.contentType.includes('as=APIGroupDiscoveryList')) {
      ((core.body as Obj).versions as string[] | undefined)?.forEach((v, i) =>
        legacy.push({ group: '', version: v, path: `/api/${v}`, preferred: i === 0 }),
      );
    }
    if (!groups.contentType.includes('as=APIGroupDiscoveryList')) {
      for (const g of ((groups.body as Obj).groups as Obj[]) ?? []) {
        const preferred = (g.preferredVersion as { version?: string } | undefined)?.version;
        (g.versions as { version: string }[] | undefined)?.forEach((v, i) => {
          legacy.push({
            group: String(g.name),
            version: v.version,
            path: `/apis/${String(g.name)}/${v.version}`,
            preferred: preferred ? v.version === preferred : i === 0,
          });
        });
      }
    }
    const lists = await Promise.all(
      legacy.map(async (gv) => {
        const res = await this.transport.send({ method: 'GET', path: gv.path }, op(`${gv.path}`));
        const resources = ((res.body as Obj).resources as LegacyResource[]) ?? [];
        return resources
          .filter((r) => !r.name.includes('/'))
          .map((r) => ({
            group: gv.group,
            version: gv.version,
            kind: r.kind,
            resource: r.name,
            namespaced: r.namespaced,
            verbs: r.verbs ?? [],
            preferred: gv.preferred,
            subresources: resources
              .filter((s) => s.name.startsWith(`${r.name}/`))
              .map((s) => s.name.slice(r.name.length + 1)),
          }));
      }),
    );
    found.push(...lists.flat());
    this.byKey = new Map(found.map((r) => [key(r.group, r.version, r.kind), r]));
  }
}

function fromAggregated(list: AggregatedList): ResourceInfo[] {
  const out: ResourceInfo[] = [];
  for (const g of list.items ?? []) {
    const group = g.metadata?.name ?? '';
    // Versions come in order of preference: the first is the preferred one.
    (g.versions ?? []).forEach((v, i) => {
      for (const r of v.resources ?? []) {
        out.push({
          group,
          version: v.version,
          kind: r.responseKind?.kind ?? '',
          resource: r.resource,
          namespaced: r.scope === 'Namespaced',
          verbs: r.verbs ?? [],
          preferred: i === 0,
          subresources: (r.subresources ?? []).flatMap((sr) =>
            sr.subresource ? [sr.subresource] : [],
          ),
        });
      }
    });
  }
  return out;
}
