/**
 * The one place that decides whether a project may read a path. A project (and so a pull
 * request) names files in includes, item paths, vars files and templates; checking the
 * text of such a path is not enough, because a committed symlink can point anywhere. Every
 * path is therefore checked twice: as written (no `..` out of the boundary) and as the file
 * system resolves it (its real path must be inside the boundary's real path too).
 *
 * The boundary is the git repository the project lives in (kluctl lets a project in a
 * sub-directory include `../base` of the same repository), else the project directory.
 * Nothing under a `.git` directory is ever readable: it holds the checkout's credentials
 * (actions/checkout persists the job token in .git/config).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError, type ErrorLocation } from './errors.js';

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realpathOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** The nearest directory at or above `dir` holding `.git` (a directory, or a worktree's file). */
export function findGitRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

export type PathVerdict = 'ok' | 'outside' | 'link-outside' | 'git-dir';

export class ProjectBoundary {
  private readonly realRoot: string;

  private constructor(readonly root: string) {
    this.realRoot = realpathOrUndefined(root) ?? root;
  }

  /** The boundary for a project directory: its git repository, else the directory itself. */
  static forProject(projectDir: string): ProjectBoundary {
    const dir = path.resolve(projectDir);
    return new ProjectBoundary(findGitRoot(dir) ?? dir);
  }

  /** A boundary that is exactly `dir` (a checked-out include, a rendered directory). */
  static exactly(dir: string): ProjectBoundary {
    return new ProjectBoundary(path.resolve(dir));
  }

  /** Why `p` (absolute) may not be read, or 'ok'. A path that does not exist is judged by its text. */
  verdict(p: string): PathVerdict {
    const abs = path.resolve(p);
    if (!isInside(this.root, abs)) return 'outside';
    if (this.inGitDir(this.root, abs)) return 'git-dir';
    const real = realpathOrUndefined(abs);
    if (real === undefined) return 'ok';
    if (!isInside(this.realRoot, real)) return 'link-outside';
    if (this.inGitDir(this.realRoot, real)) return 'git-dir';
    return 'ok';
  }

  contains(p: string): boolean {
    return this.verdict(p) === 'ok';
  }

  /** `p` itself when it may be read; otherwise a UserError saying why and what to do. */
  check(p: string, what: string, loc: ErrorLocation = {}, written?: string): string {
    const verdict = this.verdict(p);
    if (verdict === 'ok') return path.resolve(p);
    const shown = written ?? this.display(p);
    if (verdict === 'git-dir')
      throw new UserError(
        `${what} "${shown}" is inside a .git directory`,
        loc,
        'projects cannot read git metadata; point to a file of the working tree',
      );
    if (verdict === 'link-outside')
      throw new UserError(
        `${what} "${shown}" is a symbolic link (or inside one) that leads outside the ${this.rootName()}`,
        loc,
        `replace the link with the file itself, or point it at a file inside ${this.root}`,
      );
    throw new UserError(
      `${what} "${shown}" is outside the ${this.rootName()}`,
      loc,
      `paths must point inside ${this.root}`,
    );
  }

  /** Whether `p` resolves to a directory that may be read. */
  isDirectory(p: string): boolean {
    return this.contains(p) && statKind(p) === 'dir';
  }

  /** Whether `p` resolves to a regular file that may be read. */
  isFile(p: string): boolean {
    return this.contains(p) && statKind(p) === 'file';
  }

  private display(p: string): string {
    return path.relative(this.root, path.resolve(p)) || '.';
  }

  private rootName(): string {
    return existsSync(path.join(this.root, '.git')) ? 'git repository' : 'project';
  }

  private inGitDir(root: string, p: string): boolean {
    return path.relative(root, p).split(path.sep).includes('.git');
  }
}

function statKind(p: string): 'file' | 'dir' | undefined {
  try {
    const st = statSync(p);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}
