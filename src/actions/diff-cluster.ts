/**
 * `against: cluster` of the diff action: each target compared with its cluster (a deploy
 * with every request dry-run, deploy/), as the same DiffResult the base diff reports, so
 * the comment and the job summary read alike; orphan objects are listed as well.
 */
import * as core from '@actions/core';
import { diffCommand, type CommandResult } from '../deploy/index.js';
import type { DiffResult, ObjectDiff, TargetDiff } from '../diff/index.js';
import { loadKluctlProject } from '../project/kluctl-project.js';
import { chooseTargets } from '../project/target.js';
import type { RenderOptions } from '../render/index.js';
import { UserError } from '../util/errors.js';

/** One target's command result as the diff's model. */
export function targetDiffOf(r: CommandResult): TargetDiff {
  const objects: ObjectDiff[] = r.objects.flatMap((o) =>
    o.change
      ? [
          {
            group: o.group,
            apiVersion: o.apiVersion,
            kind: o.kind,
            namespace: o.namespace,
            name: o.name,
            change: o.change,
            ...(o.changes ? { changes: o.changes } : {}),
            ...(o.diff !== undefined ? { diff: o.diff } : {}),
          },
        ]
      : [],
  );
  const problems = r.errors.length
    ? `${r.errors.length} error(s), the first: ${r.errors[0].kind ? `${r.errors[0].kind} ${r.errors[0].name}: ` : ''}${r.errors[0].message}`
    : undefined;
  return {
    target: r.target,
    ...(problems ? { note: problems } : {}),
    summary: {
      new: r.summary.new,
      changed: r.summary.changed,
      deleted: r.summary.deleted,
      unchanged: r.summary.unchanged,
      orphan: r.summary.orphan,
    },
    objects,
  };
}

/**
 * Diffs each target (`targets`, default every target) against its cluster, one after the
 * other. The cluster comes from KUBECONFIG (or ~/.kube/config) and the target's context.
 * Fails after the report when a target had errors, naming them.
 */
export async function diffAgainstCluster(
  render: Omit<RenderOptions, 'target'>,
  targets: readonly string[],
): Promise<{ result: DiffResult; failed: string[] }> {
  const project = await loadKluctlProject(render.projectDir);
  const results: CommandResult[] = [];
  for (const target of chooseTargets(project, targets)) {
    results.push(
      await core.group(`diff ${target ?? 'project'} against the cluster`, () =>
        diffCommand({ render: { ...render, target }, log: render.log }),
      ),
    );
  }
  const contexts = [...new Set(results.map((r) => r.context).filter(Boolean))];
  const diffs = results.map(targetDiffOf);
  const result: DiffResult = {
    base: {
      ref: `cluster${contexts.length ? ` (context ${contexts.join(', ')})` : ''}`,
      commit: 'dry-run',
    },
    hasChanges: diffs.some(
      (t) => t.summary.new + t.summary.changed + t.summary.deleted + (t.summary.orphan ?? 0) > 0,
    ),
    targets: diffs,
  };
  const failed = results
    .filter((r) => r.errors.length)
    .map(
      (r) =>
        `${r.target ?? 'project'}: ${r.errors.map((e) => `${e.kind ? `${e.kind} ${e.namespace ? `${e.namespace}/` : ''}${e.name}: ` : ''}${e.message}`).join('; ')}`,
    );
  return { result, failed };
}

/** The step's failure for targets whose diff had errors (after the report is published). */
export function clusterDiffFailure(failed: readonly string[]): UserError {
  return new UserError(
    `the diff against the cluster failed for ${failed.length} target(s):\n${failed.join('\n')}`,
    {},
    'the job summary shows what could be compared; check the credentials (KUBECONFIG) and the errors above',
  );
}
