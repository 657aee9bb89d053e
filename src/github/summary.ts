/** The job summary (GITHUB_STEP_SUMMARY): markdown shown on the run's page, at most 1 MiB per step. */
import { stat } from 'node:fs/promises';
import * as core from '@actions/core';
import { workflowRunUrl } from './context.js';
import { countUtf8Bytes, fitMarkdown } from './markdown-fit.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface JobSummaryResult {
  /** False outside GitHub Actions (no GITHUB_STEP_SUMMARY): nothing was written. */
  written: boolean;
  level: number;
  truncated: boolean;
  bytes: number;
}

/**
 * Appends the most detailed of `bodies` that fits what is left of the step's 1 MiB
 * (earlier writes of the same step count), cutting the last one safely if none does.
 */
export async function writeJobSummary(
  bodies: readonly string[],
  options: { runUrl?: string } = {},
): Promise<JobSummaryResult> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return { written: false, level: 0, truncated: false, bytes: 0 };
  const used = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  const runUrl = options.runUrl ?? workflowRunUrl();
  const artifacts = runUrl ? `[workflow run](${runUrl})` : 'workflow run';
  const fitted = fitMarkdown(bodies, {
    // The trailing newline addRaw(…, true) adds.
    limit: SUMMARY_LIMIT_BYTES - used - 1,
    measure: countUtf8Bytes,
    degradedNote:
      '_The full report is larger than a job summary allows (1 MiB); this is a shorter form._',
    truncatedNote: `_… cut at the job-summary limit of 1 MiB; see the step's log and outputs in the ${artifacts}._`,
  });
  await core.summary.addRaw(fitted.body, true).write();
  return {
    written: true,
    level: fitted.level,
    truncated: fitted.truncated,
    bytes: countUtf8Bytes(fitted.body) + 1,
  };
}
