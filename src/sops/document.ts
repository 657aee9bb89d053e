/**
 * A SOPS-encrypted YAML or JSON document: its metadata, the walk that decrypts every value
 * (AES-256-GCM with the value's path as additional data) and the MAC check, following the
 * SOPS file format (getsops/sops docs and stores). The data key comes from ./keys.ts.
 */
import { createDecipheriv, createHash } from 'node:crypto';
import { compileGoRegex } from '../util/go-regex.js';
import { leafBytes, parseGoTimestamp, type Leaf, type TreeNode } from './tree.js';

export type MapNode = { kind: 'map'; items: [string, TreeNode][] };

/** One master key of a key group, as the metadata lists it. */
export interface MasterKey {
  /** `age`, `pgp`, `kms`, `gcp_kms`, `azure_kv`, `hc_vault`, `hckms`. */
  type: string;
  /** What identifies it to a person: recipient, fingerprint, ARN, resource id, URL. */
  id: string;
  /** The encrypted data key (part). */
  enc: string;
  /** Where a key service would be contacted (Vault and Azure Key Vault addresses). */
  address?: string;
}

export interface SopsMetadata {
  lastModified: string;
  mac: string;
  version?: string;
  keyGroups: MasterKey[][];
  shamirThreshold: number;
  unencryptedSuffix?: string;
  encryptedSuffix?: string;
  unencryptedRegex?: string;
  encryptedRegex?: string;
  unencryptedCommentRegex?: string;
  encryptedCommentRegex?: string;
  macOnlyEncrypted: boolean;
}

export class SopsFormatError extends Error {}

const KEY_TYPES: Record<string, { id: string[]; address?: string }> = {
  age: { id: ['recipient'] },
  pgp: { id: ['fp'] },
  kms: { id: ['arn'] },
  gcp_kms: { id: ['resource_id'] },
  azure_kv: { id: ['vault_url', 'name'], address: 'vault_url' },
  hc_vault: { id: ['vault_address', 'engine_path', 'key_name'], address: 'vault_address' },
  hckms: { id: ['key_id'] },
};

const get = (m: MapNode, key: string): TreeNode | undefined =>
  m.items.find(([k]) => k === key)?.[1];

function str(m: MapNode, key: string): string | undefined {
  const v = get(m, key);
  if (v === undefined || v.kind === 'null') return undefined;
  if (v.kind === 'str' || v.kind === 'time') return v.value;
  if (v.kind === 'int') return v.value.toString();
  if (v.kind === 'bool') return String(v.value);
  throw new SopsFormatError(`sops metadata field "${key}" must be a string`);
}

function keysOf(m: MapNode): MasterKey[] {
  const out: MasterKey[] = [];
  for (const [type, spec] of Object.entries(KEY_TYPES)) {
    const list = get(m, type);
    if (list === undefined || list.kind === 'null') continue;
    if (list.kind !== 'seq') throw new SopsFormatError(`sops metadata "${type}" must be a list`);
    for (const entry of list.items) {
      if (entry.kind !== 'map')
        throw new SopsFormatError(`sops metadata "${type}" entries must be mappings`);
      out.push({
        type,
        id: spec.id
          .map((f) => str(entry, f) ?? '')
          .filter(Boolean)
          .join('/'),
        enc: str(entry, 'enc') ?? '',
        address: spec.address ? str(entry, spec.address) : undefined,
      });
    }
  }
  return out;
}

