/**
 * Helm hooks as kluctl hooks (kluctl's docs, "Helm hooks"): a chart's `helm.sh/hook`
 * annotation maps to kluctl's hook phases; delete, rollback and test hooks have no kluctl
 * phase and are not run, which the render notes per object. `helm.sh/hook-weight` and
 * `helm.sh/hook-delete-policy` serve when the kluctl annotations are absent.
 */
import { isPlainObject } from '../util/merge.js';

export const HELM_TO_KLUCTL_HOOK: Readonly<Record<string, string>> = {
  'pre-install': 'pre-deploy-initial',
  'post-install': 'post-deploy-initial',
  'pre-upgrade': 'pre-deploy-upgrade',
  'post-upgrade': 'post-deploy-upgrade',
};

const DROPPED = new Set([
  'pre-delete',
  'post-delete',
  'pre-rollback',
  'post-rollback',
  'test',
  'test-success',
  'test-failure',
]);

export interface HelmHookMapping {
  /** kluctl hook phases of the object, from its helm.sh/hook annotation. */
  hooks: string[];
  /** Helm hooks with no kluctl phase (delete, rollback, test). */
  dropped: string[];
  /** Helm hooks that are not Helm hooks at all (typos). */
  unknown: string[];
  /** helm.sh/hook-weight (0 when absent or not an integer). */
  weight: number;
  /** helm.sh/hook-delete-policy entries; before-hook-creation when none, as kluctl. */
  deletePolicies: string[];
}

const list = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** The kluctl hook meaning of an object's Helm hook annotations; undefined when it has none. */
export function helmHookMapping(obj: unknown): HelmHookMapping | undefined {
  const md = isPlainObject(obj) && isPlainObject(obj.metadata) ? obj.metadata : undefined;
  const ann = md && isPlainObject(md.annotations) ? md.annotations : undefined;
  const helm = list(ann?.['helm.sh/hook']);
  if (!helm.length) return undefined;
  const hooks: string[] = [];
  const dropped: string[] = [];
  const unknown: string[] = [];
  for (const h of helm) {
    if (HELM_TO_KLUCTL_HOOK[h]) hooks.push(HELM_TO_KLUCTL_HOOK[h]);
    else if (DROPPED.has(h)) dropped.push(h);
    else unknown.push(h);
  }
  const weight = Number(ann?.['helm.sh/hook-weight'] ?? 0);
  const deletePolicies = list(ann?.['helm.sh/hook-delete-policy']);
  return {
    hooks: [...new Set(hooks)],
    dropped,
    unknown,
    weight: Number.isInteger(weight) ? weight : 0,
    deletePolicies: deletePolicies.length ? deletePolicies : ['before-hook-creation'],
  };
}

/** A one-line note for objects with Helm hooks that are not run; undefined when there are none. */
export function droppedHookNote(obj: unknown, name: string): string | undefined {
  const m = helmHookMapping(obj);
  if (!m || (m.dropped.length === 0 && m.unknown.length === 0)) return undefined;
  const parts: string[] = [];
  if (m.dropped.length)
    parts.push(
      `Helm hook${m.dropped.length > 1 ? 's' : ''} ${m.dropped.join(', ')} ${m.dropped.length > 1 ? 'have' : 'has'} no kluctl equivalent and ${m.dropped.length > 1 ? 'are' : 'is'} not run`,
    );
  if (m.unknown.length) parts.push(`unknown Helm hook ${m.unknown.join(', ')} is ignored`);
  const rest = m.hooks.length ? `; it runs as ${m.hooks.join(', ')}` : '';
  return `${name}: ${parts.join('; ')}${rest}`;
}
