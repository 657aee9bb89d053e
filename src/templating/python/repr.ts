/** Python's `str()` and `repr()` of template values: what `{{ value }}` prints. */
import { BoundedText } from '../limits.js';
import {
  DictView,
  GroupTuple,
  Namespace,
  PyFloat,
  PyRange,
  PyTuple,
  Undefined,
  isDict,
  typeName,
} from './values.js';

/** Python `str(value)`: `None`, `True`, `3.0`, `[1, 'a']`, `{'k': 'v'}`. */
export function toPythonString(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return Number.isInteger(v) ? intStr(v) : floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'undefined':
      return 'None';
  }
  if (v === null) return 'None';
  if (v instanceof Undefined) return v.str();
  return pyRepr(v);
}

/** Python `repr(value)`; the text of a value that expands past MAX_TEXT is refused. */
export function pyRepr(v: unknown): string {
  if (typeof v === 'string') return strRepr(v);
  const out = new BoundedText();
  reprInto(v, out);
  return out.toString();
}

function reprInto(v: unknown, out: BoundedText): void {
  switch (typeof v) {
    case 'string':
      return out.write(strRepr(v));
    case 'number':
    case 'boolean':
    case 'undefined':
      return out.write(toPythonString(v));
    case 'function':
      return out.write(`<function ${v.name || '<lambda>'}>`);
  }
  if (v === null) return out.write('None');
  if (v instanceof PyFloat) return out.write(floatRepr(v.value));
  if (v instanceof PyRange) {
    const [start, stop, step] = v.bounds;
    return out.write(step === 1 ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${step})`);
  }
  if (v instanceof DictView) return items(v, `dict_${v.kind}([`, '])', out);
  if (v instanceof GroupTuple) {
    out.write('_GroupTuple(grouper=');
    reprInto(v[0], out);
    out.write(', list=');
    reprInto(v[1], out);
    return out.write(')');
  }
  if (v instanceof PyTuple) return items(v, '(', v.length === 1 ? ',)' : ')', out);
  if (Array.isArray(v)) return items(v, '[', ']', out);
  if (v instanceof Undefined) return out.write('Undefined');
  if (v instanceof Namespace) {
    out.write('<Namespace ');
    dictInto(v.attrs, out);
    return out.write('>');
  }
  if (isDict(v)) return dictInto(v, out);
  if (v instanceof Date) return out.write(v.toISOString());
  const custom = (v as { __str__?: () => string }).__str__;
  if (typeof custom === 'function') return out.write(custom.call(v));
  out.write(`<${typeName(v)} object>`);
}

function items(list: readonly unknown[], open: string, close: string, out: BoundedText): void {
  out.write(open);
  list.forEach((x, i) => {
    if (i) out.write(', ');
    reprInto(x, out);
  });
  out.write(close);
}

function dictInto(d: Record<string, unknown>, out: BoundedText): void {
  out.write('{');
  Object.keys(d).forEach((k, i) => {
    out.write(i ? `, ${strRepr(k)}: ` : `${strRepr(k)}: `);
    reprInto(d[k], out);
  });
  out.write('}');
}

/** Python ints print every digit, where JavaScript would switch to exponent notation. */
export function intStr(n: number): string {
  return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
}

/**
 * Python's float repr: the shortest digits that round-trip (as JavaScript), in fixed
 * notation for exponents -4..15 and `1e+16` style outside, always with a `.0` when integral.
 */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expPart] = x.toExponential().split('e');
  const exp = Number(expPart);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const sign = neg ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${intPart}.${frac || '0'}`;
}

// Characters Python's str.isprintable() rejects (other than the ASCII space).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr of a str: single quotes unless the text holds ' and no ". */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    switch (ch) {
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case quote:
        out += `\\${quote}`;
        continue;
    }
    if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, '0')}`;
      else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
      else out += `\\U${cp.toString(16).padStart(8, '0')}`;
    } else {
      out += ch;
    }
  }
  return out + quote;
}
