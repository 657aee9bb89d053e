/**
 * Builds an item without running kustomize when kustomize could only hand its manifests
 * back: the kustomization lists manifest files and perhaps a namespace, nothing else. That
 * is most items (every item without a kustomization of its own gets such a generated one),
 * and a kustomize process is most of what rendering them costs.
 *
 * What kustomize does to such manifests, and so what this does (test/render/direct-build
 * compares both on the real kustomize): the documents in list order (`fifo`), empty ones
 * dropped; every map's keys sorted as Go's YAML writer sorts them (kustomize passes objects
 * through Go maps); scalars read as Go reads them; and the namespace set on namespaced
 * objects.
 *
 * Anything else falls back to kustomize, which is always right: a value Go's YAML reads
 * differently from YAML 1.2 (`012`, `1_000`, `True`, timestamps, a float in exponent form),
 * anchors, aliases, tags and merge keys, an object kustomize would refuse or change (no
 * name, a List, an empty annotations map it drops, two objects with one identity), a kind
 * whose namespace reaches further than metadata.namespace (RoleBinding subjects, webhook
 * services) or whose scope kustomize knows better. Falling back costs time, never fidelity.
 */
import path from 'node:path';
import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Parser,
  type Node,
  type Scalar,
} from 'yaml';
import { refKey, refOf, splitApiVersion, type K8sObject } from '../util/k8s.js';
import { isPlainObject, type PlainObject } from '../util/merge.js';

/** A kustomization kustomize would only read manifests through. */
export interface DirectPlan {
  /** The manifest files, relative to the item directory, in the kustomization's order. */
  resources: string[];
  /** Set on namespaced objects (the kustomization's own, or overrideNamespace). */
  namespace?: string;
}

const KUSTOMIZATION_KEYS = new Set(['apiVersion', 'kind', 'metadata', 'resources', 'namespace']);

/**
 * The plan for a kustomization as the user wrote it (or as generated), when kustomize would
 * do nothing with it but read its resources; `overrideNamespace` applies when it has none.
 */
export function directPlan(ky: PlainObject, overrideNamespace?: string): DirectPlan | undefined {
  if (Object.keys(ky).some((k) => !KUSTOMIZATION_KEYS.has(k))) return undefined;
  if (ky.apiVersion !== undefined && ky.apiVersion !== 'kustomize.config.k8s.io/v1beta1')
    return undefined;
  if (ky.kind !== undefined && ky.kind !== 'Kustomization') return undefined;
  const resources = ky.resources ?? [];
  if (!Array.isArray(resources) || !resources.every((r) => typeof r === 'string')) return undefined;
  const own = ky.namespace;
  if (own !== undefined && own !== null && typeof own !== 'string') return undefined;
  const namespace = own || overrideNamespace || undefined;
  return { resources, namespace };
}

// Plain scalars Go's YAML reader (behind kustomize) resolves as YAML 1.2's core schema does.
const SAFE_INT = /^-?(0|[1-9][0-9]{0,14})$/;
const SAFE_FLOAT = /^-?(0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
// A digit-led string of only these characters might be a number somewhere (0x1F, 1_000, 1e3, 1:30).
const NUMBER_LIKE = /^[-+0-9._:eExXoObB]*$/;
const TIMESTAMP_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;

/**
 * A plain string both readers take as that string. (`yes`, `on`, `y`: YAML 1.1's booleans
 * are strings to Go's reader too; `True` and `Null` are not strings to YAML 1.2.)
 */
function safePlainString(s: string): boolean {
  if (/^[A-Za-z_/$]|^-+[A-Za-z]/.test(s)) return true;
  return /^[0-9]/.test(s) && !NUMBER_LIKE.test(s) && !TIMESTAMP_LIKE.test(s);
}

// Go's YAML reader refuses a key whose ':' is more than 1024 characters after its start
// (kustomize: "did not find expected ',' or '}'"); the yaml library reads it.
const MAX_KEY_SOURCE = 1000;

/** Thrown inside the walk when kustomize must decide; never leaves this module. */
class NotDirect extends Error {}

/** Where the text ends without a final line break (else Infinity). */
interface Reading {
  openEnd: number;
}

// Besides tab and line feed, printable characters only: other controls, NEL, the Unicode line
// separators and BOM survive Go's writer and the reading of its output differently; an
// unpaired surrogate (a JSON-style escape) is an error to Go's reader.
const UNUSUAL =
  /[^\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;

function scalarValue(node: Scalar, key: boolean, r: Reading): unknown {
  if (node.tag || node.anchor) throw new NotDirect();
  const v = node.value;
  if (typeof v === 'string' && UNUSUAL.test(v)) throw new NotDirect();
  // Folding around more-indented lines differs between the two readers; a block scalar at
  // the very end of a text without a final line break too.
  if (node.type === 'BLOCK_FOLDED') throw new NotDirect();
  if (node.type === 'BLOCK_LITERAL' && (node.range?.[1] ?? Infinity) >= r.openEnd)
    throw new NotDirect();
  if (node.type !== 'PLAIN') {
    if (typeof v !== 'string') throw new NotDirect();
    return v;
  }
  const src = String(node.source ?? '');
  if (key && typeof v !== 'string') throw new NotDirect();
  if (v === null) {
    if (src === '' || src === '~' || src === 'null') return null;
  } else if (typeof v === 'boolean') {
    if (src === 'true' || src === 'false') return v;
  } else if (typeof v === 'number') {
    // -0 would print as such; Go writes 0.
    if ((SAFE_INT.test(src) || SAFE_FLOAT.test(src)) && !Object.is(v, -0)) return v;
  } else if (typeof v === 'string' && v === src && safePlainString(v)) return v;
  throw new NotDirect();
}

const isLetter = (c: number) =>
  c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : /\p{L}/u.test(String.fromCodePoint(c));
const isDigit = (c: number) =>
  c < 128 ? c >= 48 && c <= 57 : /\p{Nd}/u.test(String.fromCodePoint(c));

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0) as number);

