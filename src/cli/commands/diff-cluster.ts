/**
 * `shipshape diff` without --against-ref: what a deploy would change on the target's cluster
 * (every apply and delete dry-run), plus the orphan objects.
 */
import { diffCommand, resultChanged } from '../../deploy/index.js';
import type { IgnoreForDiffRule } from '../../project/types.js';
import { UsageError } from '../../util/errors.js';
import { bool, list, str, type FlagSpec, type ParsedArgs } from '../args.js';
import {
  accessFlags,
  clusterAccess,
  resultExitCode,
  resultOutputs,
  writeResult,
} from '../cluster-flags.js';
import type { CliIo } from '../io.js';
import { renderOptions } from '../flags.js';

export const clusterDiffFlags: FlagSpec[] = [
  ...accessFlags,
  {
    name: 'output-format',
    kind: 'list',
    metavar: 'FORMAT[=FILE]',
    help: 'against the cluster: text|json|yaml|markdown, on stdout or written to FILE (as -o)',
  },
  { name: 'short-output', kind: 'bool', help: 'text output: only the names of changed objects' },
  {
    name: 'force-apply',
    kind: 'bool',
    help: 'against the cluster: resolve conflicts by taking every field over',
  },
  {
    name: 'replace-on-error',
    kind: 'bool',
    help: 'against the cluster: try a replace when an apply fails',
  },
  {
    name: 'force-replace-on-error',
    kind: 'bool',
    help: 'against the cluster: as --replace-on-error, then delete and re-create',
  },
  { name: 'ignore-tags', kind: 'bool', help: 'ignore changes of kluctl.io/tag-N labels' },
  { name: 'ignore-labels', kind: 'bool', help: 'ignore changes of labels' },
  { name: 'ignore-annotations', kind: 'bool', help: 'ignore changes of annotations' },
];

/** Runs the cluster diff; returns the exit code (`changesExit` when something would change and --exit-code). */
export async function runClusterDiff(
  args: ParsedArgs,
  io: CliIo,
  changesExit: number,
): Promise<number> {
  const targets = list(args, 'target');
  if (targets.length > 1)
    throw new UsageError(
      'a diff against the cluster compares one target at a time: pass a single -t (or --against-ref REF to compare with a git ref)',
    );
  const outputs = resultOutputs(
    [
      ...list(args, 'output-format'),
      ...(str(args, 'output') ? [str(args, 'output') as string] : []),
    ],
    io,
  );
  const extra: IgnoreForDiffRule[] = [];
  if (bool(args, 'ignore-tags'))
    extra.push({ fieldPathRegex: ['metadata\\.labels\\["kluctl\\.io/tag-.*"\\]'] });
  if (bool(args, 'ignore-labels')) extra.push({ fieldPath: ['metadata.labels.*'] });
  if (bool(args, 'ignore-annotations')) extra.push({ fieldPath: ['metadata.annotations.*'] });
  const render = { ...renderOptions(args, io), target: targets[0] };
  const result = await diffCommand({
    render,
    access: clusterAccess(args, io),
    log: render.log,
    extraIgnoreForDiff: extra,
    engine: {
      forceApply: bool(args, 'force-apply'),
      replaceOnError: bool(args, 'replace-on-error'),
      forceReplaceOnError: bool(args, 'force-replace-on-error'),
    },
  });
  writeResult(result, outputs, io, { short: bool(args, 'short-output') });
  io.stderr(
    resultChanged(result) || result.summary.orphan
      ? `changes on the cluster: ${result.summary.new} new, ${result.summary.changed} changed, ${result.summary.deleted} deleted, ${result.summary.orphan} orphan\n`
      : 'no changes on the cluster\n',
  );
  const code = resultExitCode(result);
  if (code) return code;
  return resultChanged(result) && bool(args, 'exit-code') ? changesExit : 0;
}
