import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface SourceActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT as written (name<<delimiter blocks). */
  outputs: string;
  summary: string;
}

/**
 * Runs an action the way the runner does (inputs as INPUT_*, outputs and summary through the
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a process of its own whose stdout the runner
 * reads for workflow commands), from the TypeScript sources through tsx, so a probe checks
 * the code as it is now rather than the last bundle in dist/.
 */
export function runActionFromSource(
  command: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<SourceActionRun> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'shipshape-action-src-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const files = {
    output: path.join(tmp, 'output'),
    summary: path.join(tmp, 'summary'),
    entry: path.join(tmp, 'entry.mts'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const index = pathToFileURL(path.join(repoRoot, 'src/actions/index.ts')).href;
  writeFileSync(
    files.entry,
    `import { runAction } from ${JSON.stringify(index)};\nawait runAction(${JSON.stringify(command)});\n`,
  );
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', files.entry],
      {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          RUNNER_TEMP: tmp,
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary,
          ...inputEnv,
          ...env,
        },
      },
      (err, stdout, stderr) =>
        resolve({
          code: err ? ((err as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          outputs: readFileSync(files.output, 'utf8'),
          summary: readFileSync(files.summary, 'utf8'),
        }),
    );
  });
}

/**
 * The workflow commands the runner would find in a step's output, parsed the way it does
 * (actions/runner ActionCommand): it splits lines at CR as well as LF; a line that, after
 * leading whitespace, is `::name …::data` is that command; any other line is searched for
 * the older `##[name …]` form anywhere in it.
 */
export function workflowCommands(output: string): string[] {
  const found: string[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const v2 = /^[\s\u0085]*::(.*?)::/.exec(line);
    if (v2) found.push(v2[1].split(' ')[0]);
    else for (const m of line.matchAll(/##\[([^\s\]]*)/g)) found.push(m[1]);
  }
  return found;
}