/**
 * Whether key `a` comes before `b` in kustomize's output, whose keys Go's yaml.v2 writer
 * orders "naturally": at the first difference, two letters by code point, a non-letter
 * before a letter, and otherwise runs of digits by their number (`x9` before `x10`).
 */
function keyBefore(ar: readonly number[], br: readonly number[]): boolean {
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === 48 || br[i] === 48) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--)
        if (ar[j] !== 48) {
          an = bn = 1;
          break;
        }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + ar[ai] - 48;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + br[bi] - 48;
    // Go counts in 64 bits; past 2^53 this count would not be exact.
    if (!Number.isSafeInteger(an) || !Number.isSafeInteger(bn)) throw new NotDirect();
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}

/** Entries in kustomize's key order. */
function sortedEntries(entries: [string, unknown][]): [string, unknown][] {
  if (entries.length < 2) return entries;
  const keyed = entries.map((e) => ({ e, cp: codePoints(e[0]) }));
  keyed.sort((a, b) => (keyBefore(a.cp, b.cp) ? -1 : keyBefore(b.cp, a.cp) ? 1 : 0));
  return keyed.map((k) => k.e);
}

function value(node: unknown, r: Reading): unknown {
  if (isScalar(node)) return scalarValue(node, false, r);
  if (isAlias(node) || (node as Node | null)?.anchor) throw new NotDirect();
  if (isSeq(node)) {
    if (node.tag) throw new NotDirect();
    return node.items.map((item) => value(item, r));
  }
  if (isMap(node)) {
    if (node.tag) throw new NotDirect();
    const entries: [string, unknown][] = [];
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) throw new NotDirect();
      const [start, end] = pair.key.range ?? [0, Infinity];
      if (end - start > MAX_KEY_SOURCE) throw new NotDirect();
      const key = scalarValue(pair.key, true, r) as string;
      // A repeated key is an error kustomize words; `__proto__` stays with the reader that
      // already handles it (the one kustomize's output goes through).
      if (seen.has(key) || key === '__proto__') throw new NotDirect();
      seen.add(key);
      entries.push([key, pair.value === null ? null : value(pair.value, r)]);
    }
    return Object.fromEntries(sortedEntries(entries));
  }
  if (node === null) return null;
  throw new NotDirect();
}

/** The documents of a manifest as kustomize's output would read, or undefined. */
function readManifest(text: string): PlainObject[] | undefined {
  // A directive could switch the YAML version; an undecodable byte reads differently in Go.
  if (/^%/m.test(text) || text.includes('\ufffd')) return undefined;
  const out: PlainObject[] = [];
  const r: Reading = { openEnd: text.endsWith('\n') ? Infinity : text.length };
  try {
    for (const doc of new Composer({ uniqueKeys: false }).compose(new Parser().parse(text))) {
      if (doc.errors.length > 0) return undefined;
      const v = value(doc.contents, r);
      if (v === null) continue;
      if (!isPlainObject(v)) return undefined;
      out.push(v);
    }
  } catch (err) {
    if (err instanceof NotDirect) return undefined;
    throw err;
  }
  return out;
}

/**
 * The objects of a manifest written as JSON documents (`JSON.stringify` of each; Helm's
 * output, helm/template.ts), as readManifest would read that text: the same rules applied
 * to what the text holds, without parsing it. JSON leaves the reader no choice but for
 * numbers, which are checked as the text has them.
 */
function readWrittenObjects(docs: readonly PlainObject[]): PlainObject[] | undefined {
  const json = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (UNUSUAL.test(v) || v.includes('\ufffd')) throw new NotDirect();
      return v;
    }
    if (typeof v === 'number') {
      const src = JSON.stringify(v);
      if (src === 'null') return null;
      if (!SAFE_INT.test(src) && !SAFE_FLOAT.test(src)) throw new NotDirect();
      return Number(src);
    }
    if (v === null || typeof v === 'boolean') return v;
    if (Array.isArray(v)) return v.map(json);
    if (!isPlainObject(v)) throw new NotDirect();
    const entries: [string, unknown][] = [];
    for (const [key, item] of Object.entries(v)) {
      if (key === '__proto__' || JSON.stringify(key).length > MAX_KEY_SOURCE) throw new NotDirect();
      json(key);
      if (item !== undefined) entries.push([key, json(item)]);
    }
    return Object.fromEntries(sortedEntries(entries));
  };
  try {
    return docs.map((d) => json(d) as PlainObject);
  } catch (err) {
    if (err instanceof NotDirect) return undefined;
    throw err;
  }
}

