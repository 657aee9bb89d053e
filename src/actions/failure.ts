/** How an action's failure reaches the user: annotations on the files at fault where there are any. */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { annotateErrors, type Problem } from '../github/annotations.js';
import { UserError } from '../util/errors.js';
import { repoRootOf } from './git.js';
import { redactRunnerSecrets } from './runner-secrets.js';

/**
 * Thrown by a command that has already annotated each of its problems (image-bump's failed
 * images): the step fails with its message in the log, and no further annotation repeats them.
 */
export class ReportedFailure extends Error {}

/**
 * A UserError as an annotation: the message and hint, at its file and line. A relative file
 * is looked for in each of `dirs` in turn (template errors name files relative to the
 * project); one found nowhere is left in the message only.
 */
export function problemOf(err: UserError, title: string, ...dirs: string[]): Problem {
  const candidates = err.file ? dirs.map((d) => path.resolve(d, err.file!)) : [];
  return {
    title,
    message: err.message + (err.hint ? `\nhint: ${err.hint}` : ''),
    file: candidates.find((f) => existsSync(f)) ?? candidates[0],
    line: err.line,
    col: err.col,
  };
}

/** Annotations for a list of problems, relative to the repository holding `dir`. */
export async function annotate(problems: readonly Problem[], dir: string): Promise<void> {
  annotateErrors(problems, await repoRootOf(dir), redactRunnerSecrets);
}

/**
 * Fails the step for `err` when it can do better than a plain failure message: an error
 * about a file becomes an annotation on it. Returns false for every other error.
 */
export async function reportFailure(
  err: unknown,
  command: string,
  workspace: string,
): Promise<boolean> {
  if (err instanceof ReportedFailure) {
    core.info(redactRunnerSecrets(err.message));
    process.exitCode = core.ExitCode.Failure;
    return true;
  }
  if (!(err instanceof UserError) || !err.file) return false;
  const projectDir = path.resolve(workspace, core.getInput('project-dir') || '.');
  const problem = problemOf(err, `shipshape ${command}`, projectDir, workspace);
  await annotate([problem], path.dirname(problem.file!));
  process.exitCode = core.ExitCode.Failure;
  return true;
}
