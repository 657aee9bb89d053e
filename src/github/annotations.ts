/**
 * Errors where users look: an annotation with a file and line is shown by GitHub on that
 * line of the pull request's "Files changed" and in the run's summary, while a failure
 * message is one blob in the log. One annotation per problem.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';

export interface Problem {
  /** Shown as the annotation's title, e.g. `shipshape image-bump: ghcr.io/acme/web`. */
  title: string;
  message: string;
  /** Absolute path; a path outside `root` (or one that is not a file) is left in the message only. */
  file?: string;
  line?: number;
  col?: number;
}

/**
 * `core.error` for each problem, with `file` relative to the repository root `root` (GitHub
 * matches annotations to the repository's paths, not the runner's). `redact` is applied to
 * every text.
 */
export function annotateErrors(
  problems: readonly Problem[],
  root: string | undefined,
  redact: (text: string) => string = (t) => t,
): void {
  for (const p of problems) {
    const file = p.file && root ? repositoryPath(p.file, root) : undefined;
    core.error(redact(p.message), {
      title: redact(p.title),
      ...(file
        ? {
            file,
            ...(p.line ? { startLine: p.line } : {}),
            ...(p.line && p.col ? { startColumn: p.col } : {}),
          }
        : {}),
    });
  }
}

/** `file` relative to `root` with `/`, when it is an existing file inside `root`. */
export function repositoryPath(file: string, root: string): string | undefined {
  if (!path.isAbsolute(file) || !existsSync(file)) return undefined;
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
