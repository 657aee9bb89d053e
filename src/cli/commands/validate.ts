import { validateCommand as runValidate } from '../../deploy/index.js';
import { bool, list } from '../args.js';
import {
  accessFlags,
  clusterAccess,
  durationFlag,
  outputFormatFlag,
  resultExitCode,
  resultOutputs,
  writeResult,
} from '../cluster-flags.js';
import type { Command } from '../command.js';
import { renderFlags, renderOptions } from '../flags.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check that every rendered object is on the cluster and ready',
  details: [
    'Readiness per kind as kluctl defines it (Deployments, StatefulSets, DaemonSets, Jobs, Pods,',
    'PVCs, LoadBalancer Services, CRDs, APIServices, a Ready condition), with kluctl.io/is-ready',
    'and kluctl.io/validate-ignore; validate-result.kluctl.io/* annotations are reported.',
    'Objects marked kluctl.io/delete must be gone. Exit code 1 when not ready.',
  ].join('\n'),
  flags: [
    ...renderFlags(),
    ...accessFlags,
    {
      name: 'wait',
      kind: 'string',
      metavar: 'DURATION',
      help: 'keep validating for this long until everything is ready',
    },
    {
      name: 'sleep',
      kind: 'string',
      metavar: 'DURATION',
      help: 'time between validation attempts (default 5s)',
    },
    { name: 'warnings-as-errors', kind: 'bool', help: 'warnings make validation fail' },
    outputFormatFlag,
  ],
  async run(args, io) {
    const outputs = resultOutputs(list(args, 'output-format'), io);
    const waitMs = durationFlag(args, 'wait', 0);
    const sleepMs = durationFlag(args, 'sleep', 5000);
    const render = renderOptions(args, io);
    const result = await runValidate({
      render,
      access: clusterAccess(args, io),
      log: render.log,
      waitMs,
      sleepMs,
      warningsAsErrors: bool(args, 'warnings-as-errors'),
    });
    writeResult(result, outputs, io);
    return resultExitCode(result);
  },
};
