/**
 * The document model SOPS computes its MAC over: maps with their keys in file order,
 * sequences, and typed scalars as Go's yaml.v3 (YAML) or encoding/json (JSON) decode them
 * into interface{} values. Key order matters (the MAC covers it), so no JavaScript objects
 * here: integer-like keys would be reordered.
 */
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';

export type Leaf =
  | { kind: 'str'; value: string }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  /** A timestamp, kept as the text Go's time.MarshalText gives it (RFC 3339 with nanoseconds). */
  | { kind: 'time'; value: string }
  | { kind: 'bytes'; value: Buffer }
  | { kind: 'null' };

export type TreeNode =
  Leaf | { kind: 'map'; items: [string, TreeNode][] } | { kind: 'seq'; items: TreeNode[] };

export class TreeError extends Error {}

// ---- Go's number and time formatting (strconv, time) ----

/** strconv.FormatFloat(f, 'f', -1, 64): the shortest digits that round-trip, never an exponent. */
export function formatFloatF(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const s = String(f);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return Object.is(f, -0) ? '-0' : s;
  const [, sign, lead, frac = '', expText] = m;
  const digits = lead + frac;
  const exp = Number(expText);
  const point = 1 + exp;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?))?$/;

/** yaml.v3's timestamp resolution, as time.MarshalText prints it; undefined when it is no timestamp. */
export function parseGoTimestamp(text: string): string | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const hh = m[4] ?? m[9] ?? '0';
  const mi = m[5] ?? m[10] ?? '0';
  const ss = m[6] ?? m[11] ?? '0';
  const frac = (m[7] ?? m[12] ?? '').slice(1);
  const zone = m[8] ?? 'Z';
  const nums = [Number(mo), Number(d), Number(hh), Number(mi), Number(ss)];
  const days = new Date(Date.UTC(Number(y), nums[0], 0)).getUTCDate();
  if (nums[0] < 1 || nums[0] > 12 || nums[1] < 1 || nums[1] > days) return undefined;
  if (nums[2] > 23 || nums[3] > 59 || nums[4] > 59) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const fraction = frac.slice(0, 9).replace(/0+$/, '');
  const offset = zone === 'Z' || zone === '+00:00' || zone === '-00:00' ? 'Z' : zone;
  return `${y}-${pad(nums[0])}-${pad(nums[1])}T${pad(nums[2])}:${pad(nums[3])}:${pad(nums[4])}${fraction ? `.${fraction}` : ''}${offset}`;
}

// ---- YAML: yaml.v3's resolution of plain scalars ----

const BOOLS: Record<string, boolean> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS: Record<string, number> = {
  '.nan': NaN,
  '.NaN': NaN,
  '.NAN': NaN,
  '.inf': Infinity,
  '.Inf': Infinity,
  '.INF': Infinity,
  '+.inf': Infinity,
  '+.Inf': Infinity,
  '+.INF': Infinity,
  '-.inf': -Infinity,
  '-.Inf': -Infinity,
  '-.INF': -Infinity,
};
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt(s, 0, 64) / ParseUint: sign, then 0x / 0o / 0b / leading-0 octal prefixes. */
function goParseInt(s: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2];
  let n: bigint;
  if (/^0[oO]/.test(body)) n = BigInt(`0o${body.slice(2)}`);
  else if (/^0[0-7]+$/.test(body)) n = BigInt(`0o${body.slice(1)}`);
  else n = BigInt(body);
  if (m[1] === '-') n = -n;
  if (n < INT64_MIN || n > UINT64_MAX) return undefined;
  return n;
}

function resolvePlain(text: string): Leaf {
  if (Object.hasOwn(BOOLS, text)) return { kind: 'bool', value: BOOLS[text] };
  if (NULLS.has(text)) return { kind: 'null' };
  if (Object.hasOwn(SPECIAL_FLOATS, text)) return { kind: 'float', value: SPECIAL_FLOATS[text] };
  const c = text[0];
  if (c === '.') {
    const f = Number(text);
    if (/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) && !Number.isNaN(f))
      return { kind: 'float', value: f };
    return { kind: 'str', value: text };
  }
  if (/[-+0-9]/.test(c ?? '')) {
    const ts = parseGoTimestamp(text);
    if (ts !== undefined) return { kind: 'time', value: ts };
    const plain = text.replace(/_/g, '');
    const n = goParseInt(plain);
    if (n !== undefined) return { kind: 'int', value: n };
    if (YAML_FLOAT.test(plain)) return { kind: 'float', value: Number(plain) };
    const bin = /^(-?)0b([01]+)$/.exec(plain);
    if (bin) return { kind: 'int', value: (bin[1] ? -1n : 1n) * BigInt(`0b${bin[2]}`) };
    const oct = /^(-?)0o([0-7]+)$/.exec(plain);
    if (oct) return { kind: 'int', value: (oct[1] ? -1n : 1n) * BigInt(`0o${oct[2]}`) };
  }
  return { kind: 'str', value: text };
}

const shortTag = (tag: string) =>
  tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;

