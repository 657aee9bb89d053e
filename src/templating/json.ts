/** Python's json.dumps: `, ` and `: ` separators, ASCII-only output, floats as Python prints them. */
import { typeError } from './errors.js';
import { BoundedText, checkText } from './limits.js';
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
  const out = new BoundedText();
  const newline = (level: number) => {
    if (indent === undefined) return '';
    checkText(indent * level);
    return '\n' + ' '.repeat(indent * level);
  };
  /** Writes a list or dict; when indenting, each item starts on its own line. */
  const container = (l: string, r: string, n: number, level: number, item: (i: number) => void) => {
    out.write(l);
    if (!n) return out.write(r);
    const pad = newline(level + 1);
    for (let i = 0; i < n; i++) {
      out.write(i ? itemSep + pad : pad);
      item(i);
    }
    out.write(newline(level) + r);
  };
  const enc = (v: unknown, level: number): void => {
    if (v === null || v === undefined) return out.write('null');
    if (v === true) return out.write('true');
    if (v === false) return out.write('false');
    if (typeof v === 'string') return out.write(jsonString(v));
    if (typeof v === 'number') return out.write(jsonNumber(v));
    if (v instanceof PyFloat) return out.write(floatRepr(v.value).replace(/^inf$/, 'Infinity'));
    if (v instanceof Undefined) v.fail();
    if (Array.isArray(v)) return container('[', ']', v.length, level, (i) => enc(v[i], level + 1));
    if (isDict(v)) {
      const keys = Object.keys(v);
      if (opts.sortKeys) keys.sort();
      return container('{', '}', keys.length, level, (i) => {
        out.write(`${jsonString(keys[i])}: `);
        enc(v[keys[i]], level + 1);
      });
    }
    throw typeError(`Object of type ${typeName(v)} is not JSON serializable`);
  };
  enc(value, 0);
  return out.toString();
}
