/**
 * Unpacks a chart archive (`.tgz`) as `helm pull --untar` does, so the files in
 * `.helm-charts` are the ones kluctl would write: the top directory of the archive is
 * dropped, every entry becomes a regular file (mode 0644, directories 0755) holding the
 * entry's bytes with a UTF-8 byte order mark removed, and paths are checked the way Helm
 * checks them.
 *
 * An archive comes from a repository, i.e. from a stranger. Nothing in it can write outside
 * the target directory (absolute paths, `..`, drive letters are refused before anything is
 * written), links and device entries never become links or devices (Helm writes them as
 * empty files, and so does this), and the sizes are bounded: the compressed archive by the
 * caller, the unpacked chart and each file here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { UserError } from '../util/errors.js';
import { isInside } from '../util/project-boundary.js';

export interface ArchiveLimits {
  /** All files together, unpacked (Helm's default: 100 MiB). */
  maxTotalBytes: number;
  /** One file (Helm's default: 5 MiB). */
  maxFileBytes: number;
  maxFiles: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxTotalBytes: 100 * 1024 * 1024,
  maxFileBytes: 5 * 1024 * 1024,
  maxFiles: 10_000,
};

export interface ArchiveFile {
  /** Path inside the chart, `/`-separated. */
  name: string;
  data: Buffer;
}

const BLOCK = 512;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function cString(buf: Buffer, start: number, len: number): string {
  const slice = buf.subarray(start, start + len);
  const nul = slice.indexOf(0);
  return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}

/** A tar number: octal text, or base-256 when the first byte has its high bit set. */
function tarNumber(buf: Buffer, start: number, len: number): number {
  const field = buf.subarray(start, start + len);
  if (field[0] & 0x80) {
    let n = 0;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i];
    return n;
  }
  const text = cString(buf, start, len).trim();
  return text ? parseInt(text, 8) : 0;
}

/** PAX records: `<len> <key>=<value>\n` each. */
function paxRecords(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space < 0) break;
    const len = Number(data.subarray(pos, space).toString());
    if (!Number.isInteger(len) || len <= 0 || pos + len > data.length) break;
    const record = data.subarray(space + 1, pos + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += len;
  }
  return out;
}

function invalid(what: string, message: string): UserError {
  return new UserError(
    `the chart archive of ${what} is not valid: ${message}`,
    {},
    'the repository serves a broken or malicious archive; report it to the chart maintainers',
  );
}

/**
 * The files of a gzipped tar chart archive, in archive order, paths checked as Helm's
 * LoadArchiveFiles checks them. `what` names the chart in errors.
 */
export function readChartArchive(
  gz: Buffer,
  what: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): ArchiveFile[] {
  let tar: Buffer;
  try {
    // The tar stream carries headers and padding on top of the files.
    tar = gunzipSync(gz, { maxOutputLength: limits.maxTotalBytes + limits.maxFiles * 2 * BLOCK });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
      throw invalid(what, `it unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MiB`);
    throw invalid(what, 'it is not a gzip file');
  }
  const files: ArchiveFile[] = [];
  let total = 0;
  let pos = 0;
  let longName: string | undefined;
  let pax: Record<string, string> = {};
  while (pos + BLOCK <= tar.length) {
    const header = tar.subarray(pos, pos + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = tarNumber(header, 124, 12);
    const type = String.fromCharCode(header[156] || 0x30);
    const magic = cString(header, 257, 6);
    const prefix = magic.startsWith('ustar') ? cString(header, 345, 155) : '';
    let name = cString(header, 0, 100);
    if (prefix) name = `${prefix}/${name}`;
    const dataStart = pos + BLOCK;
    if (!Number.isSafeInteger(size) || size < 0 || dataStart + size > tar.length)
      throw invalid(what, 'an entry is cut off');
    const data = tar.subarray(dataStart, dataStart + size);
    pos = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (type === 'x') {
      pax = paxRecords(data);
      continue;
    }
    if (type === 'g') continue; // global PAX headers are ignored, as Helm does
    if (type === 'L') {
      longName = cString(data, 0, data.length);
      continue;
    }
    if (type === 'K') continue; // a long link target: links are never made
    if (pax.path !== undefined) name = pax.path;
    else if (longName !== undefined) name = longName;
    pax = {};
    longName = undefined;
    if (type === '5' || name.endsWith('/')) continue;

    // Regular files carry their bytes; links, devices and FIFOs carry none (Helm writes an empty file).
    const isRegular = type === '0' || type === '7' || header[156] === 0;
    const body = isRegular ? data : Buffer.alloc(0);
    const rel = chartPath(name, what);
    if (body.length > limits.maxFileBytes)
      throw invalid(what, `${rel} is larger than ${limits.maxFileBytes / 1024 / 1024} MiB`);
    total += body.length;
    if (total > limits.maxTotalBytes)
      throw invalid(what, `it unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MiB`);
    if (files.length >= limits.maxFiles)
      throw invalid(what, `it has more than ${limits.maxFiles} files`);
    const bytes = body.subarray(0, 3).equals(UTF8_BOM) ? body.subarray(3) : body;
    files.push({ name: rel, data: Buffer.from(bytes) });
  }
  if (files.length === 0) throw invalid(what, 'it holds no files');
  return files;
}

/** The path of an entry inside the chart: its top directory dropped, checked for escapes. */
function chartPath(entry: string, what: string): string {
  const delimiter = entry.includes('\\') ? '\\' : '/';
  const parts = entry.split(delimiter);
  if (parts[0] === 'Chart.yaml')
    throw invalid(what, 'Chart.yaml is not inside the chart directory');
  const joined = parts.slice(1).join('/');
  if (joined.startsWith('/')) throw invalid(what, `${entry} is an absolute path`);
  const clean = path.posix.normalize(joined).replace(/\/+$/, '');
  if (clean === '.' || clean === '') throw invalid(what, `${entry} is outside the chart directory`);
  if (clean.startsWith('..')) throw invalid(what, `${entry} points outside the chart directory`);
  if (/^[a-zA-Z]:\//.test(clean)) throw invalid(what, `${entry} is a drive path`);
  return clean;
}

/** The chart name in the archive's Chart.yaml. */
export function archiveChartName(files: readonly ArchiveFile[], what: string): string {
  const chartYaml = files.find((f) => f.name === 'Chart.yaml');
  if (!chartYaml) throw invalid(what, 'it has no Chart.yaml');
  let meta: unknown;
  try {
    meta = parse(chartYaml.data.toString('utf8'), { maxAliasCount: 100 });
  } catch {
    throw invalid(what, 'its Chart.yaml is not valid YAML');
  }
  const name = (meta as { name?: unknown } | null)?.name;
  if (typeof name !== 'string' || !name) throw invalid(what, 'its Chart.yaml has no name');
  return name;
}

/** Writes the files under `dir` (which should be new and empty). */
export function writeChartFiles(dir: string, files: readonly ArchiveFile[], what: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  for (const f of files) {
    const out = path.join(dir, ...f.name.split('/'));
    // chartPath() refused every escape; this is the second lock.
    if (!isInside(dir, out) || out === dir)
      throw invalid(what, `${f.name} points outside the chart directory`);
    try {
      mkdirSync(path.dirname(out), { recursive: true, mode: 0o755 });
      writeFileSync(out, f.data, { mode: 0o644 });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST')
        throw invalid(what, `${f.name} is both a file and a directory`);
      throw err;
    }
  }
}
