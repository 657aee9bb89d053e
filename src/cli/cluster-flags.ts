/**
 * Flags and output of the commands that talk to a cluster (deploy, diff against the cluster,
 * prune, delete, validate): kluctl's names, plus `--kubeconfig`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ClusterAccess } from '../deploy/commands.js';
import { parseDuration } from '../deploy/duration.js';
import { renderResultMarkdown } from '../deploy/render-markdown.js';
import { renderResultText } from '../deploy/render-text.js';
import { resultToJson, resultToYaml, type CommandResult } from '../deploy/result.js';
import { UsageError } from '../util/errors.js';
import { logSafe, logSafeJson, logSafeYaml } from '../util/log-safe.js';
import { bool, list, str, type FlagSpec, type ParsedArgs } from './args.js';
import type { CliIo } from './io.js';

export const accessFlags: FlagSpec[] = [
  {
    name: 'context',
    kind: 'string',
    metavar: 'NAME',
    help: "kubeconfig context to use instead of the target's",
  },
  {
    name: 'kubeconfig',
    kind: 'string',
    metavar: 'FILE',
    help: 'kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)',
  },
];

export const OUTPUT_FORMATS = ['text', 'json', 'yaml', 'markdown'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const outputFormatFlag: FlagSpec = {
  name: 'output-format',
  short: 'o',
  kind: 'list',
  metavar: 'FORMAT[=FILE]',
  help: `result as ${OUTPUT_FORMATS.join('|')} on stdout, or written to FILE (default text)`,
};

export const shortOutputFlag: FlagSpec = {
  name: 'short-output',
  kind: 'bool',
  help: 'text output: only the names of changed objects, no diffs',
};

export const yesFlag: FlagSpec = {
  name: 'yes',
  short: 'y',
  kind: 'bool',
  help: "don't ask for confirmation",
};

export const dryRunFlag: FlagSpec = {
  name: 'dry-run',
  kind: 'bool',
  help: 'send every request with dryRun=All: nothing is changed',
};

export function clusterAccess(p: ParsedArgs, io: CliIo): ClusterAccess {
  const kubeconfig = str(p, 'kubeconfig');
  return {
    kubeconfig: kubeconfig ? path.resolve(io.cwd, kubeconfig) : undefined,
    context: str(p, 'context'),
    env: io.env,
  };
}

export interface ResultOutput {
  format: OutputFormat;
  file?: string;
}

/** `-o json`, `-o yaml=result.yaml` (repeatable); checked before anything runs. */
export function resultOutputs(values: readonly string[], io: CliIo): ResultOutput[] {
  const outs = values.map((v) => {
    const eq = v.indexOf('=');
    const format = (eq < 0 ? v : v.slice(0, eq)) as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format))
      throw new UsageError(
        `-o/--output-format must be FORMAT or FORMAT=FILE with FORMAT one of ${OUTPUT_FORMATS.join(', ')}, got "${v}"`,
      );
    const file = eq < 0 ? undefined : v.slice(eq + 1);
    if (file === '') throw new UsageError(`-o ${format}= needs a file name after "="`);
    return { format, ...(file ? { file: path.resolve(io.cwd, file) } : {}) };
  });
  return outs.length ? outs : [{ format: 'text' }];
}

export function durationFlag(p: ParsedArgs, name: string, dflt?: number): number | undefined {
  const v = str(p, name);
  if (v === undefined) return dflt;
  const ms = parseDuration(v);
  if (ms === undefined)
    throw new UsageError(`--${name} must be a duration such as 30s, 5m or 1h, got "${v}"`);
  return ms;
}

/**
 * Prints or writes the result in every requested format. What goes to stdout is made safe
 * for a GitHub Actions log; files get the data as it is.
 */
export function writeResult(
  result: CommandResult,
  outputs: readonly ResultOutput[],
  io: CliIo,
  opts: { short?: boolean } = {},
): void {
  for (const o of outputs) {
    const text =
      o.format === 'json'
        ? resultToJson(result)
        : o.format === 'yaml'
          ? resultToYaml(result)
          : o.format === 'markdown'
            ? renderResultMarkdown(result)
            : renderResultText(result, opts);
    if (o.file) {
      mkdirSync(path.dirname(o.file), { recursive: true });
      writeFileSync(o.file, text);
    } else if (o.format === 'json') io.stdout(logSafeJson(text));
    else if (o.format === 'yaml') io.stdout(logSafeYaml(JSON.parse(resultToJson(result))));
    else io.stdout(logSafe(text));
  }
}

/** Exit code of a cluster command: 1 when anything failed (validate: when not ready). */
export const resultExitCode = (r: CommandResult) =>
  r.errors.length > 0 || (r.command === 'validate' && !r.ready) ? 1 : 0;

/**
 * The confirmation kluctl asks for before changing a cluster, or undefined with -y / a dry
 * run. Without a terminal to ask on, -y is required.
 */
export function confirmation(
  p: ParsedArgs,
  io: CliIo,
  command: string,
  question: (preview: CommandResult) => string,
): ((preview: CommandResult) => Promise<boolean>) | undefined {
  if (bool(p, 'yes') || bool(p, 'dry-run')) return undefined;
  const ask = io.confirm;
  if (!ask)
    throw new UsageError(
      `${command} asks for confirmation before it changes the cluster, but there is no terminal to ask on: pass -y (--yes)`,
    );
  return async (preview) => {
    io.stderr(
      renderResultText(preview, {
        short: list(p, 'output-format').length > 0 || bool(p, 'short-output'),
      }),
    );
    return ask(question(preview));
  };
}
