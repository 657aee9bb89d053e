import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A path from a project file that must stay inside the project (path, include, vars file). */
export function resolveInside(
  root: string,
  baseDir: string,
  rel: string,
  what: string,
  loc: { file: string; line?: number },
): string {
  const abs = path.resolve(baseDir, rel);
  if (!isInside(root, abs)) {
    throw new UserError(
      `${what} "${rel}" is outside the project`,
      loc,
      'paths must point to directories inside the project directory',
    );
  }
  return abs;
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** kluctl's template search: the first of `searchDirs` holding `name` (inside the project). */
export function findInSearchDirs(
  root: string,
  searchDirs: readonly string[],
  name: string,
): string | undefined {
  for (const dir of searchDirs) {
    const candidate = path.resolve(dir, name);
    if (isInside(root, candidate) && isFile(candidate)) return candidate;
  }
  return undefined;
}
