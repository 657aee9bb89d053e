/**
 * `from_yaml`: YAML parsed the way PyYAML's safe loader does (YAML 1.1 scalars: `yes`/`on`
 * are booleans, `010` is octal, `1e3` stays a string, `1.0` is a float, `<<` merges, a
 * repeated key keeps its last value). The `yaml` package provides the syntax; scalar
 * resolution follows PyYAML.
 *
 * An alias is the very list or dict its anchor names, as in PyYAML, so loading takes the
 * document's size; documents whose aliases would expand beyond MAX_SHARED_EXPANSION nodes
 * (alias bombs) are refused, since anything that walks them (printing, to_json, a deep
 * copy) would expand them.
 */
import YAML, { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { TemplateError, recursionError } from './errors.js';
import { checkSharedExpansion } from './limits.js';
import { PyFloat, dictKey, isDict, newDict, pyFloat, setKey, typeName } from './python/values.js';

const RESOLVERS: [string, RegExp, string][] = [
  [
    'bool',
    /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
    'yYnNtTfFoO',
  ],
  [
    'float',
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    '-+0123456789.',
  ],
  [
    'int',
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
    '-+0123456789',
  ],
  ['merge', /^(?:<<)$/, '<'],
  ['null', /^(?:~|null|Null|NULL|)$/, '~nN'],
  [
    'timestamp',
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
    '0123456789',
  ],
];

function resolvePlain(text: string): string {
  for (const [tag, re, first] of RESOLVERS) {
    if ((text === '' ? tag === 'null' : first.includes(text[0])) && re.test(text)) return tag;
  }
  return 'str';
}

function sexagesimal(text: string): number {
  return text.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

function constructInt(raw: string): number {
  let t = raw.replace(/_/g, '');
  let sign = 1;
  if (t[0] === '-' || t[0] === '+') {
    if (t[0] === '-') sign = -1;
    t = t.slice(1);
  }
  if (t === '0') return 0;
  if (t.startsWith('0b')) return sign * parseInt(t.slice(2), 2);
  if (t.startsWith('0x')) return sign * parseInt(t.slice(2), 16);
  if (t.startsWith('0')) return sign * parseInt(t, 8);
  if (t.includes(':')) return sign * sexagesimal(t);
  return sign * Number(t);
}

function constructFloat(raw: string): number | PyFloat {
  let t = raw.replace(/_/g, '').toLowerCase();
  let sign = 1;
  if (t[0] === '-' || t[0] === '+') {
    if (t[0] === '-') sign = -1;
    t = t.slice(1);
  }
  if (t === '.inf') return sign * Infinity;
  if (t === '.nan') return NaN;
  if (t.includes(':')) return pyFloat(sign * sexagesimal(t));
  return pyFloat(sign * Number(t));
}

/** A YAML timestamp, printed as Python prints a date or datetime. */
export class PyDate {
  constructor(readonly text: string) {}

  __str__(): string {
    return this.text;
  }
}

function constructTimestamp(raw: string): PyDate {
  const m =
    /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t]*(Z|[-+]\d\d?(?::\d\d)?))?)?$/.exec(
      raw,
    );
  if (!m) return new PyDate(raw);
  const p2 = (s: string) => s.padStart(2, '0');
  const date = `${m[1]}-${p2(m[2])}-${p2(m[3])}`;
  if (m[4] === undefined) return new PyDate(date);
  let time = `${p2(m[4])}:${m[5]}:${m[6]}`;
  if (m[7]) time += `.${m[7].slice(0, 6).padEnd(6, '0')}`;
  let tz = '';
  if (m[8] === 'Z') tz = '+00:00';
  else if (m[8]) {
    const [h, min = '00'] = m[8].slice(1).split(':');
    tz = `${m[8][0]}${p2(h)}:${min}`;
  }
  return new PyDate(`${date} ${time}${tz}`);
}

/** What construction has seen so far, in document order. */
interface Composed {
  /** the latest node of each anchor name: an alias refers to the last one before it */
  readonly anchors: Map<string, Node>;
  /** lists and dicts already built, so that every alias of one is the same value */
  readonly built: Map<Node, unknown>;
}

