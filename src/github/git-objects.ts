/**
 * Git object ids computed locally, so that comparing a wanted change with what a branch
 * holds costs a few tree listings instead of downloading files: a blob id is the SHA-1 of
 * `blob <size>\0<bytes>`, a tree id that of its sorted entries (git's object format).
 */
import { createHash } from 'node:crypto';
import { UserError } from '../util/errors.js';
import type { GitHubClient, RepoRef } from './client.js';
import { withGitHubErrors } from './errors.js';

export type FileContent = string | Uint8Array;

/** A file to write (UTF-8 text or bytes), or with `content: null` to delete. */
export interface FileChange {
  path: string;
  content: FileContent | null;
}

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

/** A file the plan changes: `content` null means deleted. */
export interface PlannedFile {
  path: string;
  mode: string;
  sha: string;
  content: Buffer | null;
}

export interface TreePlan {
  baseTree: string;
  /** Id of the base tree with the changes applied. */
  tree: string;
  /** Only the changes that differ from the base tree. */
  files: PlannedFile[];
}

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export function blobSha(content: FileContent): string {
  const bytes = toBuffer(content);
  return gitHash('blob', bytes);
}

export function treeSha(entries: ReadonlyMap<string, TreeEntry>): string {
  // Git sorts entries by name bytes, a tree's name as if it ended in '/'.
  const key = (name: string, e: TreeEntry) => Buffer.from(e.type === 'tree' ? `${name}/` : name);
  const sorted = [...entries].sort(([a, ea], [b, eb]) => Buffer.compare(key(a, ea), key(b, eb)));
  const body = Buffer.concat(
    sorted.flatMap(([name, e]) => [
      Buffer.from(`${e.mode.replace(/^0+/, '')} ${name}\0`),
      Buffer.from(e.sha, 'hex'),
    ]),
  );
  return gitHash('tree', body);
}

function gitHash(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

export function toBuffer(content: FileContent): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

interface Dir {
  entries: Map<string, TreeEntry>;
  /** Subdirectories the plan touches, by name. */
  children: Map<string, Dir>;
}

/** Applies `changes` to `baseTree` on paper, listing only the directories on their paths. */
export async function planTree(
  gh: GitHubClient,
  repo: RepoRef,
  baseTree: string,
  changes: readonly FileChange[],
): Promise<TreePlan> {
  const list = async (sha: string): Promise<Dir> => {
    const { data } = await withGitHubErrors(
      { what: `reading tree ${sha} of ${repo.owner}/${repo.repo}`, permission: 'contents: read' },
      () => gh.octokit.rest.git.getTree({ ...repo, tree_sha: sha }),
    );
    const entries = new Map<string, TreeEntry>();
    for (const e of data.tree) {
      if (e.path && e.mode && e.sha)
        entries.set(e.path, { mode: e.mode, type: e.type as TreeEntry['type'], sha: e.sha });
    }
    return { entries, children: new Map() };
  };

  const root = await list(baseTree);
  const files: PlannedFile[] = [];
  for (const change of dedupe(changes)) {
    const segments = splitPath(change.path);
    const name = segments.pop()!;
    let dir: Dir | undefined = root;
    for (const segment of segments) {
      dir = await subdir(dir, segment, change, list);
      if (!dir) break;
    }
    const existing = dir?.entries.get(name);
    if (existing?.type === 'tree') {
      throw new UserError(`Cannot write ${change.path}: it is a directory in the repository.`);
    }
    if (change.content === null) {
      if (!dir || !existing) continue;
      dir.entries.delete(name);
      files.push({
        path: segments.concat(name).join('/'),
        mode: existing.mode,
        sha: existing.sha,
        content: null,
      });
      continue;
    }
    const content = toBuffer(change.content);
    const sha = blobSha(content);
    if (existing?.sha === sha) continue;
    const mode = existing?.mode ?? '100644';
    dir!.entries.set(name, { mode, type: 'blob', sha });
    files.push({ path: segments.concat(name).join('/'), mode, sha, content });
  }
  return { baseTree, tree: hashDir(root) ?? EMPTY_TREE, files };
}

/** The directory `name` in `dir`, listed on first use; made when a write needs it. */
async function subdir(
  dir: Dir,
  name: string,
  change: FileChange,
  list: (sha: string) => Promise<Dir>,
): Promise<Dir | undefined> {
  let child = dir.children.get(name);
  if (child) return child;
  const entry = dir.entries.get(name);
  if (entry && entry.type !== 'tree') {
    throw new UserError(
      `Cannot write ${change.path}: ${name} is a file in the repository, not a directory.`,
    );
  }
  if (!entry && change.content === null) return undefined;
  child = entry ? await list(entry.sha) : { entries: new Map(), children: new Map() };
  dir.children.set(name, child);
  return child;
}

/** Tree id of `dir` after the changes; undefined when it ends up empty (git keeps no empty trees). */
function hashDir(dir: Dir): string | undefined {
  for (const [name, child] of dir.children) {
    const sha = hashDir(child);
    if (sha) dir.entries.set(name, { mode: '040000', type: 'tree', sha });
    else dir.entries.delete(name);
  }
  return dir.entries.size ? treeSha(dir.entries) : undefined;
}

function splitPath(path: string): string[] {
  const segments = path.replace(/^\.?\//, '').split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s === '.git')) {
    throw new UserError(`Not a file path inside the repository: ${JSON.stringify(path)}`);
  }
  return segments;
}

/** The last change of each path wins. */
function dedupe(changes: readonly FileChange[]): FileChange[] {
  const byPath = new Map<string, FileChange>();
  for (const c of changes) byPath.set(splitPath(c.path).join('/'), c);
  return [...byPath.values()];
}
