/**
 * kluctl's cluster commands on a rendered target: deploy, diff (against the cluster), prune,
 * delete and validate. Each renders the project, connects to the target's context, reads
 * what is on the cluster and returns a CommandResult (result.ts); a failure after rendering
 * is reported in the result (with everything not applied), not thrown.
 */
import pLimit from 'p-limit';
import { connectCluster, type Cluster, type RetryOptions } from '../cluster/index.js';
import { renderProject, type RenderOptions, type RenderResult } from '../render/index.js';
import { clusterConnector } from '../sources/index.js';
import type { InclusionFlags } from '../render/inclusion.js';
import type { IgnoreForDiffRule } from '../project/types.js';
import { annotationTrue, refKey, refOf, type K8sObject, type ObjectRef } from '../util/k8s.js';
import { compileConflictRules } from './conflicts.js';
import { DEFAULT_ENGINE_OPTIONS, Engine, errorText, type EngineOptions } from './engine.js';
import { hookOf, isPersistentHook } from './hooks.js';
import { Messages } from './messages.js';
import { objectsForDelete } from './orphans.js';
import { fixNamespaces } from './prepare.js';
import { readinessOf } from './readiness.js';
import { DISCRIMINATOR_LABEL, RemoteObjects } from './remote.js';
import { buildReport } from './report.js';
import {
  compareResultRefs,
  emptySummary,
  resultMessage,
  resultRef,
  type CommandName,
  type CommandResult,
  type ValidateEntry,
} from './result.js';

export interface ClusterAccess {
  /** Kubeconfig file(s), `:`-separated; default KUBECONFIG, then ~/.kube/config. */
  kubeconfig?: string;
  /** Overrides the target's context. */
  context?: string;
  /** Where KUBECONFIG is read (the CLI's environment); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** For tests: faster retries. */
  retry?: RetryOptions;
  concurrency?: number;
}

export interface ClusterCommandOptions {
  render: RenderOptions;
  access?: ClusterAccess;
  log?: (line: string) => void;
  /**
   * Asked before anything changes, with what would change (a dry run for deploy, the
   * objects to delete for prune and delete); false stops the command. Omitted: go ahead (-y).
   */
  confirm?: (preview: CommandResult) => Promise<boolean>;
}

export interface DeployCommandOptions extends ClusterCommandOptions {
  engine?: Partial<Omit<EngineOptions, 'log'>>;
  /** deploy --prune: delete orphan objects afterwards. */
  prune?: boolean;
  /** More ignoreForDiff rules for the report (diff's --ignore-tags, --ignore-labels, --ignore-annotations). */
  extraIgnoreForDiff?: IgnoreForDiffRule[];
}

export interface DeleteCommandOptions extends ClusterCommandOptions {
  dryRun?: boolean;
  /** Do not wait for deleted objects to be gone. */
  noWait?: boolean;
  /** Overrides the target's discriminator to find the objects by. */
  discriminator?: string;
  deletionTimeoutMs?: number;
}

export interface ValidateCommandOptions extends ClusterCommandOptions {
  /** Keep validating for this long until everything is ready. */
  waitMs?: number;
  /** Between attempts (default 5 s). */
  sleepMs?: number;
  warningsAsErrors?: boolean;
}

interface Session {
  render: RenderResult;
  target: string | null;
  discriminator: string | null;
  /** Objects of the items to deploy (onlyRender items have none), namespaces fixed. */
  local: K8sObject[];
  cluster?: Cluster;
  context: string;
  messages: Messages;
  started: number;
}

/** The discriminator: the target's, else the one every rendered object is labelled with. */
function discriminatorOf(render: RenderResult, override?: string): string | null {
  if (override) return override;
  if (render.target?.discriminator) return render.target.discriminator;
  for (const o of render.objects) {
    const v = (o.metadata?.labels as Record<string, unknown> | undefined)?.[DISCRIMINATOR_LABEL];
    if (typeof v === 'string' && v) return v;
  }
  return null;
}

async function openSession(opts: ClusterCommandOptions, discriminator?: string): Promise<Session> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const render = await renderProject({
    ...opts.render,
    log: opts.render.log ?? log,
    // cluster vars sources and deployed images (issue 13) read the same cluster
    cluster: opts.render.cluster ?? clusterConnector(opts.access ?? {}),
  });
  const messages = new Messages(log);
  const s: Session = {
    render,
    target: render.target?.name ?? null,
    discriminator: discriminatorOf(render, discriminator ?? opts.render.discriminator),
    local: render.items.filter((i) => !i.onlyRender).flatMap((i) => i.objects),
    context: opts.access?.context ?? render.target?.context ?? '',
    messages,
    started,
  };
  try {
    s.cluster = await connectCluster({
      kubeconfig: opts.access?.kubeconfig,
      context: opts.access?.context ?? render.target?.context,
      env: opts.access?.env,
      retry: opts.access?.retry,
      concurrency: opts.access?.concurrency,
    });
    s.context = s.cluster.context;
    await fixNamespaces(s.cluster, s.local);
  } catch (e) {
    messages.error(undefined, errorText(e));
    await s.cluster?.close();
    s.cluster = undefined;
  }
  return s;
}

