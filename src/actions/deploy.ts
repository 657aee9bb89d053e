/**
 * `command: deploy | prune | delete | validate` (actions/deploy runs deploy): each target of
 * the project against its cluster, as the CLI does with -y. The job summary holds the report
 * and per-item timings; `result-json` the results (docs/deploy.md); `changed` and `errors`
 * say how it went. The step fails when any target had an error (validate: was not ready).
 */
import * as core from '@actions/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  deleteCommand,
  deployCommand,
  pruneCommand,
  renderResultText,
  resultChanged,
  resultMarkdownBodies,
  resultToJson,
  summaryText,
  validateCommand,
  REPORT_LEVELS,
  type ClusterAccess,
  type CommandResult,
  type ResultMessage,
} from '../deploy/index.js';
import { loadKluctlProject } from '../project/kluctl-project.js';
import { chooseTargets } from '../project/target.js';
import { UserError } from '../util/errors.js';
import { logSafe } from '../util/log-safe.js';
import { clusterAccessFromInputs, durationInput } from './cluster-inputs.js';
import { boolInput, listInput, optionalInput } from './inputs.js';
import { renderInputs } from './render-inputs.js';
import { redactRunnerSecrets, writeSummary } from './runner-secrets.js';

type ClusterCommand = 'deploy' | 'prune' | 'delete' | 'validate';

/** The file behind the `result-json` output: one result per target, in order. */
export interface ClusterActionResult {
  command: ClusterCommand;
  results: CommandResult[];
}

/**
 * The targets to work on: the `targets` input, else the project's only target (or the
 * project without targets). Deploying every target of a project by default would be a
 * surprise, so several targets must be named.
 */
async function targetsToUse(projectDir: string): Promise<(string | undefined)[]> {
  const given = listInput('targets');
  const project = await loadKluctlProject(projectDir);
  if (given.length) return chooseTargets(project, given);
  if (project.targets.length > 1)
    throw new UserError(
      `the project defines ${project.targets.length} targets (${project.targets.map((t) => t.name).join(', ')}): say which with the targets input`,
      {},
      'set targets: to the target(s) this step deploys; one step per target (with a concurrency group) keeps deploys of a target in order',
    );
  return [project.targets[0]?.name];
}

async function runOne(
  command: ClusterCommand,
  workspace: string,
  target: string | undefined,
  access: ClusterAccess,
): Promise<CommandResult> {
  const render = { ...renderInputs(workspace), target };
  const discriminator = optionalInput('discriminator');
  if (discriminator) render.discriminator = discriminator;
  const wait = boolInput('wait', true);
  const readinessTimeoutMs = durationInput('readiness-timeout', 5 * 60_000);
  const base = { render, access, log: render.log };
  switch (command) {
    case 'deploy':
      return deployCommand({
        ...base,
        prune: boolInput('prune', false),
        engine: {
          dryRun: boolInput('dry-run', false),
          noWait: !wait,
          readinessTimeoutMs,
          abortOnError: boolInput('abort-on-error', false),
          forceApply: boolInput('force-apply', false),
          replaceOnError: boolInput('replace-on-error', false),
          forceReplaceOnError: boolInput('force-replace-on-error', false),
        },
      });
    case 'prune':
    case 'delete':
      return (command === 'prune' ? pruneCommand : deleteCommand)({
        ...base,
        dryRun: boolInput('dry-run', false),
        noWait: !wait,
      });
    case 'validate':
      return validateCommand({ ...base, waitMs: wait ? readinessTimeoutMs : 0, sleepMs: 5000 });
  }
}

/** The job summary: every target's report, at the most detail that fits. */
function summaryBodies(results: readonly CommandResult[]): string[] {
  const perTarget = results.map(resultMarkdownBodies);
  return REPORT_LEVELS.map((_, level) =>
    perTarget.map((bodies) => bodies[level]).join('\n---\n\n'),
  );
}

const messageText = (m: ResultMessage) =>
  `${m.kind ? `${m.kind} ${m.namespace ? `${m.namespace}/` : ''}${m.name}: ` : ''}${m.message}`;

const failedResult = (r: CommandResult) =>
  r.errors.length > 0 || (r.command === 'validate' && !r.ready);

export function clusterCommandAction(
  command: ClusterCommand,
): (workspace: string) => Promise<void> {
  return async (workspace) => {
    const projectDir = renderInputs(workspace).projectDir;
    const access = clusterAccessFromInputs();
    const targets = await targetsToUse(projectDir);
    const results: CommandResult[] = [];
    for (const target of targets) {
      const result = await core.group(`${command} ${target ?? 'project'}`, () =>
        runOne(command, workspace, target, access),
      );
      core.info(logSafe(renderResultText(result, { short: true })));
      results.push(result);
    }
    const dir = mkdtempSync(
      path.join(process.env.RUNNER_TEMP ?? tmpdir(), `shipshape-${command}-`),
    );
    const file = path.join(dir, 'result.json');
    const out: ClusterActionResult = { command, results };
    writeFileSync(file, redactRunnerSecrets(resultToJson(out)));
    core.setOutput('result-json', file);
    core.setOutput('changed', String(results.some(resultChanged)));
    core.setOutput('errors', String(results.reduce((n, r) => n + r.errors.length, 0)));
    await writeSummary(summaryBodies(results));
    const failed = results.filter(failedResult);
    if (failed.length)
      throw new UserError(
        failed
          .map(
            (r) =>
              `${command} of ${r.target ?? 'the project'} failed: ${r.errors[0] ? messageText(r.errors[0]) : 'not ready'}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more error(s))` : ''}; ${summaryText(r)}`,
          )
          .join('\n'),
        {},
        'the job summary and result-json list every object, error and warning',
      );
  };
}

export const runDeployAction = clusterCommandAction('deploy');
export const runPruneAction = clusterCommandAction('prune');
export const runDeleteAction = clusterCommandAction('delete');
export const runValidateAction = clusterCommandAction('validate');
