import type { FieldChange } from './field-changes.js';
import { sortedKeys } from './values.js';

export type { FieldChange } from './field-changes.js';

/** `orphan`: only in a diff against a cluster, an object there that is no longer rendered. */
export type ObjectChange = 'new' | 'changed' | 'deleted' | 'orphan';

export interface ObjectDiff {
  /** API group without version ('' for the core group). */
  group: string;
  /** The head's apiVersion (the base's for deleted objects). */
  apiVersion: string;
  kind: string;
  /** '' for cluster-scoped objects. */
  namespace: string;
  name: string;
  change: ObjectChange;
  /** Changed objects: the changed fields, Secret values masked. */
  changes?: FieldChange[];
  /** Changed objects: unified diff of the normalised YAML, Secret values masked. */
  diff?: string;
}

export interface DiffSummary {
  new: number;
  changed: number;
  deleted: number;
  unchanged: number;
  /** Only in a diff against a cluster: objects there with the target's discriminator that are no longer rendered. */
  orphan?: number;
}

export interface TargetDiff {
  /** null for a project without targets. */
  target: string | null;
  /** Why one side is empty (e.g. the target does not exist at the base). */
  note?: string;
  summary: DiffSummary;
  /** New, changed and deleted objects sorted by group, kind, namespace, name. */
  objects: ObjectDiff[];
}

export interface DiffResult {
  /** The git ref the head (working tree) was compared with, and the commit it resolved to. */
  base: { ref: string; commit: string };
  hasChanges: boolean;
  targets: TargetDiff[];
}

export const summaryHasChanges = (s: DiffSummary) => s.new + s.changed + s.deleted > 0;

/** The result as JSON with sorted keys: the same result always gives the same bytes. */
export function toStableJson(result: DiffResult): string {
  return `${JSON.stringify(sortedKeys(result), null, 2)}\n`;
}