/** A result for a command that could not reach the point of changing anything. */
function failedEarly(s: Session, command: CommandName, dryRun: boolean): CommandResult {
  const objects = s.local
    .filter((o) => !annotationTrue(o, 'kluctl.io/delete'))
    .map((o) => ({ ...resultRef(refOf(o), String(o.apiVersion)), status: 'not-applied' as const }))
    .sort(compareResultRefs);
  return {
    command,
    target: s.target,
    discriminator: s.discriminator,
    context: s.context,
    dryRun,
    startedAt: new Date(s.started).toISOString(),
    durationMs: Date.now() - s.started,
    summary: {
      ...emptySummary(),
      notApplied: command === 'deploy' || command === 'diff' ? objects.length : 0,
      errors: s.messages.errors.length,
      warnings: s.messages.warnings.length,
    },
    objects: command === 'deploy' || command === 'diff' ? objects : [],
    errors: s.messages.errors.map(resultMessage),
    warnings: s.messages.warnings.map(resultMessage),
  };
}

const inclusionOf = (r: RenderOptions): InclusionFlags => ({
  includeTags: r.includeTags,
  excludeTags: r.excludeTags,
  includeDeploymentDirs: r.includeDeploymentDirs,
  excludeDeploymentDirs: r.excludeDeploymentDirs,
});

async function loadRemote(
  s: Session,
  cluster: Cluster,
  opts: { local: boolean; namespaces: boolean; onlyLocalKinds?: boolean },
  log?: (line: string) => void,
): Promise<RemoteObjects | undefined> {
  try {
    return await RemoteObjects.load(cluster, {
      discriminator: s.discriminator ?? undefined,
      local: opts.local ? s.local : undefined,
      namespaces: opts.namespaces,
      onlyLocalKinds: opts.onlyLocalKinds,
      messages: s.messages,
      log,
    });
  } catch (e) {
    s.messages.error(undefined, errorText(e));
    return undefined;
  }
}

/** deploy, and diff (a deploy with every request dry-run). */
async function applyCommand(
  command: 'deploy' | 'diff',
  opts: DeployCommandOptions,
): Promise<CommandResult> {
  const log = opts.log ?? (() => {});
  const engineOpts: EngineOptions = {
    ...DEFAULT_ENGINE_OPTIONS,
    ...opts.engine,
    ...(command === 'diff' ? { dryRun: true } : {}),
    log,
  };
  const s = await openSession(opts);
  const cluster = s.cluster;
  if (!cluster) return failedEarly(s, command, engineOpts.dryRun);
  try {
    if (!s.discriminator)
      s.messages.warning(undefined, 'no discriminator configured: orphan objects cannot be found');
    const remote = await loadRemote(
      s,
      cluster,
      { local: true, namespaces: engineOpts.dryRun || !!opts.confirm },
      log,
    );
    if (!remote) return failedEarly(s, command, engineOpts.dryRun);
    const rules = compileConflictRules(s.render.conflictResolution);
    const orphansOf = () =>
      s.discriminator
        ? objectsForDelete(cluster, remote.byDiscriminator, {
            inclusion: inclusionOf(opts.render),
            exclude: s.local.map(refOf),
          })
        : Promise.resolve([]);

    if (opts.confirm && !engineOpts.dryRun) {
      // kluctl's deploy without --yes: show what would change, then ask.
      const previewMessages = new Messages(() => {});
      const preview = new Engine(
        cluster,
        remote,
        previewMessages,
        { ...engineOpts, dryRun: true, log: () => {} },
        rules,
      );
      await preview.run(s.render.items);
      const report = buildReport({
        command: 'diff',
        target: s.target,
        discriminator: s.discriminator,
        context: s.context,
        dryRun: true,
        started: s.started,
        records: preview.records,
        deleted: preview.deleted.values(),
        orphans: await orphansOf(),
        items: preview.items,
        remote,
        ignoreForDiff: [...s.render.ignoreForDiff, ...(opts.extraIgnoreForDiff ?? [])],
        messages: previewMessages,
      });
      if (!(await opts.confirm(report))) {
        s.messages.error(undefined, 'aborted: the deployment was not confirmed');
        return failedEarly(s, command, false);
      }
    }

    const engine = new Engine(cluster, remote, s.messages, engineOpts, rules);
    await engine.run(s.render.items);
    // Objects this deploy deleted (deleteObjects, kluctl.io/delete) are no orphans any more.
    let orphans = (await orphansOf()).filter((o) => !engine.deleted.has(refKey(refOf(o))));
    if (opts.prune && command === 'deploy') {
      if (!s.discriminator)
        s.messages.error(undefined, 'pruning without a discriminator is not supported');
      else if (!engine.wasAborted) {
        const gone = await deleteMany(engine, orphans.map(refOf), log);
        orphans = orphans.filter((o) => !gone.has(keyOf(refOf(o))));
      }
    }
    return buildReport({
      command,
      target: s.target,
      discriminator: s.discriminator,
      context: s.context,
      dryRun: engineOpts.dryRun,
      started: s.started,
      records: engine.records,
      deleted: engine.deleted.values(),
      orphans,
      items: engine.items,
      remote,
      ignoreForDiff: [...s.render.ignoreForDiff, ...(opts.extraIgnoreForDiff ?? [])],
      messages: s.messages,
    });
  } finally {
    await cluster.close();
  }
}

