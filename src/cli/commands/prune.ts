import { deleteCommand as runDelete, pruneCommand as runPrune } from '../../deploy/index.js';
import { bool, list } from '../args.js';
import {
  accessFlags,
  clusterAccess,
  confirmation,
  dryRunFlag,
  outputFormatFlag,
  resultExitCode,
  resultOutputs,
  shortOutputFlag,
  writeResult,
  yesFlag,
} from '../cluster-flags.js';
import type { Command } from '../command.js';
import { renderFlags, renderOptions } from '../flags.js';

const removeFlags = [
  ...renderFlags(),
  ...accessFlags,
  yesFlag,
  dryRunFlag,
  { name: 'no-wait', kind: 'bool' as const, help: "don't wait until deleted objects are gone" },
  outputFormatFlag,
  shortOutputFlag,
];

/** prune and delete: the same flags and output, different objects. */
export function removeCommand(
  name: 'prune' | 'delete',
  summary: string,
  details: string[],
): Command {
  return {
    name,
    summary,
    details: [
      ...details,
      '',
      "Objects are found by the discriminator label (the target's, or --discriminator) and deleted",
      'only when kluctl manages them (its field manager owns fields, no owner references, or',
      "kluctl.io/force-managed), not with kluctl.io/skip-delete (or Helm's resource-policy: keep),",
      'nor with kluctl.io/skip-delete-if-tags while -I/-E tags select. Namespaces go first.',
      'Without -y the objects are listed and you are asked first (needs a terminal).',
    ].join('\n'),
    flags: removeFlags,
    async run(args, io) {
      const outputs = resultOutputs(list(args, 'output-format'), io);
      const confirm = confirmation(
        args,
        io,
        name,
        (p) => `Do you really want to delete ${p.summary.deleted} object(s)?`,
      );
      const render = renderOptions(args, io);
      const run = name === 'prune' ? runPrune : runDelete;
      const result = await run({
        render,
        access: clusterAccess(args, io),
        log: render.log,
        confirm,
        dryRun: bool(args, 'dry-run'),
        noWait: bool(args, 'no-wait'),
      });
      writeResult(result, outputs, io, { short: bool(args, 'short-output') });
      return resultExitCode(result);
    },
  };
}

export const pruneCommand = removeCommand(
  'prune',
  "Delete orphan objects: on the cluster with the target's discriminator, no longer rendered",
  [
    'Renders the target, lists the objects on the cluster carrying its discriminator and deletes',
    'those that are no longer rendered (the orphans deploy and diff report).',
  ],
);
