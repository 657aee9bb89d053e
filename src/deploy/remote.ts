/**
 * What is on the cluster before a command changes anything: every object carrying the
 * target's discriminator label (one list per kind the cluster serves), and the rendered
 * objects that exist without it. Objects are keyed by group, kind, namespace and name, so a
 * rendered `apps/v1` Deployment finds its object whatever version it was listed in.
 */
import { KubeApiError, type Cluster, type ResourceInfo } from '../cluster/index.js';
import { formatError } from '../util/errors.js';
import { refKey, refOf, type K8sObject, type ObjectRef } from '../util/k8s.js';
import type { Messages } from './messages.js';

export const DISCRIMINATOR_LABEL = 'kluctl.io/discriminator';

const apiVersionOf = (info: ResourceInfo) =>
  info.group ? `${info.group}/${info.version}` : info.version;

export interface RemoteLoadOptions {
  discriminator?: string;
  /** Rendered objects; those not found by discriminator are looked up one kind and namespace at a time. */
  local?: readonly K8sObject[];
  /** Only list the kinds of the rendered objects (validate), not every kind. */
  onlyLocalKinds?: boolean;
  /** Also read which namespaces exist (needed for dry-runs into namespaces still to be created). */
  namespaces?: boolean;
  messages: Messages;
  log?: (line: string) => void;
}

export class RemoteObjects {
  private readonly byKey = new Map<string, K8sObject>();
  /** Names of the namespaces that exist, when asked for. */
  namespaces?: Set<string>;
  /** Kinds listed by discriminator, so everything of theirs carrying it is in `byDiscriminator`. */
  private readonly listed = new Set<string>();
  /** Objects found by the discriminator label. */
  readonly byDiscriminator: K8sObject[] = [];

  get(ref: ObjectRef): K8sObject | undefined {
    return this.byKey.get(refKey(ref));
  }

  has(ref: ObjectRef): boolean {
    return this.byKey.has(refKey(ref));
  }

  all(): K8sObject[] {
    return [...this.byKey.values()];
  }

  /** Forget an object (deleted by this command). */
  forget(ref: ObjectRef): void {
    this.byKey.delete(refKey(ref));
  }

  private add(obj: K8sObject): void {
    this.byKey.set(refKey(refOf(obj)), obj);
  }

  static async load(cluster: Cluster, opts: RemoteLoadOptions): Promise<RemoteObjects> {
    const r = new RemoteObjects();
    const started = Date.now();
    const localKinds = new Set((opts.local ?? []).map((o) => `${refOf(o).group}/${o.kind}`));
    if (opts.discriminator) {
      const resources = (await cluster.discovery.resources()).filter(
        (info) =>
          info.preferred &&
          info.verbs.includes('list') &&
          (!opts.onlyLocalKinds || localKinds.has(`${info.group}/${info.kind}`)),
      );
      let denied = 0;
      await Promise.all(
        resources.map(async (info) => {
          try {
            const { items } = await cluster.list(
              { apiVersion: apiVersionOf(info), kind: info.kind },
              { labelSelector: `${DISCRIMINATOR_LABEL}=${opts.discriminator}` },
            );
            r.listed.add(`${info.group}/${info.kind}`);
            for (const item of items) {
              r.add(item);
              r.byDiscriminator.push(item);
            }
          } catch (e) {
            if (e instanceof KubeApiError && e.code === 404) return;
            if (e instanceof KubeApiError && (e.code === 403 || e.code === 401)) {
              denied++;
              return;
            }
            opts.messages.warning(
              undefined,
              `listing ${info.kind} objects failed: ${formatError(e)}`,
            );
          }
        }),
      );
      if (denied)
        opts.messages.warning(
          undefined,
          `not allowed to list ${denied} kind(s) by the discriminator label: orphan objects of these kinds are not found`,
        );
    }
    if (opts.local?.length) await r.loadMissing(cluster, opts.local, opts.messages);
    if (opts.namespaces) {
      try {
        r.namespaces = await cluster.listNames({ apiVersion: 'v1', kind: 'Namespace' });
      } catch (e) {
        opts.messages.warning(undefined, `listing namespaces failed: ${formatError(e)}`);
      }
    }
    opts.log?.(
      `found ${r.byKey.size} object(s) on the cluster${opts.discriminator ? ` (discriminator ${opts.discriminator})` : ''} in ${Date.now() - started} ms`,
    );
    return r;
  }

  /**
   * Rendered objects not found by the discriminator may still exist (deployed by something
   * else, or under another discriminator): one metadata-only list per kind and namespace says
   * which do, and only those are read.
   */
  private async loadMissing(
    cluster: Cluster,
    local: readonly K8sObject[],
    messages: Messages,
  ): Promise<void> {
    const groups = new Map<
      string,
      { apiVersion: string; kind: string; namespace: string; refs: ObjectRef[] }
    >();
    for (const obj of local) {
      const ref = refOf(obj);
      if (this.has(ref)) continue;
      const key = `${obj.apiVersion}/${ref.kind}/${ref.namespace}`;
      let g = groups.get(key);
      if (!g)
        groups.set(
          key,
          (g = {
            apiVersion: String(obj.apiVersion),
            kind: ref.kind,
            namespace: ref.namespace,
            refs: [],
          }),
        );
      if (!g.refs.some((x) => x.name === ref.name)) g.refs.push(ref);
    }
    const getOne = async (ref: ObjectRef) => {
      try {
        const obj = await cluster.get(ref);
        if (obj) this.add(obj);
      } catch (e) {
        // A kind the cluster does not know yet (its CRD comes with this deploy) does not exist.
        if (e instanceof KubeApiError && (e.code === 403 || e.code === 401)) {
          messages.warning(ref, `not allowed to read the object on the cluster: ${formatError(e)}`);
          return;
        }
        if (!(e instanceof KubeApiError)) return;
        messages.warning(ref, `reading the object on the cluster failed: ${formatError(e)}`);
      }
    };
    await Promise.all(
      [...groups.values()].map(async (g) => {
        // Everything of this kind with the discriminator was listed: a lookup is only needed
        // when the kind exists at all in that namespace.
        let names: Set<string> | undefined;
        try {
          names = await cluster.listNames(
            { apiVersion: g.apiVersion, kind: g.kind },
            { namespace: g.namespace || undefined },
          );
        } catch (e) {
          if (!(e instanceof KubeApiError)) return; // unknown kind: nothing of it exists
          names = undefined; // not allowed to list: read one by one
        }
        await Promise.all(g.refs.filter((ref) => !names || names.has(ref.name)).map(getOne));
      }),
    );
  }
}
