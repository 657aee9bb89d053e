/** Python string formatting: `"%s" % x`, `"{}".format(x)` and the format-spec mini-language. */
import { indexError, keyError, typeError, valueError } from '../errors.js';
import { checkText } from '../limits.js';
import { fixedDigits, generalDigits, nonFinite, sciDigits } from './numfmt.js';
import { floatRepr, intStr, pyRepr, toPythonString } from './repr.js';
import { PyTuple, Undefined, isDict, isFloat, isNumeric, num, typeName } from './values.js';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | undefined;
  type: string;
}

const SPEC_RE =
  /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

function parseSpec(spec: string): Spec {
  const m = SPEC_RE.exec(spec);
  if (!m) throw valueError('Invalid format specifier');
  // widths pad and precisions add zeros: both are string lengths
  checkText(Number(m[7] ?? 0));
  checkText(Number(m[9] ?? 0));
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : undefined,
    type: m[10] ?? '',
  };
}

function group(intPart: string, sep: string, size: number): string {
  if (!sep) return intPart;
  let out = '';
  for (let i = intPart.length; i > 0; i -= size) {
    const start = Math.max(0, i - size);
    out = intPart.slice(start, i) + (out ? sep + out : '');
  }
  return out;
}

function pad(body: string, sign: string, spec: Spec, defaultAlign: string): string {
  const total = [...sign].length + [...body].length;
  if (spec.width <= total) return sign + body;
  const n = spec.width - total;
  const fill = spec.fill;
  switch (spec.align || defaultAlign) {
    case '<':
      return sign + body + fill.repeat(n);
    case '^': {
      const left = Math.floor(n / 2);
      return fill.repeat(left) + sign + body + fill.repeat(n - left);
    }
    case '=':
      return sign + fill.repeat(n) + body;
    default:
      return fill.repeat(n) + sign + body;
  }
}

function signOf(neg: boolean, spec: Spec): string {
  if (neg) return '-';
  return spec.sign === '-' ? '' : spec.sign;
}

function formatInt(n: number, spec: Spec): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  let body: string;
  let prefix = '';
  switch (spec.type) {
    case 'b':
      body = abs.toString(2);
      prefix = spec.alt ? '0b' : '';
      break;
    case 'o':
      body = abs.toString(8);
      prefix = spec.alt ? '0o' : '';
      break;
    case 'x':
    case 'X':
      body = abs.toString(16);
      prefix = spec.alt ? '0x' : '';
      if (spec.type === 'X') {
        body = body.toUpperCase();
        prefix = prefix.toUpperCase();
      }
      break;
    case 'c':
      return pad(String.fromCodePoint(n), '', spec, '<');
    default:
      body = intStr(abs);
  }
  const size = spec.type === '' || spec.type === 'd' || spec.type === 'n' ? 3 : 4;
  body = group(body, spec.grouping, size);
  if (spec.align === '=' && spec.fill === '0' && spec.grouping) {
    // zero padding also gets grouped: emulate by widening the digits first
    const width = spec.width - signOf(neg, spec).length - prefix.length;
    while (body.length < width)
      body = group(('0' + body).replace(/[,_]/g, ''), spec.grouping, size);
  }
  return pad(body, signOf(neg, spec) + prefix, spec, '>');
}

function formatFloat(x: number, spec: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  const upper = spec.type === 'E' || spec.type === 'F' || spec.type === 'G';
  let body = nonFinite(abs, upper);
  if (body === undefined) {
    const prec = spec.precision;
    switch (spec.type) {
      case 'e':
      case 'E':
        body = sciDigits(abs, prec ?? 6, upper);
        break;
      case 'f':
      case 'F':
        body = fixedDigits(abs, prec ?? 6);
        break;
      case '%':
        body = fixedDigits(abs * 100, prec ?? 6) + '%';
        break;
      case 'g':
      case 'G':
      case 'n':
        body = generalDigits(abs, prec ?? 6, spec.alt, upper);
        break;
      default:
        if (prec === undefined) body = floatRepr(abs);
        else {
          body = generalDigits(abs, prec, spec.alt);
          if (!/[.e]/.test(body)) body += '.0';
        }
    }
    if (spec.alt && !body.includes('.') && !/[eE%]/.test(body)) body += '.';
    if (spec.grouping) {
      const [i, ...rest] = body.split(/(?=[.eE%])/);
      body = group(i, spec.grouping, 3) + rest.join('');
    }
  }
  return pad(body, signOf(neg, spec), spec, '>');
}

