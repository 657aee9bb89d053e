/**
 * Template name resolution, kluctl's rules: `./x` and `../x` are relative to the including
 * template; any other name is looked up in the search directories in order (the item
 * directory, then each parent deployment directory up to the project root). Names cannot
 * climb with `..` inside a search directory, and nothing outside the project's boundary
 * loads, through a symlink neither (see util/project-boundary.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isInside, ProjectBoundary } from '../util/project-boundary.js';
import { TemplateError } from './errors.js';

export class ProjectLoader {
  private readonly cache = new Map<string, string>();
  private bounds: ProjectBoundary | undefined;
  /** Fetched sources (git/OCI includes, git vars): each is a boundary of its own. */
  private readonly sources: { dir: string; boundary: ProjectBoundary }[] = [];

  constructor(readonly root: string) {}

  // Found on first use: finding it walks up the directories looking for the git repository.
  private get projectBoundary(): ProjectBoundary {
    return (this.bounds ??= ProjectBoundary.forProject(this.root));
  }

  /** Registers a fetched source: templates in it load only from it (never from the parent). */
  addSource(dir: string): void {
    if (!this.sources.some((s) => s.dir === dir))
      this.sources.push({ dir, boundary: ProjectBoundary.exactly(dir) });
  }

  /** The boundary of the source `p` belongs to (a fetched one, else the project's). */
  private boundaryOf(p: string): ProjectBoundary {
    for (const s of this.sources) if (isInside(s.dir, p)) return s.boundary;
    return this.projectBoundary;
  }

  /**
   * The absolute file for `name`, as seen from the template at `fromPath` ('' for a string
   * template); throws TemplateNotFound (a TemplateError) naming what was searched.
   */
  resolve(name: string, fromPath: string, searchDirs: readonly string[]): string {
    const key = `${fromPath}\0${searchDirs.join('\0')}\0${name}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const found = this.find(name.replace(/\\/g, '/'), fromPath, searchDirs);
    this.cache.set(key, found);
    return found;
  }

  private find(name: string, fromPath: string, searchDirs: readonly string[]): string {
    // A name is looked up in the source of the template asking (or of the search dirs).
    const own = this.boundaryOf(fromPath || searchDirs[0] || this.root);
    if ((name.startsWith('./') || name.startsWith('../')) && fromPath) {
      return this.checked(own, path.resolve(path.dirname(fromPath), name), name);
    }
    if (path.isAbsolute(name)) return this.checked(own, path.normalize(name), name);
    const pieces = name.split('/').filter((p) => p && p !== '.');
    if (pieces.includes('..') || !pieces.length) throw this.notFound(name, searchDirs);
    for (const dir of searchDirs) {
      const candidate = path.join(dir, ...pieces);
      if (!existsSync(candidate)) continue;
      const boundary = this.boundaryOf(dir);
      this.assertReadable(boundary, candidate, name);
      if (boundary.isFile(candidate)) return candidate;
    }
    throw this.notFound(name, searchDirs);
  }

  private checked(boundary: ProjectBoundary, abs: string, name: string): string {
    this.assertReadable(boundary, abs, name);
    if (!boundary.isFile(abs)) throw new TemplateError('TemplateNotFound', name);
    return abs;
  }

  private assertReadable(boundary: ProjectBoundary, abs: string, name: string): void {
    const verdict = boundary.verdict(abs);
    if (verdict !== 'ok') {
      const why = {
        outside: 'outside the project',
        'link-outside': 'a symbolic link leading outside the project',
        'git-dir': 'inside a .git directory',
      }[verdict];
      throw new TemplateError(
        'TemplateNotFound',
        `${name} (${why}; templates can only load files of the project)`,
      );
    }
  }

  private notFound(name: string, searchDirs: readonly string[]): TemplateError {
    const where = searchDirs.map((d) => path.relative(this.root, d) || '.').join(', ');
    return new TemplateError(
      'TemplateNotFound',
      `${name} (searched: ${where || 'no directories'})`,
    );
  }
}