function construct(node: Node | null, c: Composed): unknown {
  if (node === null) return null;
  if (isAlias(node)) {
    const target = c.anchors.get(node.source);
    if (!target) throw new TemplateError('ComposerError', `found undefined alias '${node.source}'`);
    return c.built.has(target) ? c.built.get(target) : construct(target, c);
  }
  if (node.anchor) c.anchors.set(node.anchor, node);
  if (isScalar(node)) {
    const raw = String(node.source ?? node.value ?? '');
    const tag = node.tag;
    let kind = tag
      ? tag.replace(/^tag:yaml\.org,2002:|^!!/, '')
      : node.type === 'PLAIN'
        ? resolvePlain(raw)
        : 'str';
    if (kind === 'merge') kind = 'str';
    switch (kind) {
      case 'bool':
        return /^(yes|true|on)$/i.test(raw);
      case 'int':
        return constructInt(raw);
      case 'float':
        return constructFloat(raw);
      case 'null':
        return null;
      case 'timestamp':
        return constructTimestamp(raw);
      default:
        return typeof node.value === 'string' ? node.value : raw;
    }
  }
  if (isSeq(node)) {
    const list: unknown[] = [];
    c.built.set(node, list);
    for (const item of node.items) list.push(construct(item as Node, c));
    return list;
  }
  if (isMap(node)) {
    const d = newDict();
    c.built.set(node, d);
    const merged: Record<string, unknown>[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as Node;
      if (isScalar(keyNode) && keyNode.type === 'PLAIN' && String(keyNode.source) === '<<') {
        merged.push(...mergeSources(construct(pair.value as Node, c)));
        continue;
      }
      const key = construct(keyNode, c);
      if (key !== null && typeof key === 'object') {
        throw new TemplateError(
          'ConstructorError',
          'found unhashable key while constructing a mapping',
        );
      }
      setKey(d, dictKey(key), construct(pair.value as Node, c));
    }
    if (!merged.length) return d;
    // keys of the mapping itself win, then the first merged mapping over later ones
    const out = newDict();
    for (const m of [...merged.reverse(), d]) for (const k of Object.keys(m)) setKey(out, k, m[k]);
    return out;
  }
  return null;
}

/** The mappings a `<<` key merges: one mapping or a list of them, as PyYAML requires. */
function mergeSources(v: unknown): Record<string, unknown>[] {
  const list = Array.isArray(v) ? v : [v];
  for (const m of list) {
    if (!isDict(m)) {
      throw new TemplateError(
        'ConstructorError',
        `expected a mapping or list of mappings for merging, but found ${typeName(m)}`,
      );
    }
  }
  return list as Record<string, unknown>[];
}

/** `yaml.load(text, Loader=SafeLoader)` */
export function pyyamlLoad(text: string): unknown {
  // uniqueKeys off: PyYAML keeps a repeated key's last value (and the check is quadratic)
  const docs = YAML.parseAllDocuments(text, {
    schema: 'failsafe',
    keepSourceTokens: false,
    uniqueKeys: false,
  });
  if (!Array.isArray(docs)) throw new TemplateError('ParserError', 'could not parse YAML');
  if (docs.length > 1)
    throw new TemplateError('ComposerError', 'expected a single document in the stream');
  const doc = docs[0];
  if (!doc) return null;
  if (doc.errors.length) {
    // the parser reports its own stack overflow (deep nesting) as a syntax error
    const overflow = doc.errors.find((e) =>
      e.message.startsWith('Maximum call stack size exceeded'),
    );
    if (overflow) throw recursionError(overflow);
    throw new TemplateError('YAMLError', doc.errors[0].message);
  }
  const value = construct(doc.contents as Node | null, { anchors: new Map(), built: new Map() });
  checkSharedExpansion(
    value,
    "from_yaml: the document's aliases expand",
    'each alias stands for a copy of its anchored value wherever the data is written out; a document whose aliases nest aliases (a "billion laughs" bomb) is refused: anchor smaller values or repeat them fewer times',
  );
  return value;
}
