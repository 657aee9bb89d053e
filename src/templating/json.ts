/** Python's json.dumps: `, ` and `: ` separators, ASCII-only output, floats as Python prints them. */
import { typeError } from './errors.js';
import { floatRepr, intStr } from './python/repr.js';
import { PyFloat, Undefined, isDict, typeName } from './python/values.js';

export interface JsonOptions {
  sortKeys?: boolean;
  indent?: number;
}

function jsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

function jsonNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  return Number.isInteger(n) ? intStr(n) : floatRepr(n);
}

export function jsonDumps(value: unknown, opts: JsonOptions = {}): string {
  const indent = opts.indent;
  const itemSep = indent === undefined ? ', ' : ',';
  const enc = (v: unknown, level: number): string => {
    if (v === null || v === undefined) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'string') return jsonString(v);
    if (typeof v === 'number') return jsonNumber(v);
    if (v instanceof PyFloat) return floatRepr(v.value).replace(/^inf$/, 'Infinity');
    if (v instanceof Undefined) v.fail();
    const open = (items: string[], l: string, r: string) => {
      if (!items.length) return l + r;
      if (indent === undefined) return l + items.join(itemSep) + r;
      const pad = '\n' + ' '.repeat(indent * (level + 1));
      return l + pad + items.join(itemSep + pad) + '\n' + ' '.repeat(indent * level) + r;
    };
    if (Array.isArray(v))
      return open(
        v.map((x) => enc(x, level + 1)),
        '[',
        ']',
      );
    if (isDict(v)) {
      const keys = Object.keys(v);
      if (opts.sortKeys) keys.sort();
      return open(
        keys.map((k) => `${jsonString(k)}: ${enc(v[k], level + 1)}`),
        '{',
        '}',
      );
    }
    throw typeError(`Object of type ${typeName(v)} is not JSON serializable`);
  };
  return enc(value, 0);
}