const keyOf = (r: ObjectRef) => `${r.group}/${r.kind}/${r.namespace}/${r.name}`;
const isNamespace = (r: ObjectRef) => r.group === '' && r.kind === 'Namespace';

/**
 * Deletes objects as kluctl does: namespaces first, then the rest, 8 at a time; objects in a
 * deleted namespace go with it (reported as deleted, not deleted one by one). Returns the
 * keys of what was deleted.
 */
async function deleteMany(
  engine: Engine,
  refs: readonly ObjectRef[],
  log: (line: string) => void,
): Promise<Set<string>> {
  const gone = new Set<string>();
  if (!refs.length) return gone;
  log(`deleting ${refs.length} object(s)`);
  const limit = pLimit(8);
  const run = (list: readonly ObjectRef[]) =>
    Promise.all(
      list.map((r) =>
        limit(async () => {
          if (await engine.deleteObject(r, false)) gone.add(keyOf(r));
        }),
      ),
    );
  const namespaces = refs.filter(isNamespace);
  await run(namespaces);
  const deletedNs = new Set(namespaces.filter((r) => gone.has(keyOf(r))).map((r) => r.name));
  const rest = refs.filter((r) => !isNamespace(r));
  for (const r of rest.filter((r) => r.namespace && deletedNs.has(r.namespace))) {
    engine.markDeleted(r);
    gone.add(keyOf(r));
  }
  await run(rest.filter((r) => !(r.namespace && deletedNs.has(r.namespace))));
  return gone;
}

export function deployCommand(opts: DeployCommandOptions): Promise<CommandResult> {
  return applyCommand('deploy', opts);
}

/** What a deploy would change: every apply and delete dry-run, plus the orphan objects. */
export function diffCommand(opts: DeployCommandOptions): Promise<CommandResult> {
  return applyCommand('diff', opts);
}

/** prune (orphans: carrying the discriminator, no longer rendered) and delete (everything with the discriminator). */
async function removeCommand(
  command: 'prune' | 'delete',
  opts: DeleteCommandOptions,
): Promise<CommandResult> {
  const log = opts.log ?? (() => {});
  const dryRun = opts.dryRun ?? false;
  const s = await openSession(opts, opts.discriminator);
  const cluster = s.cluster;
  if (!cluster) return failedEarly(s, command, dryRun);
  try {
    if (!s.discriminator) {
      s.messages.error(
        undefined,
        `${command === 'prune' ? 'pruning' : 'deletion'} without a discriminator is not supported: set discriminator in .kluctl.yaml (or pass --discriminator)`,
      );
      return failedEarly(s, command, dryRun);
    }
    const remote = await loadRemote(s, cluster, { local: false, namespaces: false }, log);
    if (!remote) return failedEarly(s, command, dryRun);
    const doomed = await objectsForDelete(cluster, remote.byDiscriminator, {
      inclusion: inclusionOf(opts.render),
      exclude: command === 'prune' ? s.local.map(refOf) : [],
    });
    const engine = new Engine(
      cluster,
      remote,
      s.messages,
      {
        ...DEFAULT_ENGINE_OPTIONS,
        dryRun,
        noWait: opts.noWait ?? false,
        readinessTimeoutMs: opts.deletionTimeoutMs ?? DEFAULT_ENGINE_OPTIONS.readinessTimeoutMs,
        log,
      },
      [],
    );
    const report = (deletedRefs: Set<string>) =>
      buildReport({
        command,
        target: s.target,
        discriminator: s.discriminator,
        context: s.context,
        dryRun,
        started: s.started,
        deleted: [...engine.deleted.values()],
        orphans: doomed.filter((o) => !deletedRefs.has(keyOf(refOf(o)))),
        remote,
        messages: s.messages,
      });
    if (opts.confirm && doomed.length && !dryRun) {
      const preview = report(new Set());
      // What would be deleted, as deletions.
      preview.objects = preview.objects.map((o) => ({ ...o, change: 'deleted' }));
      preview.summary = { ...preview.summary, deleted: preview.summary.orphan, orphan: 0 };
      if (!(await opts.confirm(preview))) {
        s.messages.error(undefined, `aborted: the ${command} was not confirmed`);
        return report(new Set());
      }
    }
    const gone = await deleteMany(engine, doomed.map(refOf), log);
    return report(gone);
  } finally {
    await cluster.close();
  }
}