/** format(value, spec): the mini-language used by str.format. */
export function formatValue(value: unknown, specText: string): string {
  if (value instanceof Undefined) value.fail();
  if (specText === '') return toPythonString(value);
  const spec = parseSpec(specText);
  if (typeof value === 'string') {
    if (spec.type && spec.type !== 's') {
      throw valueError(`Unknown format code '${spec.type}' for object of type 'str'`);
    }
    const chars = [...value];
    const s = spec.precision !== undefined ? chars.slice(0, spec.precision).join('') : value;
    return pad(s, '', spec, '<');
  }
  if (typeof value === 'boolean' && spec.type === '')
    return pad(value ? 'True' : 'False', '', spec, '<');
  if (isNumeric(value)) {
    const n = num(value);
    if (!isFloat(value) && 'bcdoxXn'.includes(spec.type || 'd')) return formatInt(n, spec);
    if (isFloat(value) && 'bcdoxX'.includes(spec.type) && spec.type !== '') {
      throw valueError(`Unknown format code '${spec.type}' for object of type 'float'`);
    }
    if (!isFloat(value) && spec.type === '') return formatInt(n, spec);
    return formatFloat(n, spec);
  }
  throw typeError(`unsupported format string passed to ${typeName(value)}.__format__`);
}

// ---- printf-style: "%s" % value ----

