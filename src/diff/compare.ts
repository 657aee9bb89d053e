import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import type { IgnoreForDiffRule } from '../project/types.js';
import { refKey, refOf, type K8sObject, type ObjectRef } from '../util/k8s.js';
import { fieldChanges } from './field-changes.js';
import {
  annotationRule,
  applyIgnoreRules,
  compileIgnoreRules,
  ignoresWholeObject,
  ruleMatches,
  type IgnoreRule,
} from './ignore.js';
import type { DiffSummary, ObjectDiff } from './model.js';
import { dropEmptyMetadata, flattenLists, normalizeObject } from './normalize.js';
import { isSecret, maskSecretPair } from './secrets.js';
import { unifiedDiff } from './unified-diff.js';
import { sortedKeys } from './values.js';
import { plainYaml } from '../util/plain-yaml.js';

export interface ObjectsDiff {
  summary: DiffSummary;
  objects: ObjectDiff[];
}

/** apiVersion, kind and metadata first, every map sorted below: stable, readable YAML. */
function diffYaml(obj: K8sObject): string {
  const { apiVersion, kind, metadata, ...rest } = sortedKeys(obj) as K8sObject;
  const ordered = { apiVersion, kind, metadata, ...rest };
  return plainYaml(ordered) ?? stringify(ordered, { lineWidth: 0 });
}

function byRef(objects: readonly K8sObject[]): Map<string, { ref: ObjectRef; obj: K8sObject }> {
  const out = new Map<string, { ref: ObjectRef; obj: K8sObject }>();
  for (const obj of flattenLists(objects)) {
    const ref = refOf(obj);
    out.set(refKey(ref), { ref, obj });
  }
  return out;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareRefs = (a: ObjectRef, b: ObjectRef) =>
  compareText(a.group, b.group) ||
  compareText(a.kind, b.kind) ||
  compareText(a.namespace, b.namespace) ||
  compareText(a.name, b.name);

const identity = (ref: ObjectRef, obj: K8sObject) => ({
  group: ref.group,
  apiVersion: String(obj.apiVersion ?? ''),
  kind: ref.kind,
  namespace: ref.namespace,
  name: ref.name,
});

/**
 * The changes of one object present on both sides, after normalisation, ignore rules and
 * Secret masking; undefined when nothing is left that differs. The head's annotations and
 * the head's rules decide what is ignored (the head is what would be deployed).
 */
function changedObject(
  ref: ObjectRef,
  base: K8sObject,
  head: K8sObject,
  rules: readonly IgnoreRule[],
): ObjectDiff | undefined {
  if (ignoresWholeObject(head)) return undefined;
  // Equal objects stay equal through everything below: most objects of a diff are unchanged.
  if (isDeepStrictEqual(base, head)) return undefined;
  const b = normalizeObject(base);
  const h = normalizeObject(head);
  const own = annotationRule(head, ref);
  const matching = [...rules.filter((r) => ruleMatches(r, ref)), ...(own ? [own] : [])];
  applyIgnoreRules(b, matching);
  applyIgnoreRules(h, matching);
  dropEmptyMetadata(b);
  dropEmptyMetadata(h);
  if (isSecret(ref)) maskSecretPair(b, h);
  const changes = fieldChanges(b, h);
  if (changes.length === 0) return undefined;
  return {
    ...identity(ref, head),
    change: 'changed',
    changes,
    diff: unifiedDiff(diffYaml(b), diffYaml(h)),
  };
}

/**
 * The changes between two versions of one object (e.g. as it is on a cluster and as applied
 * there), normalised, with `rules` (compileIgnoreRules) and the head's ignore annotations
 * applied and Secret values masked; undefined when nothing differs.
 */
export function diffObjectPair(
  base: K8sObject,
  head: K8sObject,
  rules: readonly IgnoreRule[],
): ObjectDiff | undefined {
  return changedObject(refOf(head), base, head, rules);
}

/**
 * Compares the objects of one target at the base with those at the head, object by object
 * (matched by group, kind, namespace and name; the API version may differ).
 */
export function diffObjects(
  base: readonly K8sObject[],
  head: readonly K8sObject[],
  ignoreForDiff: readonly IgnoreForDiffRule[] = [],
): ObjectsDiff {
  const rules = compileIgnoreRules(ignoreForDiff);
  const before = byRef(base);
  const after = byRef(head);
  const summary: DiffSummary = { new: 0, changed: 0, deleted: 0, unchanged: 0 };
  const objects: { ref: ObjectRef; diff: ObjectDiff }[] = [];
  for (const [key, { ref, obj }] of after) {
    const old = before.get(key);
    const diff = old
      ? changedObject(ref, old.obj, obj, rules)
      : { ...identity(ref, obj), change: 'new' as const };
    if (diff) objects.push({ ref, diff });
    summary[diff ? diff.change : 'unchanged']++;
  }
  for (const [key, { ref, obj }] of before) {
    if (after.has(key)) continue;
    objects.push({ ref, diff: { ...identity(ref, obj), change: 'deleted' } });
    summary.deleted++;
  }
  objects.sort((x, y) => compareRefs(x.ref, y.ref));
  return { summary, objects: objects.map((o) => o.diff) };
}
