import type { IgnoreForDiffRule } from '../project/types.js';
import { UserError } from '../util/errors.js';
import {
  annotationTrue,
  getAnnotation,
  refString,
  type K8sObject,
  type ObjectRef,
} from '../util/k8s.js';
import {
  deleteJsonPath,
  forEachLeaf,
  formatJsonPath,
  parseJsonPath,
  type PathKey,
  type PathSegment,
} from './json-path.js';

/** An ignoreForDiff rule with its paths parsed and regexes compiled once. */
export interface IgnoreRule {
  group?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  fieldPaths: PathSegment[][];
  fieldPathRegexes: RegExp[];
}

const FIELD_ANNOTATION = /^kluctl\.io\/ignore-diff-field(-\d*)?$/;
const REGEX_ANNOTATION = /^kluctl\.io\/ignore-diff-field-regex(-\d*)?$/;

/** `kluctl.io/ignore-diff: "true"`: the object's changes are not shown at all. */
export const ignoresWholeObject = (obj: K8sObject) => annotationTrue(obj, 'kluctl.io/ignore-diff');

function parsePath(text: string, where: string, fix: string): PathSegment[] {
  try {
    return parseJsonPath(text);
  } catch (err) {
    throw new UserError(
      `${where}: invalid JSON path "${text}": ${(err as Error).message}`,
      {},
      `${fix}; supported: dotted keys, [N], ["key"] and the * wildcard (e.g. spec.template.spec.containers[*].image)`,
    );
  }
}

function compileRegex(text: string, where: string, fix: string): RegExp {
  try {
    return new RegExp(text);
  } catch (err) {
    throw new UserError(
      `${where}: invalid regular expression "${text}": ${(err as Error).message}`,
      {},
      fix,
    );
  }
}

/** Compiles the project's ignoreForDiff rules; a malformed fieldPath is a UserError. */
export function compileIgnoreRules(rules: readonly IgnoreForDiffRule[]): IgnoreRule[] {
  const fix = 'fix the fieldPath of this ignoreForDiff rule in deployment.yaml';
  return rules.map((r) => {
    const sel = [
      r.group !== undefined && `group ${r.group}`,
      r.kind && `kind ${r.kind}`,
      r.namespace && `namespace ${r.namespace}`,
      r.name && `name ${r.name}`,
    ]
      .filter(Boolean)
      .join(', ');
    const where = `ignoreForDiff rule${sel ? ` (${sel})` : ''}`;
    return {
      group: r.group,
      kind: r.kind,
      namespace: r.namespace,
      name: r.name,
      fieldPaths: (r.fieldPath ?? []).map((p) => parsePath(p, where, fix)),
      fieldPathRegexes: (r.fieldPathRegex ?? []).map((p) => compileRegex(p, where, fix)),
    };
  });
}

/** The `kluctl.io/ignore-diff-field[-regex][-N]` annotations of `obj` as a rule for it alone. */
export function annotationRule(obj: K8sObject, ref: ObjectRef): IgnoreRule | undefined {
  const annotations = (obj.metadata?.annotations ?? {}) as Record<string, unknown>;
  const rule: IgnoreRule = { fieldPaths: [], fieldPathRegexes: [] };
  const dir = getAnnotation(obj, 'kluctl.io/deployment-item-dir');
  for (const key of Object.keys(annotations).sort()) {
    const value = annotations[key];
    if (typeof value !== 'string') continue;
    const where = `${refString(ref)}: annotation ${key}`;
    const fix = `fix the annotation in the manifest${dir ? ` under ${dir}` : ''}`;
    if (REGEX_ANNOTATION.test(key)) rule.fieldPathRegexes.push(compileRegex(value, where, fix));
    else if (FIELD_ANNOTATION.test(key)) rule.fieldPaths.push(parsePath(value, where, fix));
  }
  return rule.fieldPaths.length || rule.fieldPathRegexes.length ? rule : undefined;
}

/** A rule applies when every selector it sets equals the object's (group without version). */
export function ruleMatches(rule: IgnoreRule, ref: ObjectRef): boolean {
  return (
    (rule.group === undefined || rule.group === ref.group) &&
    (rule.kind === undefined || rule.kind === ref.kind) &&
    (rule.namespace === undefined || rule.namespace === ref.namespace) &&
    (rule.name === undefined || rule.name === ref.name)
  );
}

/** Removes the fields the rules ignore from `obj` (in place). */
export function applyIgnoreRules(obj: K8sObject, rules: readonly IgnoreRule[]): void {
  for (const rule of rules) {
    for (const p of rule.fieldPaths) deleteJsonPath(obj, p);
    if (rule.fieldPathRegexes.length === 0) continue;
    const doomed: PathKey[][] = [];
    forEachLeaf(obj, (keys) => {
      const jp = formatJsonPath(keys);
      if (rule.fieldPathRegexes.some((re) => re.test(jp))) doomed.push([...keys]);
    });
    // Last first, so removing a list element does not shift the ones still to remove.
    for (const keys of doomed.reverse()) deleteJsonPath(obj, keys);
  }
}
