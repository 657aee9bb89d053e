import {
  diffAgainstRef,
  renderMarkdown,
  renderText,
  summaryHasChanges,
  toStableJson,
} from '../../diff/index.js';
import { logSafe, logSafeJson } from '../../util/log-safe.js';
import { bool, list, str } from '../args.js';
import type { Command } from '../command.js';
import { outputFlag, outputFormat, renderFlags, renderOptions } from '../flags.js';
import { clusterDiffFlags, runClusterDiff } from './diff-cluster.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

/** Exit code of `--exit-code` when something changed (like `git diff --exit-code`, but 3: 1 is failure). */
export const EXIT_CHANGES = 3;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Show what a change does: compared with a git ref, or with the cluster',
  details: [
    'Renders the project in the working tree (head) and at --against-ref (base, in a temporary',
    'git worktree) for each target and lists the new, changed and deleted objects with their',
    'changed fields and a YAML diff. Secret values are masked; ignoreForDiff rules and the',
    'kluctl.io/ignore-diff* annotations of the head apply.',
    '',
    'Without -t every target of the project is compared. A line on stderr says whether',
    'anything changed. Exit codes: 0 done (changes or not), 1 failure, 2 usage error,',
    `${EXIT_CHANGES} changes found (only with --exit-code).`,
    '',
    'Without --against-ref, one target is compared with its cluster: every object is applied',
    'with a server-side dry run and the answer compared with the object on the cluster',
    '(normalised the same way; kluctl.io/diff-name picks the youngest object of that name),',
    'deleteObjects / kluctl.io/delete show as deleted, and objects on the cluster with the',
    "target's discriminator that are no longer rendered as orphans. -o takes text, json, yaml",
    'or markdown, optionally =FILE (repeat --output-format for several).',
  ].join('\n'),
  flags: [
    ...renderFlags('target to compare (default: every target)'),
    {
      name: 'against-ref',
      kind: 'string',
      metavar: 'REF',
      help: 'git branch, tag or commit to compare with (omitted: compare with the cluster)',
    },
    { ...outputFlag([...FORMATS, 'yaml'], 'text'), metavar: 'FORMAT[=FILE]' },
    {
      name: 'exit-code',
      kind: 'bool',
      help: `exit with ${EXIT_CHANGES} when anything changed`,
    },
    ...clusterDiffFlags,
  ],
  async run(args, io) {
    const baseRef = str(args, 'against-ref');
    if (!baseRef) return runClusterDiff(args, io, EXIT_CHANGES);
    const format = outputFormat(args, FORMATS, 'text');
    const { target: _, renderOutputDir: __, ...render } = renderOptions(args, io);
    const result = await diffAgainstRef({
      render,
      targets: list(args, 'target'),
      baseRef,
    });
    // The reports show the project's names and diffs: none of it may be a workflow command.
    io.stdout(
      format === 'json'
        ? logSafeJson(toStableJson(result))
        : logSafe(format === 'text' ? renderText(result) : renderMarkdown(result)),
    );
    const changed = result.targets.filter((t) => summaryHasChanges(t.summary));
    io.stderr(
      result.hasChanges
        ? `changes in ${changed.length} of ${result.targets.length} target(s)\n`
        : `no changes in ${result.targets.length} target(s)\n`,
    );
    return result.hasChanges && bool(args, 'exit-code') ? EXIT_CHANGES : 0;
  },
};
