/**
 * Template name resolution, kluctl's rules: `./x` and `../x` are relative to the including
 * template; any other name is looked up in the search directories in order (the item
 * directory, then each parent deployment directory up to the project root). Names cannot
 * climb with `..` inside a search directory, and nothing outside the project root loads.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { TemplateError } from './errors.js';

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export class ProjectLoader {
  private readonly cache = new Map<string, string>();

  constructor(readonly root: string) {}

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
    if ((name.startsWith('./') || name.startsWith('../')) && fromPath) {
      return this.checked(path.resolve(path.dirname(fromPath), name), name);
    }
    if (path.isAbsolute(name)) return this.checked(path.normalize(name), name);
    const pieces = name.split('/').filter((p) => p && p !== '.');
    if (pieces.includes('..') || !pieces.length) throw this.notFound(name, searchDirs);
    for (const dir of searchDirs) {
      const candidate = path.join(dir, ...pieces);
      if (isInside(this.root, candidate) && isFile(candidate)) return candidate;
    }
    throw this.notFound(name, searchDirs);
  }

  private checked(abs: string, name: string): string {
    if (!isInside(this.root, abs)) {
      throw new TemplateError(
        'TemplateNotFound',
        `${name} (outside the project directory; templates can only load files inside it)`,
      );
    }
    if (!isFile(abs)) throw new TemplateError('TemplateNotFound', name);
    return abs;
  }

  private notFound(name: string, searchDirs: readonly string[]): TemplateError {
    const where = searchDirs.map((d) => path.relative(this.root, d) || '.').join(', ');
    return new TemplateError(
      'TemplateNotFound',
      `${name} (searched: ${where || 'no directories'})`,
    );
  }
}
