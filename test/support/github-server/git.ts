/**
 * The stand-in's repository content: a real bare git repository, written with git plumbing
 * (hash-object, update-index on a private index, write-tree, commit-tree, update-ref), so
 * tests can clone it and check what the code under test made with plain git.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Identity {
  name: string;
  email: string;
  /** Seconds since the epoch. */
  time: number;
}

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  author: Identity;
  committer: Identity;
  message: string;
}

export interface LsTreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
  path: string;
}

/** A change to a tree: `sha: null` removes the path. */
export interface TreeEdit {
  path: string;
  mode: string;
  sha: string | null;
}

export class GitError extends Error {}

const ZERO = '0'.repeat(40);

export class BareRepo {
  private constructor(readonly dir: string) {}

  static async init(dir: string, defaultBranch: string): Promise<BareRepo> {
    await run(['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, dir]);
    return new BareRepo(dir);
  }

  git(
    args: string[],
    options: { input?: Buffer | string; env?: Record<string, string> } = {},
  ): Promise<Buffer> {
    return run(['--git-dir', this.dir, ...args], options);
  }

  private async text(
    args: string[],
    options?: { input?: Buffer | string; env?: Record<string, string> },
  ) {
    return (await this.git(args, options)).toString('utf8').trim();
  }

  writeBlob(content: Buffer): Promise<string> {
    return this.text(['hash-object', '-w', '--stdin'], { input: content });
  }

  readBlob(sha: string): Promise<Buffer> {
    return this.git(['cat-file', 'blob', sha]);
  }

  /** `commit`, `tree`, `blob`, or undefined when there is no such object. */
  async typeOf(sha: string): Promise<string | undefined> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
    return this.text(['cat-file', '-t', sha]).catch(() => undefined);
  }

  async branchHead(branch: string): Promise<string | undefined> {
    return this.text(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]).catch(
      () => undefined,
    );
  }

  async branches(): Promise<Map<string, string>> {
    const out = await this.text([
      'for-each-ref',
      '--format=%(refname:lstrip=2) %(objectname)',
      'refs/heads',
    ]);
    return new Map(out ? out.split('\n').map((l) => l.split(' ') as [string, string]) : []);
  }

  async readCommit(sha: string): Promise<CommitObject> {
    const raw = (await this.git(['cat-file', 'commit', sha])).toString('utf8');
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split).split('\n');
    const ident = (line: string): Identity => {
      const m = /^\w+ (.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line)!;
      return { name: m[1], email: m[2], time: Number(m[3]) };
    };
    return {
      sha,
      tree: headers.find((h) => h.startsWith('tree '))!.slice(5),
      parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice(7)),
      author: ident(headers.find((h) => h.startsWith('author '))!),
      committer: ident(headers.find((h) => h.startsWith('committer '))!),
      message: raw.slice(split + 2),
    };
  }

  async listTree(sha: string, recursive = false): Promise<LsTreeEntry[]> {
    const out = await this.text(['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), sha]);
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, name] = line.split('\t');
        const [mode, type, objectSha, size] = meta.split(/\s+/);
        return {
          mode,
          type: type as LsTreeEntry['type'],
          sha: objectSha,
          ...(size !== '-' ? { size: Number(size) } : {}),
          path: name,
        };
      });
  }

  /** Tree `base` (or the empty tree) with `edits` applied, through a private index. */
  async buildTree(base: string | undefined, edits: readonly TreeEdit[]): Promise<string> {
    const scratch = await mkdtemp(path.join(tmpdir(), 'gh-index-'));
    const env = { GIT_INDEX_FILE: path.join(scratch, 'index') };
    try {
      await this.git(base ? ['read-tree', base] : ['read-tree', '--empty'], { env });
      const info = edits
        .map((e) => (e.sha ? `${e.mode} ${e.sha}\t${e.path}` : `0 ${ZERO}\t${e.path}`))
        .join('\n');
      await this.git(['update-index', '--index-info'], { env, input: info + '\n' });
      return await this.text(['write-tree'], { env });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  commitTree(
    tree: string,
    parents: readonly string[],
    message: string,
    author: Identity,
    committer: Identity,
  ) {
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: `@${author.time} +0000`,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: `@${committer.time} +0000`,
    };
    return this.text(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], {
      env,
      input: message,
    });
  }

  /** Moves (or creates, with `expected` ZERO) a branch; false when it was not at `expected`. */
  async setBranch(branch: string, sha: string, expected?: string): Promise<boolean> {
    const args = [
      'update-ref',
      `refs/heads/${branch}`,
      sha,
      ...(expected !== undefined ? [expected] : []),
    ];
    return this.git(args).then(
      () => true,
      () => false,
    );
  }

  async deleteBranch(branch: string): Promise<void> {
    await this.git(['update-ref', '-d', `refs/heads/${branch}`]);
  }

  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    return this.git(['merge-base', '--is-ancestor', ancestor, of]).then(
      () => true,
      () => false,
    );
  }

  static readonly ZERO = ZERO;
}

export function run(
  args: string[],
  options: { input?: Buffer | string; env?: Record<string, string>; cwd?: string } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else
        reject(
          new GitError(`git ${args.join(' ')}: ${Buffer.concat(err).toString('utf8').trim()}`),
        );
    });
    if (child.stdin) {
      // git may exit before reading all of it (a failed command): its reply tells what happened.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }
  });
}