/** Removes the `sops` key from every document and returns the metadata of the first. */
export function extractMetadata(docs: MapNode[]): SopsMetadata | undefined {
  let meta: MapNode | undefined;
  docs.forEach((doc, i) => {
    const idx = doc.items.findIndex(([k]) => k === 'sops');
    if (idx < 0) return;
    const [, value] = doc.items[idx];
    doc.items.splice(idx, 1);
    if (i === 0) {
      if (value.kind !== 'map') throw new SopsFormatError('the "sops" entry is not a mapping');
      meta = value;
    }
  });
  if (!meta) return undefined;
  const m = meta;
  const mac = str(m, 'mac');
  const lastModified = str(m, 'lastmodified');
  if (mac === undefined || lastModified === undefined)
    throw new SopsFormatError('sops metadata without "mac" or "lastmodified"');
  let keyGroups: MasterKey[][];
  const groups = get(m, 'key_groups');
  if (groups && groups.kind === 'seq' && groups.items.length) {
    keyGroups = groups.items.map((g) => {
      if (g.kind !== 'map') throw new SopsFormatError('sops key_groups entries must be mappings');
      return keysOf(g);
    });
  } else {
    keyGroups = [keysOf(m)];
  }
  const threshold = get(m, 'shamir_threshold');
  const macOnly = get(m, 'mac_only_encrypted');
  return {
    lastModified,
    mac,
    version: str(m, 'version'),
    keyGroups,
    shamirThreshold: threshold?.kind === 'int' ? Number(threshold.value) : keyGroups.length,
    unencryptedSuffix: str(m, 'unencrypted_suffix'),
    encryptedSuffix: str(m, 'encrypted_suffix'),
    unencryptedRegex: str(m, 'unencrypted_regex'),
    encryptedRegex: str(m, 'encrypted_regex'),
    unencryptedCommentRegex: str(m, 'unencrypted_comment_regex'),
    encryptedCommentRegex: str(m, 'encrypted_comment_regex'),
    macOnlyEncrypted: macOnly?.kind === 'bool' && macOnly.value,
  };
}

// ---- values ----

const ENC = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;

export const looksEncrypted = (v: string) => ENC.test(v);

const GO_BOOL: Record<string, boolean> = {
  '1': true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  '0': false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};

/** Decrypts one `ENC[…]` value; throws with `what` (never the value) on failure. */
export function decryptValue(
  text: string,
  key: Buffer,
  additionalData: string,
): Leaf | { kind: 'comment' } {
  const m = ENC.exec(text);
  if (!m) throw new SopsFormatError('a value that should be encrypted is not in SOPS format');
  const [, data, iv, tag, type] = m;
  const b64 = (s: string) => {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s))
      throw new SopsFormatError('invalid base64 in an encrypted value');
    return Buffer.from(s, 'base64');
  };
  const nonce = b64(iv);
  const authTag = b64(tag);
  if (nonce.length === 0 || authTag.length !== 16)
    throw new SopsFormatError('invalid IV or tag in an encrypted value');
  let plain: Buffer;
  try {
    const d = createDecipheriv('aes-256-gcm', key, nonce);
    d.setAAD(Buffer.from(additionalData, 'utf8'));
    d.setAuthTag(authTag);
    plain = Buffer.concat([d.update(b64(data)), d.final()]);
  } catch {
    throw new SopsFormatError(
      'a value could not be decrypted (wrong data key, or the value or its path was changed)',
    );
  }
  const s = plain.toString('utf8');
  switch (type) {
    case 'str':
      return { kind: 'str', value: s };
    case 'comment':
      // sops stores comments inside sequences as encrypted items of this type
      return { kind: 'comment' };
    case 'int':
      if (!/^[+-]?\d+$/.test(s)) throw new SopsFormatError('an encrypted int is not a number');
      return { kind: 'int', value: BigInt(s) };
    case 'float': {
      const f = Number(s);
      if (s.trim() === '' || (Number.isNaN(f) && !/^[+-]?nan$/i.test(s)))
        throw new SopsFormatError('an encrypted float is not a number');
      return { kind: 'float', value: f };
    }
    case 'bool':
      if (!Object.hasOwn(GO_BOOL, s))
        throw new SopsFormatError('an encrypted bool is not a boolean');
      return { kind: 'bool', value: GO_BOOL[s] };
    case 'bytes':
      return { kind: 'bytes', value: plain };
    case 'time': {
      const t = parseGoTimestamp(s);
      if (t === undefined) throw new SopsFormatError('an encrypted time is not a timestamp');
      return { kind: 'time', value: t };
    }
    default:
      throw new SopsFormatError(`unknown encrypted value type "${type}"`);
  }
}

function regexMatcher(pattern: string | undefined): ((s: string) => boolean) | undefined {
  if (!pattern) return undefined;
  // Go's regexp.Match: unanchored.
  const re = compileGoRegex(pattern, false);
  return (s) => re.test(s);
}