export function pruneCommand(opts: DeleteCommandOptions): Promise<CommandResult> {
  return removeCommand('prune', opts);
}

export function deleteCommand(opts: DeleteCommandOptions): Promise<CommandResult> {
  return removeCommand('delete', opts);
}

/**
 * validate: every rendered object (not hooks that delete themselves) must exist on the
 * cluster and be ready; `kluctl.io/delete` objects must be gone. With waitMs, validates
 * again every sleepMs until ready or out of time.
 */
export async function validateCommand(opts: ValidateCommandOptions): Promise<CommandResult> {
  const log = opts.log ?? (() => {});
  const s = await openSession(opts);
  const cluster = s.cluster;
  if (!cluster) return { ...failedEarly(s, 'validate', false), ready: false, results: [] };
  try {
    const deadline = Date.now() + (opts.waitMs ?? 0);
    for (let attempt = 1; ; attempt++) {
      const messages = new Messages(attempt === 1 ? log : () => {});
      const result = await validateOnce(s, cluster, messages, opts.warningsAsErrors ?? false);
      if (result.ready || Date.now() + (opts.sleepMs ?? 5000) > deadline) {
        if (attempt > 1) for (const e of messages.errors) log(`error: ${e.message}`);
        return result;
      }
      log(
        `not ready yet (${result.summary.errors} problem(s)); validating again in ${Math.round((opts.sleepMs ?? 5000) / 1000)}s`,
      );
      await new Promise((r) => setTimeout(r, opts.sleepMs ?? 5000));
    }
  } finally {
    await cluster.close();
  }
}

async function validateOnce(
  s: Session,
  cluster: Cluster,
  messages: Messages,
  warningsAsErrors: boolean,
): Promise<CommandResult> {
  const started = Date.now();
  const sessionMessages = s.messages;
  const remote = await loadRemote({ ...s, messages }, cluster, {
    local: true,
    namespaces: false,
    onlyLocalKinds: true,
  });
  const results: ValidateEntry[] = [];
  let ready = true;
  if (!remote) ready = false;
  const resources = new Map<string, boolean | undefined>();
  for (const obj of remote ? s.local : []) {
    const ref = refOf(obj);
    if (annotationTrue(obj, 'kluctl.io/delete')) {
      if (remote!.has(ref)) {
        messages.error(
          ref,
          'the object is marked for deletion (kluctl.io/delete) but still exists on the cluster',
        );
        ready = false;
      }
      continue;
    }
    const hook = hookOf(obj, { errors: [], warnings: [] });
    if (hook && !isPersistentHook(hook)) continue;
    const live = remote!.get(ref);
    if (!live) {
      messages.error(ref, 'object not found on the cluster');
      ready = false;
      continue;
    }
    const typeKey = `${String(obj.apiVersion)}/${ref.kind}`;
    if (!resources.has(typeKey)) {
      const info = await cluster.discovery
        .find(String(obj.apiVersion), ref.kind)
        .catch(() => undefined);
      resources.set(typeKey, info ? info.subresources.includes('status') : undefined);
    }
    const r = readinessOf(live, { statusRequired: resources.get(typeKey) });
    if (!r.ready) ready = false;
    for (const e of [...r.errors, ...r.notReady]) messages.error(ref, e);
    for (const w of r.warnings) messages.warning(ref, w);
    for (const res of r.results)
      results.push({ ...resultRef(ref, String(live.apiVersion)), ...res });
  }
  if (warningsAsErrors && messages.warnings.length) ready = false;
  if (messages.errors.length) ready = false;
  const all = new Messages();
  for (const m of [...sessionMessages.errors]) all.error(m.ref, m.message, m.item);
  for (const m of messages.errors) all.error(m.ref, m.message, m.item);
  for (const m of [...sessionMessages.warnings, ...messages.warnings])
    all.warning(m.ref, m.message, m.item);
  const report = buildReport({
    command: 'validate',
    target: s.target,
    discriminator: s.discriminator,
    context: s.context,
    dryRun: false,
    started: Math.min(started, s.started),
    messages: all,
  });
  return { ...report, ready, results: results.sort(compareResultRefs) };
}
