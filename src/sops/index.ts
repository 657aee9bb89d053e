/**
 * SOPS decryption of manifests and vars files, as kluctl does it: a YAML, JSON, dotenv or
 * INI file (by its name) that has SOPS metadata is decrypted before use; other files are
 * used as they are. age keys decrypt natively; files whose data key needs another key type
 * (PGP, cloud KMS, Vault) are handed to the `sops` binary when it is on the PATH. The MAC is
 * always verified. Decrypted values are reported through `onSecret` and never appear in an
 * error.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { UserError, type ErrorLocation } from '../util/errors.js';
import { findOnPath } from '../util/isolated-tool.js';
import { newMap } from '../util/merge.js';
import { oneLine } from '../util/one-line.js';
import { AgeError, ageDecrypt } from './age.js';
import {
  decryptTree,
  extractMetadata,
  looksEncrypted,
  SopsFormatError,
  type MapNode,
  type MasterKey,
  type SopsMetadata,
} from './document.js';
import { loadAgeKeyring, type AgeKeyring, type Env } from './keys.js';
import { combineShares } from './shamir.js';
import { parseJsonTree, parseYamlTree, TreeError, type TreeNode } from './tree.js';

export type SopsFormat = 'yaml' | 'json' | 'dotenv' | 'ini' | 'binary';

/** sops' (and kluctl's) format of a file, from its name. */
export function formatForPath(file: string): SopsFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  if (ext === '.env') return 'dotenv';
  if (ext === '.ini') return 'ini';
  return 'binary';
}

/** The marker kluctl looks for before trying to decrypt (its IsMaybeSopsFile). */
export const mayBeSops = (content: string | Buffer) =>
  (typeof content === 'string' ? content : content.toString('latin1')).includes('sops');

export interface SopsOptions {
  /** Where keys and the `sops` binary are found (SOPS_AGE_*, HOME, PATH, cloud credentials). */
  env: Env;
  /** Relative key file paths (SOPS_AGE_KEY_FILE) are relative to this. */
  cwd: string;
  /** Told every decrypted value (to mask it in logs and redact it from outputs). */
  onSecret?: (value: string) => void;
  /** The `sops` binary; default: `sops` on env.PATH; false: never use one. */
  sopsBinary?: string | false;
}

const KEY_NAMES: Record<string, string> = {
  age: 'age',
  pgp: 'PGP',
  kms: 'AWS KMS',
  gcp_kms: 'GCP KMS',
  azure_kv: 'Azure Key Vault',
  hc_vault: 'HashiCorp Vault',
  hckms: 'Huawei Cloud KMS',
};

function describeKeys(meta: SopsMetadata): string {
  const byType = new Map<string, string[]>();
  for (const k of meta.keyGroups.flat()) {
    const list = byType.get(k.type) ?? [];
    if (k.id && !list.includes(k.id)) list.push(k.id);
    byType.set(k.type, list);
  }
  return [...byType]
    .map(([t, ids]) => `${KEY_NAMES[t] ?? t}${ids.length ? ` (${ids.join(', ')})` : ''}`)
    .join(', ');
}

/** Decrypts SOPS files; one per render (keys are read once, on first use). */
export class SopsDecryptor {
  private keyring: AgeKeyring | undefined;
  private readonly binary: string | undefined;
  /** Hosts a file may name for Vault / Azure Key Vault keys (SHIPSHAPE_SOPS_TRUSTED_HOSTS). */
  private readonly trustedHosts: Set<string>;

