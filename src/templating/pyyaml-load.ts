/**
 * `from_yaml`: YAML parsed the way PyYAML's safe loader does (YAML 1.1 scalars: `yes`/`on`
 * are booleans, `010` is octal, `1e3` stays a string, `1.0` is a float, `<<` merges).
 * The `yaml` package provides the syntax; scalar resolution follows PyYAML.
 */
import YAML, { Alias, Document, isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { TemplateError } from './errors.js';
import { PyFloat, newDict, pyFloat } from './python/values.js';

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

function construct(node: Node | null, doc: Document, seen: Map<Node, unknown>): unknown {
  if (node === null) return null;
  if (isAlias(node)) {
    const target = (node as Alias).resolve(doc);
    if (!target) throw new TemplateError('ComposerError', `found undefined alias '${node.source}'`);
    return seen.has(target) ? seen.get(target) : construct(target, doc, seen);
  }
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
    seen.set(node, list);
    for (const item of node.items) list.push(construct(item as Node, doc, seen));
    return list;
  }
  if (isMap(node)) {
    const d = newDict();
    seen.set(node, d);
    const merged: Record<string, unknown>[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as Node;
      if (isScalar(keyNode) && keyNode.type === 'PLAIN' && String(keyNode.source) === '<<') {
        const v = construct(pair.value as Node, doc, seen);
        for (const m of Array.isArray(v) ? v : [v]) merged.push(m as Record<string, unknown>);
        continue;
      }
      const key = construct(keyNode, doc, seen);
      if (key !== null && typeof key === 'object') {
        throw new TemplateError(
          'ConstructorError',
          'found unhashable key while constructing a mapping',
        );
      }
      d[
        key === null
          ? 'None'
          : typeof key === 'boolean'
            ? key
              ? 'True'
              : 'False'
            : String(key instanceof PyFloat ? key.value : key)
      ] = construct(pair.value as Node, doc, seen);
    }
    if (!merged.length) return d;
    const out = newDict();
    for (const m of merged.reverse()) Object.assign(out, m);
    return Object.assign(out, d);
  }
  return null;
}

/** `yaml.load(text, Loader=SafeLoader)` */
export function pyyamlLoad(text: string): unknown {
  const docs = YAML.parseAllDocuments(text, { schema: 'failsafe', keepSourceTokens: false });
  if (!Array.isArray(docs)) throw new TemplateError('ParserError', 'could not parse YAML');
  if (docs.length > 1)
    throw new TemplateError('ComposerError', 'expected a single document in the stream');
  const doc = docs[0];
  if (!doc) return null;
  if (doc.errors.length) throw new TemplateError('YAMLError', doc.errors[0].message);
  return construct(doc.contents as Node | null, doc, new Map());
}
