/**
 * The result of deploy, diff (against the cluster), prune, delete and validate: what changed
 * (or would), per object and per item, with every error and warning. Printed by `-o json` /
 * `-o yaml`, written by the deploy action as `result-json`; the schema is documented in
 * docs/deploy.md and only grows. Keys are sorted, objects ordered by group, kind, namespace
 * and name, so the same outcome gives the same bytes (apart from times).
 */
import { stringify } from 'yaml';
import type { FieldChange } from '../diff/index.js';
import { sortedKeys } from '../diff/values.js';
import { splitApiVersion, type ObjectRef } from '../util/k8s.js';
import type { Message } from './messages.js';

export const COMMANDS = ['deploy', 'diff', 'prune', 'delete', 'validate'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type ObjectChange = 'new' | 'changed' | 'deleted' | 'orphan';

/**
 * What happened to an object: `applied` (sent to the cluster), `unchanged` (already as
 * rendered: nothing sent), `failed`, `not-applied` (never attempted: the command aborted, or
 * stopped before its item), `deleted`.
 */
export type ObjectStatus = 'applied' | 'unchanged' | 'failed' | 'not-applied' | 'deleted';

export interface ResultRef {
  /** '' for the core group. */
  group: string;
  apiVersion: string;
  kind: string;
  /** '' for cluster-scoped objects. */
  namespace: string;
  name: string;
}

export interface ResultObject extends ResultRef {
  change?: ObjectChange;
  status?: ObjectStatus;
  hook?: boolean;
  /** Deployment item directory (rendered objects). */
  item?: string;
  /** `kluctl.io/diff-name`: the name of the object on the cluster it was compared with. */
  comparedWith?: string;
  /** Changed objects: changed fields, Secret values masked. */
  changes?: FieldChange[];
  /** Changed objects: unified diff of the normalised YAML, Secret values masked. */
  diff?: string;
}

export interface ResultMessage extends Partial<ResultRef> {
  item?: string;
  message: string;
}

export type ItemStatus = 'done' | 'failed' | 'aborted' | 'not-run';

export interface ItemResult {
  /** Item directory relative to the project; absent for barriers, deleteObjects and waitReadinessObjects items. */
  dir?: string;
  /** `path`, `barrier`, `deleteObjects`, `waitReadinessObjects`. */
  type: string;
  tags: string[];
  status: ItemStatus;
  /** Rendered objects (hooks included). */
  objects: number;
  /** Objects sent to the cluster. */
  applied: number;
  /** Objects already as rendered (nothing sent). */
  unchanged: number;
  failed: number;
  hooks: number;
  deleted: number;
  durationMs: number;
}

export interface ResultSummary {
  new: number;
  changed: number;
  /** Rendered objects without changes. */
  unchanged: number;
  deleted: number;
  orphan: number;
  hooks: number;
  /** Objects sent to the cluster. */
  applied: number;
  failed: number;
  notApplied: number;
  errors: number;
  warnings: number;
}

export interface ValidateEntry extends ResultRef {
  annotation: string;
  message: string;
}

export interface CommandResult {
  command: CommandName;
  /** null for a project without targets. */
  target: string | null;
  discriminator: string | null;
  /** The kubeconfig context used. */
  context: string;
  dryRun: boolean;
  startedAt: string;
  durationMs: number;
  summary: ResultSummary;
  /** New, changed, deleted and orphan objects, hooks, and objects that failed or were not applied. */
  objects: ResultObject[];
  /** deploy and diff: the items in deployment order. */
  items?: ItemResult[];
  errors: ResultMessage[];
  warnings: ResultMessage[];
  /** validate: whether every object is ready. */
  ready?: boolean;
  /** validate: `validate-result.kluctl.io/*` annotations found. */
  results?: ValidateEntry[];
}

export const emptySummary = (): ResultSummary => ({
  new: 0,
  changed: 0,
  unchanged: 0,
  deleted: 0,
  orphan: 0,
  hooks: 0,
  applied: 0,
  failed: 0,
  notApplied: 0,
  errors: 0,
  warnings: 0,
});

export function resultRef(ref: ObjectRef, apiVersion?: string): ResultRef {
  return {
    group: ref.group,
    apiVersion: apiVersion ?? (ref.group ? `${ref.group}/${ref.version}` : ref.version),
    kind: ref.kind,
    namespace: ref.namespace,
    name: ref.name,
  };
}

export function toRef(r: ResultRef): ObjectRef {
  const { group, version } = splitApiVersion(r.apiVersion);
  return { group, version, kind: r.kind, namespace: r.namespace, name: r.name };
}

export function resultMessage(m: Message): ResultMessage {
  return {
    ...(m.ref ? resultRef(m.ref) : {}),
    ...(m.item !== undefined ? { item: m.item } : {}),
    message: m.message,
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const compareResultRefs = (a: ResultRef, b: ResultRef) =>
  compareText(a.group, b.group) ||
  compareText(a.kind, b.kind) ||
  compareText(a.namespace, b.namespace) ||
  compareText(a.name, b.name);

/** Whether the command changed (or, dry, would change) objects on the cluster; running hooks alone does not count. */
export const resultChanged = (r: CommandResult) =>
  r.summary.new + r.summary.changed + r.summary.deleted > 0;

export function resultToJson(result: CommandResult | object): string {
  return `${JSON.stringify(sortedKeys(result), null, 2)}\n`;
}

export function resultToYaml(result: CommandResult | object): string {
  return stringify(sortedKeys(result), { lineWidth: 0 });
}