  constructor(private readonly opts: SopsOptions) {
    this.binary =
      opts.sopsBinary === false ? undefined : (opts.sopsBinary ?? findOnPath('sops', opts.env));
    this.trustedHosts = new Set(
      (opts.env.SHIPSHAPE_SOPS_TRUSTED_HOSTS ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    );
  }

  /**
   * The decrypted documents of a YAML/JSON SOPS file, or undefined when `text` is not one
   * (no `sops` metadata, or not parseable: then it is used as it is, as kluctl does).
   */
  decryptDocuments(
    text: string,
    format: 'yaml' | 'json',
    display: string,
    loc: ErrorLocation = {},
  ): MapNode[] | undefined {
    if (!mayBeSops(text)) return undefined;
    let docs: MapNode[];
    let meta: SopsMetadata | undefined;
    try {
      docs = format === 'yaml' ? parseYamlTree(text) : [parseJsonTree(text) as MapNode];
      meta = extractMetadata(docs);
    } catch (err) {
      if (err instanceof TreeError) return undefined;
      throw this.error(display, loc, (err as Error).message);
    }
    if (!meta) return undefined;
    const key = this.dataKey(meta, display, loc);
    if (key === 'binary') {
      const out = this.runBinary(text, format, display, loc);
      const plain = format === 'yaml' ? parseYamlTree(out) : [parseJsonTree(out) as MapNode];
      this.reportSecrets(docs, plain);
      return plain;
    }
    try {
      const { docs: decrypted, secrets } = decryptTree(docs, meta, key);
      for (const s of secrets) this.opts.onSecret?.(s);
      return decrypted;
    } catch (err) {
      if (err instanceof SopsFormatError)
        throw this.error(
          display,
          loc,
          err.message,
          'restore the file from version control, or decrypt, fix and re-encrypt it with sops',
        );
      throw err;
    }
  }

  /**
   * A file's content with its values decrypted, in the same format (YAML/JSON re-written,
   * dotenv/INI through the `sops` binary); the content itself when it is not SOPS-encrypted.
   */
  maybeDecrypt(content: Buffer, file: string, display: string): Buffer {
    const format = formatForPath(file);
    if (format === 'binary' || !mayBeSops(content)) return content;
    const text = content.toString('utf8');
    if (format === 'dotenv' || format === 'ini') {
      const marker = format === 'dotenv' ? 'sops_mac=ENC[' : '[sops]';
      if (!text.includes(marker)) return content;
      return Buffer.from(this.runBinary(text, format, display, { file }));
    }
    const docs = this.decryptDocuments(text, format, display, { file });
    if (!docs) return content;
    return Buffer.from(format === 'yaml' ? emitYaml(docs) : `${emitJson(docs[0])}\n`);
  }

  private keys(): AgeKeyring {
    return (this.keyring ??= loadAgeKeyring(this.opts.env, this.opts.cwd));
  }

  /** The data key, or 'binary' when only the `sops` binary can get it. */
  private dataKey(meta: SopsMetadata, display: string, loc: ErrorLocation): Buffer | 'binary' {
    const ring = meta.keyGroups.flat().some((k) => k.type === 'age') ? this.keys() : undefined;
    const parts: Buffer[] = [];
    const problems: string[] = [];
    for (const group of meta.keyGroups) {
      const part = this.groupPart(group, ring, problems);
      if (part) parts.push(part);
    }
    const groups = meta.keyGroups.length;
    if (groups <= 1 && parts.length === 1) return parts[0];
    if (groups > 1 && parts.length >= Math.max(meta.shamirThreshold, 1)) {
      try {
        return combineShares(parts);
      } catch (err) {
        throw this.error(display, loc, `cannot combine its key groups: ${(err as Error).message}`);
      }
    }
    const others = meta.keyGroups.flat().filter((k) => k.type !== 'age');
    const binaryMayHelp =
      others.length > 0 || (ring?.sshKeys ?? false) || (ring?.unsupported ?? 0) > 0;
    if (binaryMayHelp && this.binary) {
      this.checkKeyHosts(others, display, loc);
      return 'binary';
    }
    const needs = describeKeys(meta);
    const tried = ring
      ? ring.sources.length
        ? `the age keys from ${ring.sources.join(', ')} are not among its recipients`
        : `no age key was found (looked in ${ring.looked.join(', ')})`
      : '';
    const hints = [
      ring && !ring.sources.length
        ? 'give the age key with SOPS_AGE_KEY_FILE=<file> or SOPS_AGE_KEY=<key> (or put it into ~/.config/sops/age/keys.txt)'
        : ring
          ? 'use the age key of one of its recipients'
          : '',
      others.length && !this.binary
        ? `${[...new Set(others.map((k) => KEY_NAMES[k.type] ?? k.type))].join(' and ')} keys need the sops binary on the PATH (and its credentials)`
        : '',
    ].filter(Boolean);
    throw this.error(
      display,
      loc,
      `cannot decrypt this SOPS file: it is encrypted for ${needs}${tried ? `; ${tried}` : ''}${problems.length ? ` (${problems.join('; ')})` : ''}${ring?.problems.length ? ` (${ring.problems.join('; ')})` : ''}`,
      hints.join('; ') || undefined,
    );
  }

  private groupPart(
    group: readonly MasterKey[],
    ring: AgeKeyring | undefined,
    problems: string[],
  ): Buffer | undefined {
    if (!ring?.identities.length) return undefined;
    for (const key of group) {
      if (key.type !== 'age') continue;
      try {
        return ageDecrypt(Buffer.from(key.enc, 'utf8'), ring.identities);
      } catch (err) {
        if (err instanceof AgeError && !err.noMatch) problems.push(`age: ${err.message}`);
      }
    }
    return undefined;
  }

  /**
   * A file names the Vault or Azure Key Vault it wants to be asked: the `sops` binary would
   * send the runner's token there. Only hosts the user trusts are asked.
   */
  private checkKeyHosts(keys: readonly MasterKey[], display: string, loc: ErrorLocation): void {
    for (const k of keys) {
      if (!k.address) continue;
      let host: string;
      try {
        host = new URL(k.address).hostname.toLowerCase();
      } catch {
        throw this.error(display, loc, `its ${KEY_NAMES[k.type]} key has an invalid address`);
      }
      if (!this.trustedHosts.has(host))
        throw this.error(
          display,
          loc,
          `its ${KEY_NAMES[k.type]} key names ${host}; decrypting would send your ${KEY_NAMES[k.type]} credentials there`,
          `if ${host} is yours, allow it: SHIPSHAPE_SOPS_TRUSTED_HOSTS=${host}`,
        );
    }
  }

  private runBinary(text: string, format: SopsFormat, display: string, loc: ErrorLocation): string {
    if (!this.binary)
      throw this.error(display, loc, `${format} SOPS files need the sops binary on the PATH`);
    const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-sops-'));
    try {
      const file = path.join(dir, `input.${format === 'dotenv' ? 'env' : format}`);
      writeFileSync(file, text, { mode: 0o600 });
      const type = format === 'binary' ? 'yaml' : format;
      return execFileSync(
        this.binary,
        ['--decrypt', '--input-type', type, '--output-type', type, file],
        {
          env: this.opts.env as NodeJS.ProcessEnv,
          cwd: this.opts.cwd,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 120_000,
          maxBuffer: 64 << 20,
        },
      );
    } catch (err) {
      const stderr = (err as { stderr?: string }).stderr ?? '';
      const line = oneLine(
        stderr
          .split('\n')
          .filter((l) => l.trim())
          .slice(-3)
          .join(' '),
      ).slice(0, 400);
      throw this.error(
        display,
        loc,
        `the sops binary could not decrypt it${line ? `: ${line}` : ''}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Values the `sops` binary decrypted: those that were encrypted in the input. */
  private reportSecrets(encrypted: MapNode[], plain: MapNode[]): void {
    const report = this.opts.onSecret;
    if (!report) return;
    const walk = (e: TreeNode | undefined, p: TreeNode) => {
      if (p.kind === 'map')
        for (const [k, v] of p.items)
          walk(e?.kind === 'map' ? e.items.find(([ek]) => ek === k)?.[1] : undefined, v);
      else if (p.kind === 'seq')
        p.items.forEach((v, i) => walk(e?.kind === 'seq' ? e.items[i] : undefined, v));
      else if ((!e || (e.kind === 'str' && looksEncrypted(e.value))) && p.kind !== 'null')
        report(
          p.kind === 'str' || p.kind === 'time'
            ? p.value
            : String(p.kind === 'bytes' ? p.value.toString() : p.value),
        );
    };
    plain.forEach((d, i) => walk(encrypted[i], d));
  }

  private error(display: string, loc: ErrorLocation, message: string, hint?: string): UserError {
    return new UserError(`${display}: ${message}`, loc, hint);
  }
}

// ---- turning a decrypted tree back into data and text ----

/** Plain data (maps without prototype), as the rest of shipshape holds YAML. */
export function toData(node: TreeNode): unknown {
  switch (node.kind) {
    case 'map':
      return newMap(node.items.map(([k, v]) => [k, toData(v)]));
    case 'seq':
      return node.items.map(toData);
    case 'int':
      return Number(node.value);
    case 'bytes':
      return node.value.toString('utf8');
    case 'null':
      return null;
    default:
      return node.value;
  }
}

function yamlNode(node: TreeNode, doc: Document): Node {
  switch (node.kind) {
    case 'map': {
      const m = new YAMLMap(doc.schema);
      for (const [k, v] of node.items) m.items.push(new Pair(new Scalar(k), yamlNode(v, doc)));
      return m;
    }
    case 'seq': {
      const s = new YAMLSeq(doc.schema);
      for (const v of node.items) s.items.push(yamlNode(v, doc));
      return s;
    }
    case 'int':
      return new Scalar(Number.isSafeInteger(Number(node.value)) ? Number(node.value) : node.value);
    case 'bytes':
      return new Scalar(node.value.toString('utf8'));
    case 'null':
      return new Scalar(null);
    default:
      return new Scalar(node.value);
  }
}

/**
 * YAML that reads back as the same values under YAML 1.1 and 1.2 alike (kluctl reads vars
 * files as YAML 1.1, kustomize manifests as 1.2): strings such as `yes` or `0755` are quoted.
 */
export function emitYaml(docs: readonly MapNode[]): string {
  return docs
    .map((d) => {
      const doc = new Document(null, { version: '1.1' });
      doc.contents = yamlNode(d, doc) as YAMLMap;
      return doc.toString({ lineWidth: 0, directives: false });
    })
    .join('---\n');
}

export function emitJson(node: TreeNode): string {
  switch (node.kind) {
    case 'map':
      return `{${node.items.map(([k, v]) => `${JSON.stringify(k)}:${emitJson(v)}`).join(',')}}`;
    case 'seq':
      return `[${node.items.map(emitJson).join(',')}]`;
    case 'int':
      return node.value.toString();
    case 'float':
      return Number.isFinite(node.value) ? JSON.stringify(node.value) : 'null';
    case 'bytes':
      return JSON.stringify(node.value.toString('utf8'));
    case 'null':
      return 'null';
    default:
      return JSON.stringify(node.value);
  }
}

export { looksEncrypted };
export type { MapNode };
