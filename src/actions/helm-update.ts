import * as core from '@actions/core';
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffObjects } from '../diff/compare.js';
import { withWorktree } from '../diff/git-worktree.js';
import { summaryHasChanges, type DiffResult, type TargetDiff } from '../diff/model.js';
import { workflowRunUrl } from '../github/context.js';
import type { GitHubClient, PullRequestResult, RepoRef } from '../github/index.js';
import {
  checkBranchPrefix,
  closeStalePullRequests,
  pullRequestBranch,
  syncPullRequest,
  type DeclinedProposal,
} from '../github/pulls.js';
import { openChartSources } from '../helm/chart-sources.js';
import type { ChartFileError } from '../helm/pull.js';
import { chartUpdateChanges, type ChangeSummary } from '../helm/update-changes.js';
import { helmUpdate, type ChartUpdate } from '../helm/update.js';
import { loadKluctlProject } from '../project/kluctl-project.js';
import { chooseTargets } from '../project/target.js';
import { openRenderCache, renderProject, type RenderOptions } from '../render/index.js';
import type { K8sObject } from '../util/k8s.js';
import { formatError } from '../util/errors.js';
import { logSafe } from '../util/log-safe.js';
import { code } from '../util/markdown.js';
import { baseBranch, declinedUpdates, setPullRequestOutputs } from './bump-pulls.js';
import { annotate, ReportedFailure } from './failure.js';
import { checkoutOf } from './git.js';
import { gitHubFromInputs } from './github.js';
import {
  commitMessage,
  errorText,
  jobSummary,
  pullRequestBody,
  pullRequestTitle,
  type RenderedEffect,
} from './helm-update-text.js';
import { boolInput, choiceInput, listInput } from './inputs.js';
import { renderInputs } from './render-inputs.js';
import { writeSummary } from './runner-secrets.js';

export const HELM_GROUP_BY = ['chart', 'file', 'all'] as const;
type GroupBy = (typeof HELM_GROUP_BY)[number];

interface Group {
  key: string;
  updates: ChartUpdate[];
}

const chartId = (u: ChartUpdate) => `${u.chart}@${u.source.replace(/^[a-z]+:\/\//, '')}`;

function groupKey(u: ChartUpdate, by: GroupBy): string {
  return by === 'chart' ? chartId(u) : by === 'file' ? u.file : 'all';
}

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * `command: helm-update`: finds the newest allowed version of every chart (the engine in
 * helm/, run without writing) and opens or updates one pull request per group with the
 * edited helm-chart.yaml files and the re-vendored charts, made through GitHub's API on top
 * of the base branch. Each pull request's body shows, per target, what the update changes
 * in the rendered objects. Versions a closed pull request declined are not proposed again.
 */