const PERCENT_RE =
  /%(?:\(([^)]*)\))?([#0\- +]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])?/g;

function asciiRepr(v: unknown): string {
  return pyRepr(v).replace(/[^\p{ASCII}]/gu, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
    if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
    return `\\U${cp.toString(16).padStart(8, '0')}`;
  });
}

function percentOne(
  value: unknown,
  flags: string,
  width: number,
  prec: number | undefined,
  type: string,
): string {
  if (value instanceof Undefined && type !== 'r' && type !== 'a') value.fail();
  const left = flags.includes('-');
  const spec: Spec = {
    fill: flags.includes('0') && !left && !'srac'.includes(type) ? '0' : ' ',
    align: left ? '<' : flags.includes('0') && !'srac'.includes(type) ? '=' : '>',
    sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '-',
    alt: flags.includes('#'),
    zero: false,
    width,
    grouping: '',
    precision: prec,
    type: '',
  };
  switch (type) {
    case 's':
    case 'r':
    case 'a': {
      let s =
        type === 's' ? toPythonString(value) : type === 'r' ? pyRepr(value) : asciiRepr(value);
      if (prec !== undefined) s = [...s].slice(0, prec).join('');
      return pad(s, '', spec, '>');
    }
    case 'c': {
      let s: string;
      if (typeof value === 'string' && [...value].length === 1) s = value;
      else if (typeof value === 'number' && Number.isInteger(value))
        s = String.fromCodePoint(value);
      else throw typeError('%c requires int or char');
      return pad(s, '', spec, '>');
    }
    case 'd':
    case 'i':
    case 'u': {
      if (!isNumeric(value)) {
        throw typeError(`%${type} format: a real number is required, not ${typeName(value)}`);
      }
      const n = Math.trunc(num(value));
      const body = intStr(Math.abs(n));
      const digits = prec !== undefined ? body.padStart(prec, '0') : body;
      return pad(digits, signOf(n < 0, spec), spec, '>');
    }
    case 'o':
    case 'x':
    case 'X': {
      if (!(typeof value === 'number' && Number.isInteger(value)) && typeof value !== 'boolean') {
        throw typeError(`%${type} format: an integer is required, not ${typeName(value)}`);
      }
      const n = num(value);
      let body = Math.abs(n).toString(type === 'o' ? 8 : 16);
      if (type === 'X') body = body.toUpperCase();
      if (prec !== undefined) body = body.padStart(prec, '0');
      const prefix = spec.alt ? (type === 'o' ? '0o' : type === 'x' ? '0x' : '0X') : '';
      return pad(body, signOf(n < 0, spec) + prefix, spec, '>');
    }
    default: {
      if (typeof value === 'string' || !isNumeric(value)) {
        throw typeError(`must be real number, not ${typeName(value)}`);
      }
      spec.type = type === 'F' ? 'F' : type;
      spec.precision = prec ?? 6;
      return formatFloat(num(value), spec);
    }
  }
}

/** Python `fmt % args`. */
export function percentFormat(fmt: string, args: unknown): string {
  const positional = args instanceof PyTuple ? [...args] : [args];
  const mapping = isDict(args) ? args : undefined;
  let next = 0;
  let usedMapping = false;
  const take = (): unknown => {
    if (next >= positional.length) throw typeError('not enough arguments for format string');
    return positional[next++];
  };
  const out = fmt.replace(PERCENT_RE, (whole, key, flags, width, prec, type) => {
    if (type === undefined)
      throw valueError(`unsupported format character at index ${fmt.indexOf(whole)}`);
    if (type === '%' && whole === '%%') return '%';
    let value: unknown;
    const w = width === '*' ? num(take()) : width ? Number(width) : 0;
    const p = prec === '*' ? num(take()) : prec !== undefined ? Number(prec) : undefined;
    checkText(Math.abs(w));
    checkText(p ?? 0);
    if (type === '%') return '%';
    if (key !== undefined) {
      if (!mapping) throw typeError('format requires a mapping');
      if (!Object.hasOwn(mapping, key)) throw keyError(`'${key}'`);
      usedMapping = true;
      value = mapping[key];
    } else value = take();
    return percentOne(value, flags, w, p, type);
  });
  if (!usedMapping && !mapping && next < positional.length) {
    throw typeError('not all arguments converted during string formatting');
  }
  return out;
}

// ---- str.format ----

type Getter = (obj: unknown, key: string | number) => unknown;

/** Python `fmt.format(*args, **kwargs)`; `get` resolves `.attr` and `[key]` parts. */
export function strFormat(
  fmt: string,
  args: readonly unknown[],
  kwargs: Record<string, unknown>,
  get: Getter,
): string {
  let auto = 0;
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === '{' && fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    if (ch === '}' && fmt[i + 1] === '}') {
      out += '}';
      i += 2;
      continue;
    }
    if (ch === '}') throw valueError("Single '}' encountered in format string");
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    while (j < fmt.length && depth > 0) {
      if (fmt[j] === '{') depth++;
      else if (fmt[j] === '}') depth--;
      j++;
    }
    if (depth > 0) throw valueError("expected '}' before end of string");
    const field = fmt.slice(i + 1, j - 1);
    i = j;
    const m = /^([^.[!:]*)((?:\.[^.[!:]+|\[[^\]]*\])*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
    if (!m) throw valueError('unexpected format field');
    const [, name, path, conv, rawSpec] = m;
    let value: unknown;
    if (name === '') value = args[auto++];
    else if (/^\d+$/.test(name)) value = args[Number(name)];
    else {
      if (!Object.hasOwn(kwargs, name)) throw keyError(`'${name}'`);
      value = kwargs[name];
    }
    if (value === undefined) throw indexError('Replacement index out of range');
    for (const part of path.match(/\.[^.[]+|\[[^\]]*\]/g) ?? []) {
      if (part.startsWith('.')) value = get(value, part.slice(1));
      else {
        const k = part.slice(1, -1);
        value = get(value, /^\d+$/.test(k) ? Number(k) : k);
      }
    }
    if (conv === 'r') value = pyRepr(value);
    else if (conv === 's') value = toPythonString(value);
    else if (conv === 'a') value = asciiRepr(value);
    const spec = (rawSpec ?? '').replace(/\{([^}]*)\}/g, (_w, inner: string) =>
      toPythonString(
        inner === '' ? args[auto++] : /^\d+$/.test(inner) ? args[Number(inner)] : kwargs[inner],
      ),
    );
    out += formatValue(value, spec);
  }
  return out;
}
