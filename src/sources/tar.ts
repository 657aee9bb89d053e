/**
 * tar.gz for OCI artifacts in kluctl's format: extraction of untrusted archives (regular
 * files and directories only, every name checked, sizes bounded) and creation of archives
 * kluctl can include (`shipshape oci push`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { UserError } from '../util/errors.js';

export interface ExtractLimits {
  /** Uncompressed bytes of the whole archive. */
  maxBytes: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: ExtractLimits = { maxBytes: 512 << 20, maxEntries: 200_000 };

const BLOCK = 512;

function field(header: Buffer, start: number, len: number): string {
  const raw = header.subarray(start, start + len);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul < 0 ? len : nul).toString('utf8');
}

function octal(header: Buffer, start: number, len: number): number {
  const raw = header.subarray(start, start + len);
  if (raw[0] & 0x80) {
    // base-256 (GNU): big-endian, first byte's top bit set
    let n = raw[0] & 0x7f;
    for (let i = 1; i < len; i++) n = n * 256 + raw[i];
    return n;
  }
  const text = field(header, start, len).trim();
  return text ? parseInt(text, 8) : 0;
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const sp = data.indexOf(0x20, pos);
    if (sp < 0) break;
    const len = Number(data.toString('ascii', pos, sp));
    if (!Number.isInteger(len) || len <= 0 || pos + len > data.length) break;
    const record = data.toString('utf8', sp + 1, pos + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += len;
  }
  return out;
}

/** A name from an archive as a safe relative path, or undefined for the archive root. */
function safeName(name: string, what: string): string | undefined {
  if (name.includes('\0') || name.includes('\\'))
    throw new UserError(`${what}: the archive has an invalid file name`);
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (name.startsWith('/') || parts.includes('..'))
    throw new UserError(
      `${what}: the archive has a path that leaves its directory ("${name.slice(0, 200)}")`,
      {},
      'the artifact is not safe to extract; push it again with kluctl or shipshape oci push',
    );
  return parts.length ? parts.join('/') : undefined;
}

/**
 * Extracts a tar.gz into `dest` (which must exist and be empty). Symbolic and hard links,
 * devices and FIFOs are skipped (kluctl skips links too); absolute names and `..` refused.
 */
export function extractTarGz(
  data: Buffer,
  dest: string,
  what: string,
  limits = DEFAULT_LIMITS,
): number {
  let tar: Buffer;
  try {
    tar = gunzipSync(data, { maxOutputLength: limits.maxBytes + BLOCK * 4 });
  } catch (err) {
    const tooBig =
      (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ||
      /too large|maxOutputLength/i.test((err as Error).message);
    throw new UserError(
      tooBig
        ? `${what}: the artifact unpacks to more than ${limits.maxBytes >> 20} MiB`
        : `${what}: the artifact's content is not gzip-compressed tar`,
    );
  }
  let pos = 0;
  let entries = 0;
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  while (pos + BLOCK <= tar.length) {
    const header = tar.subarray(pos, pos + BLOCK);
    if (header.every((b) => b === 0)) break;
    const sum = header.reduce((acc, b, i) => acc + (i >= 148 && i < 156 ? 32 : b), 0);
    if (sum !== octal(header, 148, 8))
      throw new UserError(`${what}: the artifact's tar archive is corrupt (header checksum)`);
    const type = String.fromCharCode(header[156] || 0x30);
    const size = pax.size !== undefined ? Number(pax.size) : octal(header, 124, 12);
    if (!Number.isSafeInteger(size) || size < 0)
      throw new UserError(`${what}: the artifact's tar archive is corrupt (size)`);
    const body = tar.subarray(pos + BLOCK, pos + BLOCK + size);
    if (body.length !== size)
      throw new UserError(`${what}: the artifact's tar archive is truncated`);
    pos += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      pax = parsePax(body);
      continue;
    }
    if (type === 'g') continue;
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0+$/, '');
      continue;
    }
    if (++entries > limits.maxEntries)
      throw new UserError(`${what}: the artifact has more than ${limits.maxEntries} entries`);
    const prefix = field(header, 345, 155);
    const name =
      pax.path ??
      longName ??
      (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    pax = {};
    longName = undefined;
    const rel = safeName(name, what);
    if (type !== '0' && type !== '5' && type !== '7') continue; // links, devices, FIFOs
    if (rel === undefined) continue;
    const target = path.join(dest, ...rel.split('/'));
    if (type === '5') {
      mkdirSync(target, { recursive: true });
    } else {
      mkdirSync(path.dirname(target), { recursive: true });
      const mode = octal(header, 100, 8) & 0o111 ? 0o755 : 0o644;
      writeFileSync(target, body, { mode, flag: 'wx' });
    }
  }
  return entries;
}

// ---- writing ----

export interface TarEntry {
  /** `/`-separated relative name. */
  name: string;
  /** Undefined for a directory. */
  data?: Buffer;
  mode: number;
}

function header(name: string, size: number, mode: number, type: string): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(`${mode.toString(8).padStart(7, '0')}\0`, 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  h.write('00000000000\0', 136, 'ascii');
  h.fill(0x20, 148, 156);
  h.write(type, 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  const sum = h.reduce((a, b) => a + b, 0);
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

function pad(data: Buffer): Buffer[] {
  const rest = data.length % BLOCK;
  return rest ? [data, Buffer.alloc(BLOCK - rest)] : [data];
}

/** A tar archive (uncompressed) of `entries`, in order; long names get a PAX header. */
export function createTar(entries: readonly TarEntry[]): Buffer {
  const out: Buffer[] = [];
  for (const e of entries) {
    const name = e.data === undefined ? `${e.name}/` : e.name;
    if (Buffer.byteLength(name) > 100) {
      const record = (len: number) => `${len} path=${name}\n`;
      let len = Buffer.byteLength(record(0));
      while (Buffer.byteLength(record(len)) !== len) len = Buffer.byteLength(record(len));
      const paxData = Buffer.from(record(len));
      out.push(header('PaxHeader', paxData.length, 0o644, 'x'), ...pad(paxData));
    }
    const short = Buffer.from(name).subarray(0, 100).toString('utf8');
    if (e.data === undefined) out.push(header(short, 0, e.mode, '5'));
    else out.push(header(short, e.data.length, e.mode, '0'), ...pad(e.data));
  }
  out.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(out);
}

export const gzip = (data: Buffer) => gzipSync(data);
