/**
 * The persistent layer of the render cache: a directory (`--cache-dir`) that runs share.
 *
 * - Only a directory this code made is used: it holds `shipshape-cache.json`. Anything else
 *   (someone's files, another tool's cache, another layout) is left alone with a warning.
 * - Every file is written under a temporary name and renamed into place, so runs sharing
 *   the directory (in parallel too) see each file complete or not at all.
 * - Every file names what it holds and carries its checksum; one that does not match what
 *   was asked for is ignored with a warning (and rewritten when the item is rendered again).
 * - A run writes its own scope only (scope.ts); entries no run used for a week are removed,
 *   in every scope.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CacheScopes } from './scope.js';

const MARKER = 'shipshape-cache.json';
const MARKER_CONTENT = { format: 'shipshape-render-cache', version: 1 };
const MANIFEST_FORMAT = 'shipshape-manifest/1';
const ITEM_FORMAT = 'shipshape-item/1';
const DAY_MS = 24 * 3600 * 1000;
/** Entries not used for this long are removed by the runs that may write them. */
const UNUSED_MS = 7 * DAY_MS;

type Warn = (message: string) => void;

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function isOurs(dir: string, warn: Warn): boolean {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      warn(`cache directory ${dir} cannot be read (${(err as Error).message}): not used`);
      return false;
    }
    entries = [];
  }
  if (entries.includes(MARKER)) {
    let marker: unknown;
    try {
      marker = JSON.parse(readFileSync(path.join(dir, MARKER), 'utf8'));
    } catch {
      marker = undefined;
    }
    if (JSON.stringify(marker) === JSON.stringify(MARKER_CONTENT)) return true;
    warn(
      `cache directory ${dir} was written by another version of shipshape (its ${MARKER} differs): not used; delete it or choose another --cache-dir`,
    );
    return false;
  }
  // The temporary marker of a run making this directory at the same time (seen between its
  // write and its rename), or of one stopped in between, is ours: counting it as a foreign
  // file would turn a new cache directory down, for that run or for good.
  if (entries.some((e) => !e.startsWith(`.${MARKER}.`))) {
    warn(
      `cache directory ${dir} is not a shipshape cache (it has files but no ${MARKER}): not used; choose an empty or new directory for --cache-dir`,
    );
    return false;
  }
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = path.join(dir, `.${MARKER}.${process.pid}.${randomBytes(4).toString('hex')}`);
    writeFileSync(tmp, `${JSON.stringify(MARKER_CONTENT)}\n`);
    renameSync(tmp, path.join(dir, MARKER));
    return true;
  } catch (err) {
    warn(`cache directory ${dir} cannot be written (${(err as Error).message}): not used`);
    return false;
  }
}

export class DiskCache {
  private readonly pending = new Set<Promise<void>>();
  private readonly used = new Set<string>();
  private readonly corrupt: string[] = [];

  private constructor(
    readonly dir: string,
    private readonly scopes: CacheScopes,
    private readonly warn: Warn,
  ) {}

  /** The cache in `dir`, or undefined (with a warning) when `dir` is not one to use. */
  static open(dir: string, scopes: CacheScopes, warn: Warn): DiskCache | undefined {
    const abs = path.resolve(dir);
    return isOurs(abs, warn) ? new DiskCache(abs, scopes, warn) : undefined;
  }

  private file(scope: string, kind: 'manifests' | 'items', name: string): string {
    return path.join(this.dir, scope, kind, name.slice(0, 2), name);
  }

  /** The deps recorded for an input key, as JSON (deps.ts checks them). */
  readManifest(inputKey: string): unknown {
    for (const scope of this.scopes.read) {
      const file = this.file(scope, 'manifests', `${inputKey}.json`);
      const text = this.read(file, scope);
      if (text === undefined) continue;
      try {
        const m = JSON.parse(text.toString('utf8')) as Record<string, unknown>;
        if (m.format === MANIFEST_FORMAT && m.inputKey === inputKey) return m.deps;
      } catch {
        // reported below
      }
      this.corrupt.push(file);
    }
    return undefined;
  }

