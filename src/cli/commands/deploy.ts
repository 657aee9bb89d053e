import { deployCommand as runDeploy } from '../../deploy/index.js';
import { bool, list } from '../args.js';
import {
  accessFlags,
  clusterAccess,
  confirmation,
  dryRunFlag,
  durationFlag,
  outputFormatFlag,
  resultExitCode,
  resultOutputs,
  shortOutputFlag,
  writeResult,
  yesFlag,
} from '../cluster-flags.js';
import type { Command } from '../command.js';
import { renderFlags, renderOptions } from '../flags.js';

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Deploy a target to its cluster (server-side apply, hooks, readiness, deletes)',
  details: [
    'Renders the target and applies every object with server-side apply (field manager',
    '"kluctl"), item by item as kluctl does: items in parallel, barriers wait for everything',
    'before them, deleteObjects and kluctl.io/delete objects are deleted, hooks run before and',
    'after their item, waitReadiness waits. Conflicts with other field managers are resolved',
    'as kluctl resolves them (a warning per field left to the other manager). Objects that',
    'would not change are not sent. Prints what changed, and the orphan objects.',
    '',
    'Without -y, a dry run shows what would change and asks first (needs a terminal).',
    'Exit codes: 0 done, 1 any object failed (the rest is still deployed unless',
    '--abort-on-error), 2 usage error.',
  ].join('\n'),
  flags: [
    ...renderFlags(),
    ...accessFlags,
    yesFlag,
    dryRunFlag,
    {
      name: 'abort-on-error',
      kind: 'bool',
      help: 'stop at the first error instead of deploying the rest',
    },
    {
      name: 'no-wait',
      kind: 'bool',
      help: "don't wait for readiness (objects, hooks) or deletions",
    },
    {
      name: 'readiness-timeout',
      kind: 'string',
      metavar: 'DURATION',
      help: 'how long to wait for each object to become ready (default 5m)',
    },
    {
      name: 'force-apply',
      kind: 'bool',
      help: 'on conflicts take every field over ("overwrite value, become sole manager")',
    },
    { name: 'replace-on-error', kind: 'bool', help: 'when applying an object fails, replace it' },
    {
      name: 'force-replace-on-error',
      kind: 'bool',
      help: 'as --replace-on-error, and when that fails, delete and re-create the object',
    },
    { name: 'prune', kind: 'bool', help: 'afterwards delete orphan objects (see prune)' },
    outputFormatFlag,
    shortOutputFlag,
  ],
  async run(args, io) {
    const outputs = resultOutputs(list(args, 'output-format'), io);
    const readinessTimeoutMs = durationFlag(args, 'readiness-timeout', 5 * 60_000);
    const confirm = confirmation(args, io, 'deploy', (p) =>
      p.errors.length
        ? 'The diff resulted in errors, do you still want to proceed?'
        : 'The diff succeeded, do you want to proceed?',
    );
    const render = renderOptions(args, io);
    const result = await runDeploy({
      render,
      access: clusterAccess(args, io),
      log: render.log,
      confirm,
      prune: bool(args, 'prune'),
      engine: {
        dryRun: bool(args, 'dry-run'),
        abortOnError: bool(args, 'abort-on-error'),
        noWait: bool(args, 'no-wait'),
        readinessTimeoutMs,
        forceApply: bool(args, 'force-apply'),
        replaceOnError: bool(args, 'replace-on-error'),
        forceReplaceOnError: bool(args, 'force-replace-on-error'),
      },
    });
    writeResult(result, outputs, io, { short: bool(args, 'short-output') });
    return resultExitCode(result);
  },
};
