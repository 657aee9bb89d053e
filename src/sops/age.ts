/**
 * age decryption (C2SP age v1) with node:crypto: X25519 recipients, the header MAC and the
 * STREAM payload. Enough for SOPS data keys, which are small age files (usually armored);
 * other recipient types (scrypt, ssh, plugins) are reported as not supported so the caller
 * can hand the file to the `sops` binary.
 */
import {
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

const INTRO = 'age-encryption.org/v1';
const X25519_INFO = 'age-encryption.org/v1/X25519';
const CHUNK = 64 * 1024;
const TAG = 16;
// The PKCS#8 / SPKI wrappers of a raw 32-byte X25519 key (RFC 8410).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

export class AgeError extends Error {
  constructor(
    message: string,
    /** The file is fine but no identity given can open it. */
    readonly noMatch = false,
  ) {
    super(message);
    this.name = 'AgeError';
  }
}

/** An X25519 identity (`AGE-SECRET-KEY-1…`) with its recipient (`age1…`). */
export interface AgeIdentity {
  privateKey: KeyObject;
  /** The raw 32-byte public key. */
  publicKey: Buffer;
  /** `age1…` */
  recipient: string;
}

// ---- bech32 (BIP 173), which age uses for keys without the 90-character limit ----

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i];
  }
  return chk >>> 0;
}

const hrpExpand = (hrp: string) => [
  ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
  0,
  ...[...hrp].map((c) => c.charCodeAt(0) & 31),
];

function convertBits(data: number[], from: number, to: number, pad: boolean): number[] {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const max = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & max);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & max);
  } else if (bits >= from || ((acc << (to - bits)) & max) !== 0) {
    throw new AgeError('invalid bech32 padding');
  }
  return out;
}

export function bech32Decode(text: string): { hrp: string; data: Buffer } {
  if (text !== text.toLowerCase() && text !== text.toUpperCase())
    throw new AgeError('mixed-case bech32 string');
  const s = text.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || sep + 7 > s.length) throw new AgeError('malformed bech32 string');
  const hrp = s.slice(0, sep);
  const values: number[] = [];
  for (const c of s.slice(sep + 1)) {
    const v = CHARSET.indexOf(c);
    if (v < 0) throw new AgeError('invalid bech32 character');
    values.push(v);
  }
  if (polymod([...hrpExpand(hrp), ...values]) !== 1) throw new AgeError('invalid bech32 checksum');
  return { hrp, data: Buffer.from(convertBits(values.slice(0, -6), 5, 8, false)) };
}

export function bech32Encode(hrp: string, data: Buffer): string {
  const values = convertBits([...data], 8, 5, true);
  const chk = polymod([...hrpExpand(hrp), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (chk >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...values, ...checksum].map((v) => CHARSET[v]).join('')}`;
}

// ---- identities ----

export function parseIdentity(text: string): AgeIdentity {
  const { hrp, data } = bech32Decode(text.trim());
  if (hrp !== 'age-secret-key-' || data.length !== 32)
    throw new AgeError('not an age X25519 identity (AGE-SECRET-KEY-1…)');
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, data]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const publicKey = Buffer.from(spki.subarray(spki.length - 32));
  return { privateKey, publicKey, recipient: bech32Encode('age', publicKey) };
}

/**
 * The X25519 identities of an identity file or of SOPS_AGE_KEY: one per line (several per
 * line, separated by spaces or commas, where `multiplePerLine`), `#` comments and blank
 * lines ignored. Other kinds of identity (plugins, SSH keys) are counted, not parsed.
 */
export function parseIdentities(
  text: string,
  multiplePerLine = false,
): { identities: AgeIdentity[]; unsupported: number } {
  const identities: AgeIdentity[] = [];
  let unsupported = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    for (const word of multiplePerLine ? line.split(/[\s,]+/).filter(Boolean) : [line]) {
      if (word.toUpperCase().startsWith('AGE-SECRET-KEY-1')) identities.push(parseIdentity(word));
      else unsupported++;
    }
  }
  return { identities, unsupported };
}

// ---- the file format ----

/** An armored file's binary content (`-----BEGIN AGE ENCRYPTED FILE-----`), or the input. */
export function unarmor(input: Buffer): Buffer {
  const text = input.toString('latin1').trim();
  const begin = '-----BEGIN AGE ENCRYPTED FILE-----';
  const end = '-----END AGE ENCRYPTED FILE-----';
  if (!text.startsWith(begin)) return input;
  if (!text.endsWith(end)) throw new AgeError('armored age file without its end line');
  const body = text.slice(begin.length, -end.length).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body))
    throw new AgeError('invalid base64 in armored age file');
  return Buffer.from(body, 'base64');
}

interface Stanza {
  type: string;
  args: string[];
  body: Buffer;
}

function b64NoPad(s: string, what: string): Buffer {
  if (!/^[A-Za-z0-9+/]*$/.test(s)) throw new AgeError(`invalid base64 in ${what}`);
  return Buffer.from(s, 'base64');
}

