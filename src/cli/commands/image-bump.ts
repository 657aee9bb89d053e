import { runImageBump, type ImageBumpReport } from '../../images/bump.js';
import { explanationParts, type Explanation } from '../../images/decide.js';
import { RegistryClient } from '../../registry/client.js';
import { loadOciCredentials } from '../../helm/credentials.js';
import { renderImageUses } from '../../render/index.js';
import { logSafe, logSafeJson } from '../../util/log-safe.js';
import { bool, list } from '../args.js';
import type { Command } from '../command.js';
import { outputFlag, outputFormat, renderFlags, renderOptions } from '../flags.js';
import type { CliIo } from '../io.js';

const flags = [
  ...renderFlags('target to bump (default: every target of the project)'),
  { name: 'dry-run', kind: 'bool' as const, help: 'only report what would change; write nothing' },
  { name: 'no-flux', kind: 'bool' as const, help: 'ignore Flux v1 annotated workloads' },
  outputFlag(['text', 'json'], 'text'),
];

const where = (e: { file?: string; line?: number }) =>
  e.file ? `${e.file}${e.line ? `:${e.line}` : ''}` : '';

function explain(x: Explanation): string {
  return `${explanationParts(x).join('; ')}; picked ${x.pick}: ${x.why}`;
}

function printText(report: ImageBumpReport, dryRun: boolean, io: CliIo): void {
  const lines: string[] = [];
  for (const u of report.updates) {
    lines.push(
      `${dryRun ? 'would update' : 'updated'} ${u.image} ${u.current || '(no tag)'} -> ${u.latest}  ${where(u)}  [${u.filter}]`,
    );
    lines.push(`  ${explain(u.explanation)}`);
  }
  for (const u of report.upToDate)
    lines.push(`up to date ${u.image}:${u.current}  ${where(u)}  [${u.filter}]`);
  for (const s of report.skipped)
    lines.push(`skipped ${s.image}${s.current ? `:${s.current}` : ''}  ${where(s)}  ${s.reason}`);
  for (const e of report.errors) {
    const subject = e.image ?? (e.target ? `target ${e.target}` : '');
    lines.push(`error ${subject}${where(e) ? `  ${where(e)}` : ''}: ${e.error}`);
    if (e.hint) lines.push(`  hint: ${e.hint}`);
  }
  const n = (k: number, what: string) => `${k} ${what}`;
  lines.push(
    [
      n(report.updates.length, dryRun ? 'to update' : 'updated'),
      n(report.upToDate.length, 'up to date'),
      n(report.skipped.length, 'skipped'),
      n(report.errors.length, report.errors.length === 1 ? 'error' : 'errors'),
    ].join(', '),
  );
  io.stdout(logSafe(`${lines.join('\n')}\n`));
}

export const imageBumpCommand: Command = {
  name: 'image-bump',
  summary: 'Move pinned images to the newest tag their version filter allows',
  details: [
    'Renders each target, asks the registries for tags and edits the fixed-image entries that',
    'pin what get_image() returns (fixed-images files, target images, images variables), plus',
    'the image of containers in Flux v1 automated workloads. Never downgrades. Exit code 1 when',
    'any image failed; the others are still bumped. Registry credentials: ~/.docker/config.json',
    '(DOCKER_CONFIG) and KLUCTL_REGISTRY_* variables (see docs/image-bump.md).',
  ].join('\n'),
  flags,
  async run(args, io) {
    const format = outputFormat(args, ['text', 'json'], 'text');
    const dryRun = bool(args, 'dry-run');
    const base = renderOptions(args, io);
    const { renders, errors: renderErrors } = await renderImageUses(base, list(args, 'target'));

    // --registry-* flags and Helm's registry config count for images too.
    const credentials = await loadOciCredentials(io.env, base.helmCredentials);
    for (const w of credentials.warnings) io.stderr(`warning: ${w}\n`);
    const registry = new RegistryClient({ credentials });
    let report: ImageBumpReport;
    try {
      report = await runImageBump({
        projectDir: base.projectDir,
        renders,
        registry,
        dryRun,
        flux: !bool(args, 'no-flux'),
        log: base.log,
      });
    } finally {
      await registry.close();
    }
    report.errors.unshift(...renderErrors);
    if (format === 'json')
      io.stdout(logSafeJson(`${JSON.stringify({ dryRun, ...report }, null, 2)}\n`));
    else printText(report, dryRun, io);
    return report.errors.length > 0 ? 1 : 0;
  },
};