  /** The payload stored for a key, when a file holds it whole. */
  readItem(key: string): Buffer | undefined {
    for (const scope of this.scopes.read) {
      const file = this.file(scope, 'items', key);
      const data = this.read(file, scope);
      if (data === undefined) continue;
      const nl = data.indexOf(0x0a);
      try {
        const head = JSON.parse(data.subarray(0, nl).toString('utf8')) as Record<string, unknown>;
        const payload = data.subarray(nl + 1);
        if (
          nl > 0 &&
          head.format === ITEM_FORMAT &&
          head.key === key &&
          head.bytes === payload.length &&
          head.sha256 === sha256(payload)
        )
          return payload;
      } catch {
        // reported below
      }
      this.corrupt.push(file);
    }
    return undefined;
  }

  /** Reports a payload that passed its checksum but does not decode: it is not used again. */
  rejectItem(key: string): void {
    this.corrupt.push(this.file(this.scopes.write, 'items', key));
  }

  private read(file: string, scope: string): Buffer | undefined {
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      return undefined;
    }
    if (scope === this.scopes.write) this.used.add(file);
    return data;
  }

  writeManifest(inputKey: string, deps: unknown): void {
    const body = JSON.stringify({ format: MANIFEST_FORMAT, inputKey, deps });
    this.write(this.file(this.scopes.write, 'manifests', `${inputKey}.json`), body);
  }

  writeItem(key: string, payload: Buffer): void {
    const head = JSON.stringify({
      format: ITEM_FORMAT,
      key,
      bytes: payload.length,
      sha256: sha256(payload),
    });
    this.write(
      this.file(this.scopes.write, 'items', key),
      Buffer.concat([Buffer.from(`${head}\n`), payload]),
    );
  }

  /** Writes in the background (the render goes on); close() waits for them. */
  private write(file: string, data: string | Buffer): void {
    this.used.add(file);
    const tmpDir = path.join(this.dir, this.scopes.write, '.tmp');
    const tmp = path.join(tmpDir, `${process.pid}-${randomBytes(8).toString('hex')}`);
    const p = (async () => {
      try {
        await mkdir(tmpDir, { recursive: true });
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(tmp, data);
        await rename(tmp, file);
      } catch (err) {
        await rm(tmp, { force: true });
        this.warn(`cache: could not write ${file} (${(err as Error).message})`);
      }
    })();
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  /** Waits for the writes, keeps what this run used and removes what no run used for a week. */
  async close(): Promise<void> {
    await Promise.all(this.pending);
    if (this.corrupt.length)
      this.warn(
        `cache: ${this.corrupt.length} file(s) in ${this.dir} did not hold what their name says (e.g. ${path.relative(this.dir, this.corrupt[0])}) and were not used; they are rewritten when rendered again (delete the directory if this repeats)`,
      );
    const now = Date.now();
    const stale = now - UNUSED_MS;
    const touches: Promise<void>[] = [];
    const walk = (d: string) => {
      let entries;
      try {
        entries = readdirSync(d, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) {
          walk(p);
          continue;
        }
        let mtime: number;
        try {
          mtime = statSync(p).mtimeMs;
        } catch {
          continue; // removed by another run
        }
        if (this.used.has(p)) {
          if (mtime < now - DAY_MS) touches.push(utimes(p, now / 1000, now / 1000).catch(() => {}));
        } else if (mtime < stale) rmSync(p, { force: true });
      }
    };
    // Every scope: the scope of a closed pull request or a deleted branch has no run of its
    // own left to clean it. Only what no run used for a week goes.
    let scopes: string[] = [];
    try {
      scopes = readdirSync(this.dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    } catch {
      // the directory went away: nothing to clean
    }
    for (const scope of scopes)
      for (const kind of ['manifests', 'items', '.tmp']) walk(path.join(this.dir, scope, kind));
    await Promise.all(touches);
  }
}
