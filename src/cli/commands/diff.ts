import {
  diffAgainstRef,
  renderMarkdown,
  renderText,
  summaryHasChanges,
  toStableJson,
} from '../../diff/index.js';
import { UsageError } from '../../util/errors.js';
import { logSafe, logSafeJson } from '../../util/log-safe.js';
import { bool, list, str } from '../args.js';
import type { Command } from '../command.js';
import { outputFlag, outputFormat, renderFlags, renderOptions } from '../flags.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

/** Exit code of `--exit-code` when something changed (like `git diff --exit-code`, but 3: 1 is failure). */
export const EXIT_CHANGES = 3;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Show what a change does to the rendered objects, compared with a git ref',
  details: [
    'Renders the project in the working tree (head) and at --against-ref (base, in a temporary',
    'git worktree) for each target and lists the new, changed and deleted objects with their',
    'changed fields and a YAML diff. Secret values are masked; ignoreForDiff rules and the',
    'kluctl.io/ignore-diff* annotations of the head apply.',
    '',
    'Without -t every target of the project is compared. A line on stderr says whether',
    'anything changed. Exit codes: 0 done (changes or not), 1 failure, 2 usage error,',
    `${EXIT_CHANGES} changes found (only with --exit-code).`,
  ].join('\n'),
  flags: [
    ...renderFlags('target to compare (default: every target)'),
    {
      name: 'against-ref',
      kind: 'string',
      metavar: 'REF',
      help: 'git branch, tag or commit to compare with (required)',
    },
    outputFlag(FORMATS, 'text'),
    {
      name: 'exit-code',
      kind: 'bool',
      help: `exit with ${EXIT_CHANGES} when anything changed`,
    },
  ],
  async run(args, io) {
    const format = outputFormat(args, FORMATS, 'text');
    const baseRef = str(args, 'against-ref');
    if (!baseRef)
      throw new UsageError(
        '--against-ref REF is required (the branch, tag or commit to compare with)',
      );
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
