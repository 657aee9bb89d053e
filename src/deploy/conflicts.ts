/**
 * kluctl's automatic resolution of server-side apply conflicts: the "don't overwrite value,
 * give up management claim" method. For every field another manager owns (a 409's causes),
 * the field is dropped from the manifest, so the retried apply leaves the other manager's
 * value alone, and a warning says the field was lost; unless the field is force-applied
 * (annotations, conflictResolution rules, or a manager people use by hand: kubectl, kluctl,
 * rancher, k9s), or its conflict is ignored (dropped without a warning).
 */
import { formatJsonPath, parseJsonPath, WILDCARD, type PathSegment } from '../diff/json-path.js';
import { jsonEqual } from '../diff/values.js';
import type { FieldConflict } from '../cluster/index.js';
import type { ConflictResolutionRule } from '../project/types.js';
import { UserError } from '../util/errors.js';
import { annotationTrue, refOf, refString, type K8sObject } from '../util/k8s.js';
import { locatePath, ownersByField, valueAt } from './managed-fields.js';

type Action = 'ignore' | 'force-apply';

/** A rule from deployment.yaml or from the object's annotations, compiled. */
interface Rule {
  group?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  /** Every field. */
  all?: boolean;
  fieldPaths: PathSegment[][];
  fieldPathRegexes: RegExp[];
  managers: RegExp[];
  action: Action;
}

/** Managers whose fields kluctl takes over: they are people editing by hand, not controllers. */
const OVERWRITE_ALLOWED = [
  /^kluctl$/,
  /^kluctl-.*$/,
  /^kubectl$/,
  /^kubectl-.*$/,
  /^rancher$/,
  /^k9s$/,
];

const FORCE_FIELD = /^kluctl\.io\/force-apply-field(-\d*)?$/;
const FORCE_MANAGER = /^kluctl\.io\/force-apply-manager(-\d*)?$/;
const IGNORE_FIELD = /^kluctl\.io\/ignore-conflicts-field(-\d*)?$/;
const IGNORE_MANAGER = /^kluctl\.io\/ignore-conflicts-manager(-\d*)?$/;

export interface LostField {
  /** As the server names it, e.g. `.spec.replicas`. */
  field: string;
  manager: string;
  message: string;
}

export interface Resolution {
  /** The manifest without the fields left to their other managers. */
  manifest: K8sObject;
  /** Fields with a different value on the server that the manifest no longer sets. */
  lost: LostField[];
}

function regex(text: string, where: string): RegExp {
  try {
    return new RegExp(text);
  } catch (e) {
    throw new UserError(
      `${where}: invalid regular expression "${text}": ${(e as Error).message}`,
      {},
      'fix the regular expression',
    );
  }
}

function path(text: string, where: string): PathSegment[] {
  try {
    return parseJsonPath(text);
  } catch (e) {
    throw new UserError(
      `${where}: invalid JSON path "${text}": ${(e as Error).message}`,
      {},
      'use dotted keys, [N], ["key"] and * (e.g. webhooks[*].clientConfig.caBundle)',
    );
  }
}

/** The project's conflictResolution rules, compiled once per deploy. */
export function compileConflictRules(rules: readonly ConflictResolutionRule[]): Rule[] {
  return rules.map((r) => {
    const where = 'conflictResolution rule';
    return {
      group: r.group,
      kind: r.kind,
      namespace: r.namespace,
      name: r.name,
      fieldPaths: (r.fieldPath ?? []).map((p) => path(p, where)),
      fieldPathRegexes: (r.fieldPathRegex ?? []).map((p) => regex(p, where)),
      managers: r.manager !== undefined ? [regex(r.manager, where)] : [],
      action: r.action,
    };
  });
}

/** The object's own rules; force-apply first, so its ignore annotations win (as in kluctl). */
function annotationRules(obj: K8sObject): Rule[] {
  const annotations = (obj.metadata?.annotations ?? {}) as Record<string, unknown>;
  const values = (re: RegExp) =>
    Object.keys(annotations)
      .filter((k) => re.test(k) && typeof annotations[k] === 'string')
      .sort()
      .map((k) => ({ key: k, value: annotations[k] as string }));
  const where = (key: string) => `${refString(refOf(obj))}: annotation ${key}`;
  const rule = (action: Action, r: Partial<Rule>): Rule => ({
    fieldPaths: [],
    fieldPathRegexes: [],
    managers: [],
    action,
    ...r,
  });
  const out: Rule[] = [];
  for (const action of ['force-apply', 'ignore'] as const) {
    const force = action === 'force-apply';
    if (annotationTrue(obj, force ? 'kluctl.io/force-apply' : 'kluctl.io/ignore-conflicts'))
      out.push(rule(action, { all: true }));
    for (const { key, value } of values(force ? FORCE_MANAGER : IGNORE_MANAGER))
      out.push(rule(action, { managers: [regex(value, where(key))] }));
    for (const { key, value } of values(force ? FORCE_FIELD : IGNORE_FIELD))
      out.push(rule(action, { fieldPaths: [path(value, where(key))] }));
  }
  return out;
}