export async function runHelmUpdateAction(workspace: string): Promise<void> {
  const groupBy = choiceInput('group-by', HELM_GROUP_BY, 'chart');
  const dryRun = boolInput('dry-run', false);
  const labels = listInput('labels');
  const branchPrefix = checkBranchPrefix(core.getInput('branch-prefix') || 'shipshape/');
  // Each update renders the project again: what no update changed renders once.
  const render = renderInputs(workspace);
  render.cache = openRenderCache(render, true);
  const projectDir = realpathOrSelf(render.projectDir);
  const checkout = await checkoutOf(projectDir);
  let github: { gh: GitHubClient; repo: RepoRef; base: string } | undefined;
  if (!dryRun) {
    const { gh, repo } = await gitHubFromInputs();
    github = { gh, repo, base: await baseBranch(gh, repo, checkout.head) };
  }
  const inProject = (file: string) =>
    path.relative(checkout.root, path.join(projectDir, file)).split(path.sep).join('/');

  // Passwords and tokens the chart sources use are masked in the log, like the job token.
  const sources = await openChartSources(
    process.env,
    {},
    (line) => core.info(logSafe(line)),
    core.setSecret,
  );
  for (const w of sources.warnings) core.warning(w);
  try {
    const report = await core.group('check chart versions', () =>
      helmUpdate({ projectDir, sources, upgrade: false, log: (line) => core.info(logSafe(line)) }),
    );
    const errors: ChartFileError[] = report.errors.map((e) => ({
      ...e,
      file: e.file && inProject(path.relative(projectDir, path.resolve(projectDir, e.file))),
    }));

    const kind = (() => {
      const dir = path.relative(checkout.root, projectDir).split(path.sep).join('/');
      return dir ? `helm-update-${dir}` : 'helm-update';
    })();
    const branchOf = (key: string) => pullRequestBranch(kind, key, branchPrefix);
    const declined = github
      ? await declinedUpdates(
          github,
          report.updates,
          (u) => branchOf(groupKey(u, groupBy)),
          (u) => ({ name: chartId(u), version: u.latest }),
        )
      : new Map<ChartUpdate, DeclinedProposal>();
    const skipped = [...report.skipped];
    for (const [u, d] of declined)
      skipped.push({
        chart: u.chart,
        file: u.file,
        reason: `${u.latest} was declined in #${d.number} (closed without merging); reopen it to undo`,
      });
    const updates = report.updates.filter((u) => !declined.has(u));
    core.setOutput('updated-count', String(updates.length));

    const groups = new Map<string, Group>();
    for (const u of updates) {
      const k = groupKey(u, groupBy);
      groups.set(k, { key: k, updates: [...(groups.get(k)?.updates ?? []), u] });
    }

    const targets = chooseTargets(await loadKluctlProject(projectDir), listInput('targets')).map(
      (t) => t ?? null,
    );
    const before = new Map<string | null, Promise<K8sObject[]>>();
    const renderAt = (
      dir: string,
      target: string | null,
    ): Promise<{ objects: K8sObject[]; rules: Parameters<typeof diffObjects>[2] }> =>
      renderProject({
        ...(render as RenderOptions),
        projectDir: dir,
        target: target ?? undefined,
        log: () => undefined,
      }).then((r) => ({
        objects: r.objects,
        rules: r.ignoreForDiff,
      }));

    const results = new Map<string, PullRequestResult>();
    const effects: string[] = [];
    for (const group of [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
      const planned = await core.group(`changes of ${group.key}`, () =>
        chartUpdateChanges({ root: checkout.root, projectDir, updates: group.updates, sources }),
      );
      const effect = await core.group(`rendered effect of ${group.key}`, () =>
        renderedEffect(checkout, projectDir, planned, targets, before, renderAt),
      );
      const prUpdates = group.updates.map((u) => ({ ...u, file: inProject(u.file) }));
      const title = pullRequestTitle(
        prUpdates,
        groupBy === 'file' ? inProject(group.key) : undefined,
      );
      const branch = branchOf(group.key);
      if (effect.result) effects.push(`#### ${code(title)}`, '', ...effectLines(effect.result), '');
      if (!github) continue;
      const result = await syncPullRequest(github.gh, {
        repo: github.repo,
        base: github.base,
        branch,
        title,
        body: pullRequestBody(prUpdates, {
          branch,
          base: github.base,
          runUrl: workflowRunUrl(),
          vendored: planned,
          effect,
        }),
        commitMessage: commitMessage(title, prUpdates),
        changes: planned.changes,
        labels,
        reviewers: listInput('reviewers'),
        teamReviewers: listInput('team-reviewers'),
        assignees: listInput('assignees'),
        draft: boolInput('draft', false),
        proposals: group.updates.map((u) => ({ name: chartId(u), version: u.latest })),
      });
      results.set(group.key, result);
      for (const w of result.warnings) core.warning(w);
    }

    if (github && errors.length === 0) {
      const closed = await closeStalePullRequests(github.gh, {
        repo: github.repo,
        branchPrefix: branchOf('all').replace(/all$/, ''),
        keep: [...groups.keys()].map(branchOf),
        comment: `Closed by shipshape helm-update: nothing in this pull request needs updating on ${code(github.base)} any more.`,
      });
      if (closed.length)
        core.info(`Closed stale pull requests: ${closed.map((n) => `#${n}`).join(', ')}`);
    }
    setPullRequestOutputs(results, []);
    const rows: ChartUpdate[] = [];
    const cells = new Map<ChartUpdate, string>();
    for (const group of groups.values()) {
      const r = results.get(group.key);
      for (const u of group.updates) {
        const row = { ...u, file: inProject(u.file) };
        rows.push(row);
        cells.set(
          row,
          !r
            ? dryRun
              ? 'not opened (dry run)'
              : ''
            : r.url
              ? `[#${r.number}](${r.url}) ${r.outcome}`
              : r.outcome,
        );
      }
    }
    await writeSummary([
      jobSummary({
        dryRun,
        updates: rows,
        pullRequest: (u) => cells.get(u) ?? '',
        upToDate: report.upToDate.length,
        skipped: skipped.map((s) => ({ ...s, file: inProject(s.file) })),
        errors,
        effects: effects.length ? ['### What changes in the rendered objects', '', ...effects] : [],
      }),
    ]);

    if (errors.length) {
      await annotate(
        errors.map((e) => ({
          title: `shipshape helm-update${e.chart ? `: ${e.chart}` : ''}`,
          message: e.error + (e.hint ? `\nhint: ${e.hint}` : ''),
          file: e.file && path.resolve(checkout.root, e.file),
          line: e.line,
        })),
        checkout.root,
      );
      throw new ReportedFailure(
        `helm-update finished with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `- ${errorText(e)}`).join('\n')}${updates.length ? '\nThe other charts were handled (see the job summary).' : ''}`,
      );
    }
    if (updates.length === 0) core.info('Every Helm chart is up to date: no pull request needed.');
  } finally {
    await sources.close();
    await render.cache?.close();
  }
}

/** Per target, the objects before (the checkout) and after (a worktree with the group's changes). */
async function renderedEffect(
  checkout: { root: string; head: string },
  projectDir: string,
  planned: ChangeSummary,
  targets: (string | null)[],
  before: Map<string | null, Promise<K8sObject[]>>,
  renderAt: (
    dir: string,
    target: string | null,
  ) => Promise<{ objects: K8sObject[]; rules: Parameters<typeof diffObjects>[2] }>,
): Promise<RenderedEffect> {
  const failures: RenderedEffect['failures'] = [];
  const diffs: TargetDiff[] = [];
  await withWorktree(process.env, checkout.root, checkout.head, async (ready) => {
    const tree = await ready;
    for (const c of planned.changes) {
      const file = path.join(tree, ...c.path.split('/'));
      if (c.content === null) rmSync(file, { force: true });
      else {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, c.content);
      }
    }
    const treeProject = path.join(tree, path.relative(checkout.root, projectDir));
    for (const target of targets) {
      let old: K8sObject[];
      try {
        let p = before.get(target);
        if (!p) {
          p = renderAt(projectDir, target).then((r) => r.objects);
          before.set(target, p);
        }
        old = await p;
      } catch (err) {
        failures.push({ target, side: 'before', error: formatError(err, checkout.root) });
        continue;
      }
      try {
        const after = await renderAt(treeProject, target);
        diffs.push({ target, ...diffObjects(old, after.objects, after.rules) });
      } catch (err) {
        failures.push({
          target,
          side: 'after',
          error: formatError(err, tree).split(tree).join('.'),
        });
      }
    }
  });
  if (!diffs.length) return { failures };
  const result: DiffResult = {
    base: { ref: 'current versions', commit: checkout.head },
    hasChanges: diffs.some((t) => summaryHasChanges(t.summary)),
    targets: diffs,
  };
  return { result, failures };
}

function effectLines(result: DiffResult): string[] {
  return result.targets.map(
    (t) =>
      `- ${t.target === null ? 'project' : code(t.target)}: ${t.summary.new} new, ${t.summary.changed} changed, ${t.summary.deleted} deleted, ${t.summary.unchanged} unchanged`,
  );
}