/** sops' rule for whether the value at `path` (map keys only) is encrypted. */
function encryptionRule(
  meta: SopsMetadata,
): (path: string[], value: string | undefined) => boolean {
  const unRe = regexMatcher(meta.unencryptedRegex);
  const enRe = regexMatcher(meta.encryptedRegex);
  const byComments = Boolean(meta.unencryptedCommentRegex || meta.encryptedCommentRegex);
  return (path, value) => {
    // Comments are not in this model: with comment rules, a value is encrypted when it is
    // in SOPS form (sops writes it so); the MAC still covers every value.
    if (byComments) return value !== undefined && looksEncrypted(value);
    let encrypted = true;
    if (meta.unencryptedSuffix && path.some((p) => p.endsWith(meta.unencryptedSuffix!)))
      encrypted = false;
    if (meta.encryptedSuffix) encrypted = path.some((p) => p.endsWith(meta.encryptedSuffix!));
    if (unRe && path.some(unRe)) encrypted = false;
    if (enRe) encrypted = path.some(enRe);
    return encrypted;
  };
}

const MAC_ONLY_ENCRYPTED_INIT = Buffer.from(
  '8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69',
  'hex',
);

/** time.Time.Format(time.RFC3339) of the metadata's lastmodified, the MAC's additional data. */
function rfc3339(text: string): string {
  const t = parseGoTimestamp(text.replace(/^(\d{4}-\d{2}-\d{2})t/, '$1T'));
  if (t === undefined) throw new SopsFormatError('sops metadata "lastmodified" is not a timestamp');
  return t.replace(/\.\d+(?=Z|[+-])/, '');
}

export interface DecryptedDocument {
  docs: MapNode[];
  /** Every value that was encrypted, decrypted (to treat as secrets). */
  secrets: string[];
}

/**
 * Decrypts `docs` (metadata already extracted) in place with the data key and checks the
 * MAC. Throws SopsFormatError on tampering (MAC mismatch) or malformed values.
 */
export function decryptTree(
  docs: MapNode[],
  meta: SopsMetadata,
  dataKey: Buffer,
): DecryptedDocument {
  const shouldEncrypt = encryptionRule(meta);
  const hash = createHash('sha512');
  if (meta.macOnlyEncrypted) hash.update(MAC_ONLY_ENCRYPTED_INIT);
  const secrets: string[] = [];
  const walk = (node: TreeNode, path: string[]): TreeNode | undefined => {
    if (node.kind === 'map') {
      node.items = node.items.map(([k, v]) => [k, walk(v, [...path, k]) ?? { kind: 'null' }]);
      return node;
    }
    if (node.kind === 'seq') {
      node.items = node.items.flatMap((v) => walk(v, path) ?? []);
      return node;
    }
    if (node.kind === 'null') return node;
    const text = node.kind === 'str' ? node.value : undefined;
    const encrypted = shouldEncrypt(path, text);
    let leaf: Leaf = node;
    if (encrypted) {
      if (text === undefined)
        throw new SopsFormatError(
          `the value at ${path.join('.')} should be encrypted but is a ${node.kind}`,
        );
      // sops leaves empty values empty
      if (text !== '') {
        const plain = decryptValue(text, dataKey, `${path.join(':')}:`);
        if (plain.kind === 'comment') return undefined;
        leaf = plain;
        if (leaf.kind === 'str') secrets.push(leaf.value);
        else if (leaf.kind !== 'bytes') secrets.push(leafBytes(leaf).toString());
      }
    }
    if (!meta.macOnlyEncrypted || encrypted) hash.update(leafBytes(leaf));
    return leaf;
  };
  for (const doc of docs) walk(doc, []);
  const computed = hash.digest('hex').toUpperCase();
  let stored: Leaf | { kind: 'comment' };
  try {
    stored = decryptValue(meta.mac, dataKey, rfc3339(meta.lastModified));
  } catch {
    throw new SopsFormatError(
      'the MAC could not be decrypted: the file was changed after it was encrypted (or its lastmodified)',
    );
  }
  if (stored.kind !== 'str' || stored.value !== computed)
    throw new SopsFormatError('MAC mismatch: the file was changed after it was encrypted');
  return { docs, secrets };
}
