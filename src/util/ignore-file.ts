/**
 * Ignore files in gitignore syntax (`.gitignore`, kluctl's `.templateignore`): the rules of the
 * file beside a path and of every parent directory up to a root, later rules winning, `!`
 * negating, a trailing `/` for directories only, a slash at the start or in the middle
 * anchoring the pattern to the file's directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Rule {
  /** Directory of the .templateignore file (absolute). */
  base: string;
  regex: RegExp;
  negate: boolean;
  dirOnly: boolean;
}

function globToRegex(glob: string, anchored: boolean): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of directories, a trailing "**" everything below.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) re += `\\${glob[++i]}`;
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(anchored ? `^${re}$` : `(?:^|/)${re}$`);
}

function parse(base: string, text: string): Rule[] {
  const rules: Rule[] = [];
  for (let line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    line = line.replace(/(?<!\\)\s+$/, '');
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    // A slash at the start or in the middle anchors the pattern to the file's directory.
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    rules.push({ base, regex: globToRegex(line, anchored), negate, dirOnly });
  }
  return rules;
}

export class IgnoreFiles {
  private readonly cache = new Map<string, Rule[]>();

  /** `fileName` files (e.g. `.gitignore`) in `root` and below it. */
  constructor(
    private readonly root: string,
    private readonly fileName: string,
  ) {}

  private rulesFor(dir: string): Rule[] {
    let rules = this.cache.get(dir);
    if (rules) return rules;
    const parent =
      dir === this.root || !dir.startsWith(this.root) ? [] : this.rulesFor(path.dirname(dir));
    let own: Rule[] = [];
    const file = path.join(dir, this.fileName);
    // Most directories have none: asking first is cheaper than a failed read.
    if (existsSync(file)) {
      try {
        own = parse(dir, readFileSync(file, 'utf8'));
      } catch {
        // unreadable (a directory of that name, say): no rules
      }
    }
    rules = [...parent, ...own];
    this.cache.set(dir, rules);
    return rules;
  }

  /** Whether `file` (absolute; a directory when `isDir`) or one of its parent directories is ignored. */
  ignores(file: string, isDir = false): boolean {
    const rules = this.rulesFor(path.dirname(file));
    let ignored = false;
    for (const rule of rules) {
      const rel = path.relative(rule.base, file).split(path.sep).join('/');
      // Test the path and each parent directory below the rule's base.
      const parts = rel.split('/');
      for (let n = 1; n <= parts.length; n++) {
        const dir = n < parts.length || isDir;
        if (rule.dirOnly && !dir) continue;
        if (rule.regex.test(parts.slice(0, n).join('/'))) {
          ignored = !rule.negate;
          break;
        }
      }
    }
    return ignored;
  }
}