function yamlScalar(node: Node): Leaf {
  if (!isScalar(node)) throw new TreeError('unexpected YAML node');
  const tag = node.tag ? shortTag(node.tag) : '';
  const plain = node.type === 'PLAIN';
  const text = plain && typeof node.source === 'string' ? node.source : String(node.value ?? '');
  if (tag === '!!str' || (!plain && tag === '')) return { kind: 'str', value: text };
  if (tag === '!!binary')
    return { kind: 'str', value: Buffer.from(text, 'base64').toString('latin1') };
  if (tag === '' || ['!!bool', '!!int', '!!float', '!!null', '!!timestamp'].includes(tag)) {
    const leaf = resolvePlain(text);
    if (tag === '!!float' && leaf.kind === 'int')
      return { kind: 'float', value: Number(leaf.value) };
    return leaf;
  }
  return { kind: 'str', value: text };
}

const MAX_NODES = 1_000_000;

function fromYaml(
  node: Node | null,
  doc: Document,
  depth: number,
  budget = { left: MAX_NODES },
): TreeNode {
  if (depth > 1000) throw new TreeError('YAML nesting too deep');
  // aliases are expanded: a "billion laughs" document must not be
  if (--budget.left < 0) throw new TreeError('YAML document too large (aliases expand too often)');
  if (node === null) return { kind: 'null' };
  if (isAlias(node)) return fromYaml(node.resolve(doc) as Node, doc, depth + 1, budget);
  if (isMap(node)) {
    const items: [string, TreeNode][] = [];
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const k = key === null ? { kind: 'null' as const } : fromYaml(key, doc, depth + 1, budget);
      if (k.kind !== 'str')
        throw new TreeError(`only string keys are supported (found a ${k.kind} key)`);
      items.push([k.value, fromYaml(pair.value as Node | null, doc, depth + 1, budget)]);
    }
    return { kind: 'map', items };
  }
  if (isSeq(node))
    return {
      kind: 'seq',
      items: node.items.map((i) => fromYaml(i as Node, doc, depth + 1, budget)),
    };
  return yamlScalar(node);
}

/** The documents of a YAML stream; each must be a mapping (or empty, then it is left out). */
export function parseYamlTree(text: string): { kind: 'map'; items: [string, TreeNode][] }[] {
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  const out: { kind: 'map'; items: [string, TreeNode][] }[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length) throw new TreeError(doc.errors[0].message.split('\n')[0]);
    const root = fromYaml(doc.contents as Node | null, doc, 0);
    if (root.kind === 'null') continue;
    if (root.kind !== 'map') throw new TreeError('a YAML document that is not a mapping');
    out.push(root);
  }
  return out;
}

// ---- JSON: encoding/json with UseNumber (integers that fit int64 stay integers) ----

export function parseJsonTree(text: string): TreeNode {
  let pos = 0;
  const fail = (what: string): never => {
    throw new TreeError(`invalid JSON at offset ${pos}: ${what}`);
  };
  const ws = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
  };
  const str = (): string => {
    // eslint-disable-next-line no-control-regex -- JSON strings may not hold control characters
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(pos));
    if (!m) fail('bad string');
    pos += m![0].length;
    return JSON.parse(m![0]) as string;
  };
  const value = (depth: number): TreeNode => {
    if (depth > 1000) fail('nesting too deep');
    ws();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const items: [string, TreeNode][] = [];
      ws();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'map', items };
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail('expected a key');
        const k = str();
        ws();
        if (text[pos++] !== ':') fail('expected ":"');
        items.push([k, value(depth + 1)]);
        ws();
        const n = text[pos++];
        if (n === '}') return { kind: 'map', items };
        if (n !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const items: TreeNode[] = [];
      ws();
      if (text[pos] === ']') {
        pos++;
        return { kind: 'seq', items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        const n = text[pos++];
        if (n === ']') return { kind: 'seq', items };
        if (n !== ',') fail('expected "," or "]"');
      }
    }
    if (c === '"') return { kind: 'str', value: str() };
    for (const [word, leaf] of [
      ['true', { kind: 'bool', value: true }],
      ['false', { kind: 'bool', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return leaf;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(pos));
    if (!m) fail('unexpected character');
    pos += m![0].length;
    if (!m![2] && !m![3]) {
      const n = BigInt(m![0]);
      if (n >= INT64_MIN && n < 2n ** 63n) return { kind: 'int', value: n };
    }
    return { kind: 'float', value: Number(m![0]) };
  };
  const root = value(0);
  ws();
  if (pos !== text.length) fail('trailing data');
  if (root.kind !== 'map') throw new TreeError('a JSON file whose top level is not an object');
  return root;
}

/** sops' ToBytes: the bytes a value contributes to the MAC. */
export function leafBytes(leaf: Leaf): Buffer {
  switch (leaf.kind) {
    case 'str':
      return Buffer.from(leaf.value, 'utf8');
    case 'int':
      return Buffer.from(leaf.value.toString());
    case 'float':
      return Buffer.from(formatFloatF(leaf.value));
    case 'bool':
      return Buffer.from(leaf.value ? 'True' : 'False');
    case 'time':
      return Buffer.from(leaf.value);
    case 'bytes':
      return leaf.value;
    case 'null':
      return Buffer.alloc(0);
  }
}