// Kinds whose namespace kustomize sets elsewhere too, or whose name is the namespace.
const NAMESPACE_REACHES_FURTHER = new Set([
  'Namespace',
  'RoleBinding',
  'ClusterRoleBinding',
  'APIService',
  'CustomResourceDefinition',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
]);

/** Kubernetes' own namespaced kinds, by group, that only carry metadata.namespace. */
export const NAMESPACED: Readonly<Record<string, ReadonlySet<string>>> = {
  '': new Set([
    'ConfigMap',
    'Endpoints',
    'LimitRange',
    'PersistentVolumeClaim',
    'Pod',
    'PodTemplate',
    'ReplicationController',
    'ResourceQuota',
    'Secret',
    'Service',
    'ServiceAccount',
  ]),
  apps: new Set(['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet']),
  autoscaling: new Set(['HorizontalPodAutoscaler']),
  batch: new Set(['CronJob', 'Job']),
  policy: new Set(['PodDisruptionBudget']),
  'coordination.k8s.io': new Set(['Lease']),
  'discovery.k8s.io': new Set(['EndpointSlice']),
  'networking.k8s.io': new Set(['Ingress', 'NetworkPolicy']),
  'rbac.authorization.k8s.io': new Set(['Role']),
};

/**
 * Whether kustomize sets only metadata.namespace on the kind: Kubernetes' namespaced kinds
 * listed above, and custom resources (a group with a dot outside k8s.io), which kustomize,
 * knowing no schema for them, takes as namespaced.
 */
function takesNamespace(group: string, kind: string): boolean {
  if (NAMESPACE_REACHES_FURTHER.has(kind)) return false;
  if (NAMESPACED[group]) return NAMESPACED[group].has(kind);
  return group.includes('.') && !/(^|\.)k8s\.io$/.test(group);
}

const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** The object as kustomize outputs it, or undefined when kustomize must decide. */
function directObject(obj: PlainObject, namespace: string | undefined): K8sObject | undefined {
  const { apiVersion, kind, metadata } = obj;
  if (!nonEmptyString(apiVersion) || !nonEmptyString(kind) || kind.endsWith('List'))
    return undefined;
  if (!isPlainObject(metadata) || !nonEmptyString(metadata.name)) return undefined;
  if (metadata.namespace !== undefined && typeof metadata.namespace !== 'string') return undefined;
  for (const field of ['labels', 'annotations'] as const) {
    const m = metadata[field];
    if (m === undefined) continue;
    if (!isPlainObject(m) || !Object.values(m).every((v) => typeof v === 'string'))
      return undefined;
    // kustomize drops an empty annotations map, and keeps its own annotations to itself.
    if (field === 'annotations' && Object.keys(m).length === 0) return undefined;
    if (Object.keys(m).some((k) => /config\.kubernetes\.io|kustomize/.test(k))) return undefined;
  }
  if (namespace === undefined) return obj as K8sObject;
  if (!takesNamespace(splitApiVersion(apiVersion).group, kind)) return undefined;
  const md = Object.fromEntries(sortedEntries(Object.entries({ ...metadata, namespace })));
  return { ...obj, metadata: md } as K8sObject;
}

/**
 * The objects kustomize would build from the plan, or undefined when kustomize must build
 * the item. `manifests`: the item's rendered YAML files by path inside the item directory;
 * `written`: the objects of those written as JSON documents (RenderedTree.objects).
 */
export function buildDirect(
  plan: DirectPlan,
  manifests: ReadonlyMap<string, string>,
  written: ReadonlyMap<string, readonly PlainObject[]> = new Map(),
): K8sObject[] | undefined {
  const objects: K8sObject[] = [];
  const ids = new Set<string>();
  const listed = new Set<string>();
  for (const entry of plan.resources) {
    const rel = path.posix.normalize(entry);
    if (listed.has(rel) || rel.startsWith('../') || path.posix.isAbsolute(rel)) return undefined;
    listed.add(rel);
    if (/(^|\/)kustomization\.ya?ml$/i.test(rel)) return undefined;
    const text = manifests.get(rel);
    if (text === undefined) return undefined;
    const known = written.get(rel);
    const docs = known ? readWrittenObjects(known) : readManifest(text);
    if (!docs) return undefined;
    for (const doc of docs) {
      const obj = directObject(doc, plan.namespace);
      if (!obj) return undefined;
      const id = refKey(refOf(obj));
      // kustomize refuses two objects with one identity, in its own words.
      if (ids.has(id)) return undefined;
      ids.add(id);
      objects.push(obj);
    }
  }
  return objects;
}
