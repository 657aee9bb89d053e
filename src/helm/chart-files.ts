/**
 * The chart directory `helm template` reads. Helm follows symbolic links inside a chart
 * directory, and `.Files.Get` would then read whatever they point at; a vendored or local
 * chart comes from the project, so a chart holding any link (or anything else but
 * directories and regular files) is copied first: regular files only, every link checked
 * against the project's boundary and replaced by what it points to. Other charts are read
 * where they are. Either way the chart's content hash identifies it for the
 * one-helm-process-per-chart cache.
 *
 * Copies live in one directory per process, named by that hash, so a chart used by many
 * items (or by both sides of a diff) is copied once, and a copy outlives any one render
 * that uses it. The directory is removed when the process exits.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../util/errors.js';
import type { ProjectBoundary } from '../util/project-boundary.js';
import { removeIfInterrupted } from '../util/scratch.js';

const MAX_CHART_BYTES = 100 * 1024 * 1024;
const MAX_CHART_FILES = 10_000;

let root: string | undefined;

/** This process's scratch directory for Helm work (chart copies, on-demand pulls). */
export function helmScratchDir(): string {
  if (!root) {
    const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-helm-'));
    root = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    removeIfInterrupted(dir);
  }
  return root;
}

interface ChartFile {
  rel: string;
  data: Buffer;
}

/**
 * Every regular file of a chart directory, links resolved inside `boundary`; `plain` when
 * the directory holds nothing but directories and regular files.
 */
function readChartDir(
  src: string,
  boundary: ProjectBoundary,
  what: string,
): { files: ChartFile[]; plain: boolean } {
  const out: ChartFile[] = [];
  let plain = true;
  let bytes = 0;
  const open = new Set<string>();
  const walk = (from: string, rel: string) => {
    const real = realpathSync(from);
    if (open.has(real))
      throw new UserError(`${what}: ${rel || '.'} is a symbolic link loop`, { file: from });
    open.add(real);
    for (const name of readdirSync(from).sort()) {
      const s = path.join(from, name);
      const r = rel ? `${rel}/${name}` : name;
      let st = lstatSync(s);
      if (st.isSymbolicLink()) {
        boundary.check(s, `file of chart ${what}`);
        st = statSync(s);
        plain = false;
      }
      if (st.isDirectory()) walk(s, r);
      else if (st.isFile()) {
        bytes += st.size;
        if (out.length >= MAX_CHART_FILES || bytes > MAX_CHART_BYTES)
          throw new UserError(
            `chart ${what} is too large (more than ${MAX_CHART_FILES} files or ${MAX_CHART_BYTES / 1024 / 1024} MiB)`,
            { file: src },
            'use a smaller chart',
          );
        out.push({ rel: r, data: readFileSync(s) });
      } else plain = false; // a FIFO or device: helm must not open it
    }
    open.delete(real);
  };
  walk(src, '');
  return { files: out, plain };
}

function digestOf(files: readonly ChartFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.rel}\0${f.data.length}\0`).update(f.data);
  return hash.digest('hex');
}

/** The hash materializeChart gives chart `src`, without copying it. */
export function chartDigest(src: string, boundary: ProjectBoundary, what: string): string {
  return digestOf(readChartDir(src, boundary, what).files);
}

/**
 * The directory helm may read for chart `src` (inside `boundary`), and the hash of the
 * chart's content. A chart of directories and regular files only is read where it is;
 * any other is copied with its links replaced by what they point to.
 */
export function materializeChart(
  src: string,
  boundary: ProjectBoundary,
  what: string,
): { dir: string; hash: string } {
  const { files, plain } = readChartDir(src, boundary, what);
  const digest = digestOf(files);
  if (plain) return { dir: src, hash: digest };
  // Named like the chart: helm's messages name the directory.
  const dir = path.join(helmScratchDir(), 'charts', digest.slice(0, 32), path.basename(src));
  if (!existsSync(dir)) {
    const staging = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    for (const f of files) {
      const out = path.join(staging, ...f.rel.split('/'));
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, f.data);
    }
    mkdirSync(staging, { recursive: true });
    try {
      renameSync(staging, dir);
    } catch {
      // Another render made the same copy first.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return { dir, hash: digest };
}