function readLine(buf: Buffer, pos: number): { line: string; next: number } {
  const nl = buf.indexOf(0x0a, pos);
  if (nl < 0) throw new AgeError('truncated age header');
  return { line: buf.toString('latin1', pos, nl), next: nl + 1 };
}

function parseHeader(buf: Buffer): {
  stanzas: Stanza[];
  mac: Buffer;
  macInput: Buffer;
  payload: Buffer;
} {
  let { line, next } = readLine(buf, 0);
  if (line !== INTRO) throw new AgeError('not an age file (unknown version line)');
  const stanzas: Stanza[] = [];
  for (;;) {
    const start = next;
    ({ line, next } = readLine(buf, next));
    if (line.startsWith('---')) {
      if (!line.startsWith('--- ')) throw new AgeError('malformed age header MAC line');
      const mac = b64NoPad(line.slice(4), 'the header MAC');
      if (mac.length !== 32) throw new AgeError('malformed age header MAC');
      return {
        stanzas,
        mac,
        macInput: buf.subarray(0, start + 3),
        payload: buf.subarray(next),
      };
    }
    if (!line.startsWith('-> ')) throw new AgeError('malformed age stanza');
    const [type, ...args] = line.slice(3).split(' ');
    if (!type) throw new AgeError('age stanza without a type');
    const parts: Buffer[] = [];
    for (;;) {
      ({ line, next } = readLine(buf, next));
      if (line.length > 64) throw new AgeError('age stanza body line too long');
      parts.push(b64NoPad(line, 'a stanza body'));
      if (line.length < 64) break;
    }
    stanzas.push({ type, args, body: Buffer.concat(parts) });
  }
}

const hkdf = (ikm: Buffer, salt: Buffer, info: string) =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));

function chachaOpen(key: Buffer, nonce: Buffer, sealed: Buffer): Buffer | undefined {
  if (sealed.length < TAG) return undefined;
  try {
    const d = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
    d.setAuthTag(sealed.subarray(sealed.length - TAG));
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
  } catch {
    return undefined;
  }
}

function unwrapX25519(stanza: Stanza, id: AgeIdentity): Buffer | undefined {
  if (stanza.args.length !== 1) throw new AgeError('malformed X25519 stanza');
  const share = b64NoPad(stanza.args[0], 'an X25519 share');
  if (share.length !== 32 || stanza.body.length !== 32)
    throw new AgeError('malformed X25519 stanza');
  const shared = diffieHellman({
    privateKey: id.privateKey,
    publicKey: createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, share]),
      format: 'der',
      type: 'spki',
    }),
  });
  if (shared.every((b) => b === 0)) throw new AgeError('X25519 share is a low-order point');
  const key = hkdf(shared, Buffer.concat([share, id.publicKey]), X25519_INFO);
  return chachaOpen(key, Buffer.alloc(12), stanza.body);
}

/**
 * Decrypts an age file (binary or armored) with X25519 identities. Throws AgeError with
 * `noMatch` when the file is addressed to none of them, naming the recipient types it has.
 */
export function ageDecrypt(input: Buffer, identities: readonly AgeIdentity[]): Buffer {
  const { stanzas, mac, macInput, payload } = parseHeader(unarmor(input));
  let fileKey: Buffer | undefined;
  for (const s of stanzas) {
    if (s.type !== 'X25519') continue;
    for (const id of identities) {
      fileKey = unwrapX25519(s, id);
      if (fileKey) break;
    }
    if (fileKey) break;
  }
  if (!fileKey) {
    const types = [...new Set(stanzas.map((s) => s.type))].join(', ');
    throw new AgeError(`none of the age identities opens it (its recipients: ${types})`, true);
  }
  if (fileKey.length !== 16) throw new AgeError('invalid age file key');
  const expected = createHmac('sha256', hkdf(fileKey, Buffer.alloc(0), 'header'))
    .update(macInput)
    .digest();
  if (!timingSafeEqual(expected, mac)) throw new AgeError('age header MAC mismatch');
  if (payload.length < 16) throw new AgeError('truncated age payload');
  const key = hkdf(fileKey, payload.subarray(0, 16), 'payload');
  const body = payload.subarray(16);
  const out: Buffer[] = [];
  const sealedChunk = CHUNK + TAG;
  for (let pos = 0, counter = 0; ; counter++) {
    const last = body.length - pos <= sealedChunk;
    const chunk = body.subarray(pos, last ? body.length : pos + sealedChunk);
    const nonce = Buffer.alloc(12);
    nonce.writeUIntBE(counter, 5, 6);
    nonce[11] = last ? 1 : 0;
    const plain = chachaOpen(key, nonce, chunk);
    if (!plain) throw new AgeError('age payload authentication failed');
    if (last && plain.length === 0 && counter > 0) throw new AgeError('empty last age chunk');
    out.push(plain);
    if (last) return Buffer.concat(out);
    pos += sealedChunk;
  }
}
