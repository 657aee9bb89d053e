import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ErrorLocation } from '../util/errors.js';
import type { ProjectBoundary } from '../util/project-boundary.js';

export { isInside } from '../util/project-boundary.js';

/**
 * A path from a project file (path, include, vars file): resolved against `baseDir` and
 * checked, as written and through symlinks, against the project's boundary.
 */
export function resolveInside(
  boundary: ProjectBoundary,
  baseDir: string,
  rel: string,
  what: string,
  loc: ErrorLocation,
): string {
  return boundary.check(path.resolve(baseDir, rel), what, loc, rel);
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * kluctl's template search: the first of `searchDirs` holding `name`. A candidate that
 * exists but leads outside the boundary is an error, not a miss, so a link cannot make a
 * later directory's file win silently.
 */
export function findInSearchDirs(
  boundary: ProjectBoundary,
  searchDirs: readonly string[],
  name: string,
  what: string,
  loc: ErrorLocation,
): string | undefined {
  for (const dir of searchDirs) {
    const candidate = path.resolve(dir, name);
    if (!existsSync(candidate)) continue;
    boundary.check(candidate, what, loc);
    if (boundary.isFile(candidate)) return candidate;
  }
  return undefined;
}
