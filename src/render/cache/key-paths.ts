/**
 * Paths as cache keys name them: relative to the source they belong to (the user's
 * repository, or a fetched git/OCI source named by url and commit/digest), so the base and
 * the head of a diff (two checkouts) and later runs (other temporary directories) name the
 * same file alike. A path outside every source keeps its absolute name.
 */
import path from 'node:path';
import { isInside } from '../../util/project-boundary.js';

export interface KeyRoot {
  /** '' for the user's repository; url@commit (or digest) for a fetched source. */
  id: string;
  dir: string;
}

export class KeyPaths {
  private readonly roots: KeyRoot[];

  constructor(roots: readonly KeyRoot[]) {
    // The innermost root names a path: a fetched source may sit inside the user's directory.
    this.roots = [...roots].sort((a, b) => b.dir.length - a.dir.length);
  }

  key(abs: string): string {
    if (!abs) return '';
    for (const r of this.roots)
      if (isInside(r.dir, abs))
        return `${r.id}\0${path.relative(r.dir, abs).split(path.sep).join('/')}`;
    return abs;
  }

  /** The path a key names in this render; undefined when its source is not part of it. */
  abs(key: string): string | undefined {
    if (!key) return '';
    const sep = key.indexOf('\0');
    if (sep < 0) return key;
    const root = this.roots.find((r) => r.id === key.slice(0, sep));
    const parts = key
      .slice(sep + 1)
      .split('/')
      .filter(Boolean);
    // key() never writes `..`: a key holding one did not come from here, and must not lead
    // out of its source.
    if (!root || parts.some((p) => p === '..')) return undefined;
    return path.join(root.dir, ...parts);
  }
}