function pathMatches(pattern: readonly PathSegment[], keys: readonly (string | number)[]): boolean {
  return (
    pattern.length === keys.length &&
    pattern.every((seg, i) => seg === WILDCARD || String(seg) === String(keys[i]))
  );
}

/** The last rule that matches a field decides (kluctl's order). */
function actionFor(
  rules: readonly Rule[],
  obj: K8sObject,
  keyPaths: (string | number)[][],
  managers: readonly string[],
): Action | undefined {
  const ref = refOf(obj);
  let action: Action | undefined;
  for (const r of rules) {
    if (r.group !== undefined && r.group !== ref.group) continue;
    if (r.kind !== undefined && r.kind !== ref.kind) continue;
    if (r.namespace !== undefined && r.namespace !== ref.namespace) continue;
    if (r.name !== undefined && r.name !== ref.name) continue;
    const hit =
      r.all ||
      keyPaths.some(
        (kp) =>
          r.fieldPaths.some((p) => pathMatches(p, kp)) ||
          r.fieldPathRegexes.some((re) => re.test(formatJsonPath(kp))),
      ) ||
      r.managers.some((re) => managers.some((m) => re.test(m)));
    if (hit) action = r.action;
  }
  return action;
}

function deleteAt(obj: unknown, keys: readonly (string | number)[]): void {
  const parent = valueAt(obj, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
}

/**
 * Resolves the conflicts of a failed apply of `manifest` against `live` (the object on the
 * server, with its managedFields). Throws a UserError when a conflict cannot be mapped to a
 * field (the caller reports it for this object).
 */
export function resolveConflicts(
  manifest: K8sObject,
  live: K8sObject,
  conflicts: readonly FieldConflict[],
  projectRules: readonly Rule[],
): Resolution {
  const owners = ownersByField(live);
  const rules = [...projectRules, ...annotationRules(manifest)];
  const out = structuredClone(manifest);
  const drop: (string | number)[][] = [];
  const lost: LostField[] = [];
  const label = refString(refOf(manifest));
  for (const c of conflicts) {
    const fail = (why: string): never => {
      throw new UserError(
        `${label}: cannot resolve the conflict on ${c.field} with "${c.manager}": ${why}`,
        {},
        'force the apply (kluctl.io/force-apply-field annotation, a conflictResolution rule or --force-apply), or remove the field from the manifest',
      );
    };
    const owned = owners.get(c.field);
    if (!owned) fail("the field is not in the object's managedFields");
    if (owned!.paths.length !== 1) fail('the field path is ambiguous');
    const [p] = owned!.paths;
    const localKeys = locatePath(manifest, p);
    if (!localKeys) fail('the manifest does not have the field');
    const remoteKeys =
      locatePath(live, p) ?? fail('the object on the server does not have the field');
    const action = actionFor(rules, manifest, [localKeys!, remoteKeys], owned!.managers);
    const ignore = action === 'ignore';
    const overwrite =
      !ignore &&
      (action === 'force-apply' ||
        owned!.managers.some((m) => OVERWRITE_ALLOWED.some((re) => re.test(m))));
    if (overwrite) continue;
    drop.push(localKeys!);
    if (!ignore && !jsonEqual(valueAt(manifest, localKeys!), valueAt(live, remoteKeys)))
      lost.push({ field: c.field, manager: c.manager, message: c.message });
  }
  // Deepest and last first, so removing list elements does not shift paths still to remove.
  drop.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      return typeof a[i] === 'number' && typeof b[i] === 'number'
        ? (b[i] as number) - (a[i] as number)
        : String(b[i]).localeCompare(String(a[i]));
    }
    return b.length - a.length;
  });
  for (const keys of drop) deleteAt(out, keys);
  return { manifest: out, lost };
}

export type { Rule as ConflictRule };
