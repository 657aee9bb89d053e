/**
 * A chart repository's index.yaml: per chart, its versions with their download URLs and
 * digests. Real indexes are large (tens of MB for the big public repositories) and a general
 * YAML parser takes seconds on them, so the layout `helm repo index` writes (and every common
 * repository server copies) is read line by line, picking out only `version`, `urls` and
 * `digest`; anything this reader is not sure about (tabs, anchors, flow or multi-line values
 * in those fields, another layout) makes it give up, and the index is parsed as YAML instead.
 * Both give the same result (test/helm/repo-index.test.ts).
 */
import { parse } from 'yaml';
import { isPlainObject } from '../util/merge.js';

export interface IndexEntry {
  version: string;
  urls: string[];
  digest?: string;
}

/** Chart name → its entries, in index order; undefined when the text is not an index. */
export type RepoEntries = Map<string, IndexEntry[]>;

class NotSimple extends Error {}

const LOOKS_TYPED =
  /^(?:[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|true|false|yes|no|on|off|y|n|null|~)$/i;

/** A plain or simply quoted string scalar; throws NotSimple for anything else. */
function scalar(raw: string): string {
  const v = raw.replace(/\s+#.*$/, '').trim();
  if (v.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\.)*"$/.test(v)) throw new NotSimple();
    return JSON.parse(v) as string;
  }
  if (v.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(v)) throw new NotSimple();
    return v.slice(1, -1).replace(/''/g, "'");
  }
  // Empty, typed (a number, a boolean, null) or special: the YAML parser decides.
  if (v === '' || /^[&*!|>[{@`%,]/.test(v) || /: |\s#/.test(v) || LOOKS_TYPED.test(v))
    throw new NotSimple();
  return v;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

function fastParse(text: string): RepoEntries {
  if (text.includes('\t')) throw new NotSimple();
  const lines = text.split(/\r?\n/);
  if (lines.slice(1).some((l) => /^(---|\.\.\.)(\s|$)/.test(l))) throw new NotSimple();
  const start = lines.findIndex((l) => /^entries:\s*$/.test(l));
  if (start < 0) throw new NotSimple();
  const out: RepoEntries = new Map();
  let chart: IndexEntry[] | undefined;
  let entry: IndexEntry | undefined;
  let keyIndent = -1; // where an entry's keys are
  let inUrls = false;
  const finish = () => {
    if (entry) {
      if (!entry.version) throw new NotSimple();
      chart!.push(entry);
    }
    entry = undefined;
    inUrls = false;
  };
  /** `key: value` at an entry's key column. */
  const keyLine = (text: string) => {
    inUrls = false;
    const m = /^([A-Za-z][\w-]*):(?:\s+(.*))?$/.exec(text);
    if (!m) {
      if (/^["'?]/.test(text)) throw new NotSimple();
      return;
    }
    const [, key, value] = m;
    if (key === 'version') entry!.version = scalar(value ?? '');
    else if (key === 'digest') entry!.digest = scalar(value ?? '');
    else if (key === 'urls') {
      const v = (value ?? '').trim();
      if (v === '[]') return;
      if (v !== '') throw new NotSimple();
      inUrls = true;
    }
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = indentOf(line);
    if (indent === 0) break; // the next top-level key: the entries are done
    if (indent === 2 && !trimmed.startsWith('-')) {
      // A chart: `  name:` with its list below, or `  name: []`.
      finish();
      const m = /^([^\s:'"#&*!][^:#]*?):\s*(\[\])?\s*$/.exec(trimmed);
      if (!m) throw new NotSimple();
      if (out.has(m[1])) throw new NotSimple();
      chart = [];
      out.set(m[1], chart);
      keyIndent = -1;
      continue;
    }
    if (!chart) throw new NotSimple();
    const dash = trimmed === '-' || trimmed.startsWith('- ');
    if (dash && (keyIndent < 0 || indent + 2 === keyIndent)) {
      // A new entry, `- key: value`: its keys are two columns to the right of the dash.
      finish();
      keyIndent = indent + 2;
      entry = { version: '', urls: [] };
      const first = trimmed.slice(1).trim();
      if (first) keyLine(first);
      continue;
    }
    if (!entry || indent < keyIndent) throw new NotSimple();
    if (indent === keyIndent && !dash) keyLine(trimmed);
    else if (inUrls) {
      // URL items sit at the key column (sigs.k8s.io/yaml's style) or two to the right.
      if (dash && (indent === keyIndent || indent === keyIndent + 2))
        entry.urls.push(scalar(trimmed.slice(1)));
      else throw new NotSimple();
    }
    // Anything else is inside a field this reader does not need.
  }
  finish();
  return out;
}

/** The fast reader alone: undefined when it is not sure (exported for tests). */
export function readIndexLines(text: string): RepoEntries | undefined {
  try {
    return fastParse(text);
  } catch (err) {
    if (err instanceof NotSimple) return undefined;
    throw err;
  }
}

/** The entries of a parsed index document. */
function fromDocument(doc: unknown): RepoEntries | undefined {
  if (!isPlainObject(doc) || !isPlainObject(doc.entries)) return undefined;
  const out: RepoEntries = new Map();
  for (const [name, list] of Object.entries(doc.entries)) {
    if (!Array.isArray(list)) continue;
    out.set(
      name,
      list.filter(isPlainObject).flatMap((e) =>
        e.version === undefined || e.version === null
          ? []
          : [
              {
                version: String(e.version),
                urls: Array.isArray(e.urls)
                  ? e.urls.filter((u): u is string => typeof u === 'string')
                  : [],
                digest: typeof e.digest === 'string' ? e.digest : undefined,
              },
            ],
      ),
    );
  }
  return out;
}

/** The entries of an index (YAML, or JSON as some servers send); undefined when it is none. */
export function parseRepoIndex(text: string): RepoEntries | undefined {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('{')) {
    try {
      return fromDocument(JSON.parse(body));
    } catch {
      return undefined;
    }
  }
  try {
    return fastParse(body);
  } catch (err) {
    if (!(err instanceof NotSimple)) throw err;
  }
  try {
    return fromDocument(parse(body, { maxAliasCount: 1000, uniqueKeys: false }));
  } catch {
    return undefined;
  }
}
