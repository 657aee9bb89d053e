/**
 * The command result (result.ts) from what a command did: rendered objects compared with
 * what was on the cluster before (normalised like the base diff: ignoreForDiff,
 * `kluctl.io/ignore-diff*`, Secret values masked; `kluctl.io/diff-name` compares with the
 * youngest object of that name), deletions, orphans, items, errors and warnings.
 */
import { compileIgnoreRules, diffObjectPair } from '../diff/index.js';
import type { IgnoreForDiffRule } from '../project/types.js';
import { getAnnotation, refKey, refOf, type K8sObject, type ObjectRef } from '../util/k8s.js';
import type { DeletedRecord, ObjectRecord } from './engine.js';
import type { Messages } from './messages.js';
import type { RemoteObjects } from './remote.js';
import {
  compareResultRefs,
  emptySummary,
  resultMessage,
  resultRef,
  type CommandName,
  type CommandResult,
  type ItemResult,
  type ResultObject,
} from './result.js';

export interface ReportInput {
  command: CommandName;
  target: string | null;
  discriminator: string | null;
  context: string;
  dryRun: boolean;
  started: number;
  records?: readonly ObjectRecord[];
  deleted?: Iterable<DeletedRecord>;
  /** Orphans still on the cluster. */
  orphans?: readonly K8sObject[];
  items?: ItemResult[];
  remote?: RemoteObjects;
  ignoreForDiff?: readonly IgnoreForDiffRule[];
  messages: Messages;
}

/** The object's identity for diffs: its `kluctl.io/diff-name`, if any, instead of its name. */
function diffKey(obj: K8sObject): string {
  const ref = refOf(obj);
  return refKey({ ...ref, name: getAnnotation(obj, 'kluctl.io/diff-name') ?? ref.name });
}

/** Per diff identity, the youngest object on the cluster (ties: the greater name, as kluctl). */
function youngestByDiffKey(remote: RemoteObjects | undefined): Map<string, K8sObject> {
  const out = new Map<string, K8sObject>();
  const created = (o: K8sObject) => Date.parse(String(o.metadata?.creationTimestamp ?? '')) || 0;
  for (const o of remote?.all() ?? []) {
    const key = diffKey(o);
    const old = out.get(key);
    if (
      !old ||
      created(o) > created(old) ||
      (created(o) === created(old) && String(o.metadata?.name) > String(old.metadata?.name))
    )
      out.set(key, o);
  }
  return out;
}

export function buildReport(input: ReportInput): CommandResult {
  const summary = emptySummary();
  const objects: ResultObject[] = [];
  const rules = compileIgnoreRules(input.ignoreForDiff ?? []);
  const youngest = youngestByDiffKey(input.remote);
  const apiVersionOf = (o: K8sObject | undefined, ref: ObjectRef) =>
    typeof o?.apiVersion === 'string' ? o.apiVersion : resultRef(ref).apiVersion;

  for (const rec of input.records ?? []) {
    const base: ResultObject = {
      ...resultRef(rec.ref, apiVersionOf(rec.rendered, rec.ref)),
      item: rec.item,
      status: rec.status,
      ...(rec.hook ? { hook: true } : {}),
    };
    if (rec.status === 'failed' || rec.status === 'not-applied') {
      if (rec.status === 'failed') summary.failed++;
      else summary.notApplied++;
      objects.push(base);
      continue;
    }
    if (rec.status === 'applied') summary.applied++;
    if (rec.hook) summary.hooks++;
    const applied = rec.applied ?? rec.rendered;
    const before = youngest.get(diffKey(rec.rendered));
    const d = before ? diffObjectPair(before, applied, rules) : undefined;
    const existed = input.remote?.has(rec.ref) ?? false;
    if (d) {
      summary.changed++;
      const comparedWith = before && String(before.metadata?.name) !== rec.ref.name;
      objects.push({
        ...base,
        change: 'changed',
        ...(comparedWith ? { comparedWith: String(before.metadata?.name) } : {}),
        changes: d.changes,
        diff: d.diff,
      });
    } else if (!existed && !rec.hook) {
      summary.new++;
      objects.push({ ...base, change: 'new' });
    } else if (rec.hook) {
      objects.push(base);
    } else {
      summary.unchanged++;
    }
  }
  for (const d of input.deleted ?? []) {
    summary.deleted++;
    const live = input.remote?.get(d.ref);
    objects.push({
      ...resultRef(d.ref, typeof live?.apiVersion === 'string' ? live.apiVersion : undefined),
      change: 'deleted',
      status: 'deleted',
      ...(d.item !== undefined ? { item: d.item } : {}),
    });
  }
  for (const o of input.orphans ?? []) {
    summary.orphan++;
    objects.push({ ...resultRef(refOf(o), String(o.apiVersion)), change: 'orphan' });
  }
  objects.sort(compareResultRefs);
  summary.errors = input.messages.errors.length;
  summary.warnings = input.messages.warnings.length;
  const now = Date.now();
  return {
    command: input.command,
    target: input.target,
    discriminator: input.discriminator,
    context: input.context,
    dryRun: input.dryRun,
    startedAt: new Date(input.started).toISOString(),
    durationMs: now - input.started,
    summary,
    objects,
    ...(input.items ? { items: input.items } : {}),
    errors: input.messages.errors.map(resultMessage),
    warnings: input.messages.warnings.map(resultMessage),
  };
}
