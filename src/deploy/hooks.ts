/**
 * Hooks (docs/kluctl/deployments/hooks.md): objects annotated `kluctl.io/hook` are not applied
 * with their item's other objects but before or after them, on the item's initial deployment
 * (none of its objects exists yet) or on upgrades, in `kluctl.io/hook-weight` order, deleted
 * according to `kluctl.io/hook-delete-policy`, and waited for unless `kluctl.io/hook-wait` is
 * false. Helm's hook annotations map onto them as kluctl maps them.
 */
import { HELM_TO_KLUCTL_HOOK } from '../helm/hooks.js';
import { annotationTrue, getAnnotation, type K8sObject } from '../util/k8s.js';
import { parseDuration } from './duration.js';

export const HOOK_TYPES = [
  'pre-deploy',
  'post-deploy',
  'pre-deploy-initial',
  'post-deploy-initial',
  'pre-deploy-upgrade',
  'post-deploy-upgrade',
] as const;
export type HookType = (typeof HOOK_TYPES)[number];

const DELETE_POLICIES = ['before-hook-creation', 'hook-succeeded', 'hook-failed'];
// Delete and rollback hooks are not run; like kluctl, they are accepted without a warning.
const HELM_HOOKS = [
  ...Object.keys(HELM_TO_KLUCTL_HOOK),
  'pre-delete',
  'post-delete',
  'pre-rollback',
  'post-rollback',
];
const HELM_TO_KLUCTL: Record<string, string> = {
  ...HELM_TO_KLUCTL_HOOK,
  // Hooks of types that never run: such an object is not deployed at all.
  'pre-delete': 'pre-delete',
  'post-delete': 'post-delete',
};

export interface Hook {
  object: K8sObject;
  types: Set<string>;
  weight: number;
  deletePolicies: Set<string>;
  wait: boolean;
  /** `kluctl.io/hook-timeout`; undefined: the readiness timeout. */
  timeoutMs?: number;
}

export interface HookProblems {
  errors: string[];
  warnings: string[];
}

const set = (obj: K8sObject, name: string): Set<string> =>
  new Set(
    (getAnnotation(obj, name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** The object's hook, or undefined when it is not one; problems with its annotations are reported. */
export function hookOf(obj: K8sObject, problems: HookProblems): Hook | undefined {
  if (annotationTrue(obj, 'kluctl.io/delete')) return undefined;
  const types = set(obj, 'kluctl.io/hook');
  for (const t of types)
    if (!(HOOK_TYPES as readonly string[]).includes(t))
      problems.errors.push(
        `unsupported kluctl.io/hook '${t}' (supported: ${HOOK_TYPES.join(', ')})`,
      );
  for (const h of set(obj, 'helm.sh/hook')) {
    if (!HELM_HOOKS.includes(h)) problems.warnings.push(`unsupported helm.sh/hook '${h}'`);
    if (HELM_TO_KLUCTL[h]) types.add(HELM_TO_KLUCTL[h]);
  }
  const weightText =
    getAnnotation(obj, 'kluctl.io/hook-weight') ?? getAnnotation(obj, 'helm.sh/hook-weight') ?? '0';
  let weight = Number(weightText.trim());
  if (!/^[+-]?\d+$/.test(weightText.trim())) {
    problems.errors.push(`failed to parse hook weight "${weightText}": not an integer`);
    weight = 0;
  }
  const deletePolicies = set(obj, 'kluctl.io/hook-delete-policy');
  for (const p of set(obj, 'helm.sh/hook-delete-policy')) deletePolicies.add(p);
  if (deletePolicies.size === 0) deletePolicies.add('before-hook-creation');
  for (const p of deletePolicies)
    if (!DELETE_POLICIES.includes(p))
      problems.errors.push(
        `unsupported kluctl.io/hook-delete-policy '${p}' (supported: ${DELETE_POLICIES.join(', ')})`,
      );
  const waitText = getAnnotation(obj, 'kluctl.io/hook-wait');
  let wait = true;
  if (waitText !== undefined) {
    const v = waitText.trim().toLowerCase();
    if (['true', '1', 't', 'yes'].includes(v)) wait = true;
    else if (['false', '0', 'f', 'no'].includes(v)) wait = false;
    else problems.errors.push(`kluctl.io/hook-wait must be true or false, got "${waitText}"`);
  }
  let timeoutMs: number | undefined;
  const timeoutText = getAnnotation(obj, 'kluctl.io/hook-timeout');
  if (timeoutText !== undefined) {
    timeoutMs = parseDuration(timeoutText);
    if (timeoutMs === undefined)
      problems.errors.push(
        `failed to parse kluctl.io/hook-timeout "${timeoutText}" (use 30s, 5m, 1h)`,
      );
  }
  if (types.size === 0) return undefined;
  return { object: obj, types, weight, deletePolicies, wait, timeoutMs };
}

/** The hooks of `types` among `hooks`, in weight order (stable). */
export function hooksFor(hooks: readonly Hook[], types: readonly string[]): Hook[] {
  return hooks.filter((h) => types.some((t) => h.types.has(t))).sort((a, b) => a.weight - b.weight);
}

/** Whether the hook stays on the cluster after a successful run (validate checks those). */
export const isPersistentHook = (h: Hook) =>
  [...h.deletePolicies].every((p) => p === 'before-hook-creation' || p === 'hook-failed');
