import { explanationText, helmUpdate, type HelmUpdateReport } from '../../helm/update.js';
import { logSafe } from '../../util/log-safe.js';
import { bool } from '../args.js';
import type { Command } from '../command.js';
import { helmCredentialFlags, runChartCommand } from '../helm-flags.js';
import { outputFlag } from '../flags.js';
import type { CliIo } from '../io.js';

function printText(r: HelmUpdateReport, io: CliIo): void {
  const where = (u: { file: string; line?: number }) => `${u.file}${u.line ? `:${u.line}` : ''}`;
  const lines: string[] = [];
  for (const u of r.updates) {
    lines.push(
      `${r.upgrade ? 'updated' : 'update available'} ${u.chart} ${u.current} -> ${u.latest}  ${where(u)}${u.constraint ? `  [${u.constraint}]` : ''}`,
    );
    lines.push(`  ${explanationText(u)}`);
  }
  for (const u of r.upToDate)
    lines.push(`up to date ${u.chart} ${u.current}  ${where(u)}  (${u.explanation.why})`);
  for (const s of r.skipped) lines.push(`skipped ${s.chart} (${s.file}): ${s.reason}`);
  if (r.pull)
    for (const p of r.pull.pulled) lines.push(`pulled ${p.chart} ${p.version} into ${p.dir}`);
  if (r.pull)
    for (const p of r.pull.removed) lines.push(`removed ${p.chart} ${p.version} (${p.dir})`);
  for (const e of r.errors) {
    lines.push(
      `error${e.chart ? ` ${e.chart}` : ''}${e.file ? ` ${e.file}${e.line ? `:${e.line}` : ''}` : ''}: ${e.error}`,
    );
    if (e.hint) lines.push(`  hint: ${e.hint}`);
  }
  lines.push(
    `${r.updates.length} ${r.upgrade ? 'updated' : 'to update'}, ${r.upToDate.length} up to date, ${r.skipped.length} skipped, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`,
  );
  io.stdout(logSafe(`${lines.join('\n')}\n`));
}

export const helmUpdateCommand: Command = {
  name: 'helm-update',
  summary: 'Find newer Helm chart versions allowed by updateConstraints (and apply them)',
  details: [
    'For every helm-chart.yaml without skipUpdate, lists the versions the chart source offers',
    '(index.yaml, OCI tags, semver git tags), keeps those updateConstraints allows (Masterminds',
    'semver as Helm uses it; without a constraint no pre-releases), and reports the newest,',
    'never a downgrade. --upgrade writes it into chartVersion (only that value changes) and pulls',
    'the new version into .helm-charts, removing the old one. Exit code 1 when any chart failed.',
  ].join('\n'),
  flags: [
    {
      name: 'project-dir',
      kind: 'string',
      metavar: 'DIR',
      help: 'project root (holding .kluctl.yaml; default: current directory)',
    },
    {
      name: 'upgrade',
      kind: 'bool',
      help: 'write the new versions into helm-chart.yaml and pull them',
    },
    ...helmCredentialFlags,
    outputFlag(['text', 'json'], 'text'),
  ],
  run: (args, io) =>
    runChartCommand(
      args,
      io,
      ({ projectDir, sources, log }) =>
        helmUpdate({ projectDir, sources, upgrade: bool(args, 'upgrade'), log }),
      printText,
    ),
};
