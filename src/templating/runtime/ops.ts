/** Python operators as Jinja2 evaluates them: `+ - * / // % ** ~ == < in`. */
import { TemplateError, typeError } from '../errors.js';
import { checkList, checkText } from '../limits.js';
import { percentFormat } from '../python/format.js';
import { toPythonString } from '../python/repr.js';
import { hasKey } from './access.js';
import {
  PyFloat,
  PyTuple,
  Undefined,
  dunder,
  isDict,
  isFloat,
  isNumeric,
  num,
  pyEq,
  pyFloat,
  pyLt,
  tuple,
  typeName,
} from '../python/values.js';

const zeroDivision = (msg: string) => new TemplateError('ZeroDivisionError', msg);

function operandError(op: string, a: unknown, b: unknown): TemplateError {
  return typeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

function failUndefined(a: unknown, b: unknown): void {
  if (a instanceof Undefined) a.fail();
  if (b instanceof Undefined) b.fail();
}

/** Arithmetic on two numbers: the result is a float when either operand is one. */
const DUNDERS: Record<string, string> = { '+': '__add__', '-': '__sub__' };

function arith(
  a: unknown,
  b: unknown,
  op: string,
  f: (x: number, y: number) => number,
): number | PyFloat {
  if (!isNumeric(a) || !isNumeric(b)) {
    const method = DUNDERS[op] && dunder(a, DUNDERS[op]);
    if (method) return method(b) as number;
    failUndefined(a, b);
    throw operandError(op, a, b);
  }
  const r = f(num(a), num(b));
  return isFloat(a) || isFloat(b) ? pyFloat(r) : r;
}

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return Number.isInteger(r) && !(Number.isInteger(a) && Number.isInteger(b))
      ? new PyFloat(r)
      : r;
  }
  if (typeof a === 'string') {
    if (typeof b === 'string') {
      checkText(a.length + b.length);
      return a + b;
    }
    failUndefined(a, b);
    throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  }
  if (Array.isArray(a)) {
    const kind = a instanceof PyTuple ? 'tuple' : 'list';
    if (Array.isArray(b) && b instanceof PyTuple === (kind === 'tuple')) {
      checkList(a.length + b.length);
      return kind === 'tuple' ? tuple([...a, ...b]) : [...a, ...b];
    }
    failUndefined(a, b);
    throw typeError(`can only concatenate ${kind} (not "${typeName(b)}") to ${kind}`);
  }
  return arith(a, b, '+', (x, y) => x + y);
}

export function sub(a: unknown, b: unknown): unknown {
  return arith(a, b, '-', (x, y) => x - y);
}

function repeat(seq: unknown, times: unknown): unknown {
  const n = Math.max(0, num(times));
  if (typeof seq === 'string') {
    if (seq === '') return '';
    checkText(seq.length * n);
    return seq.repeat(n);
  }
  const items = seq as unknown[];
  // an empty list repeated 10**12 times is empty, without looping 10**12 times
  const out: unknown[] = [];
  if (items.length) {
    checkList(items.length * n);
    for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  }
  return seq instanceof PyTuple ? tuple(out) : out;
}

const isIntLike = (v: unknown) =>
  typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v));

export function mul(a: unknown, b: unknown): unknown {
  if ((typeof a === 'string' || Array.isArray(a)) && isIntLike(b)) return repeat(a, b);
  if ((typeof b === 'string' || Array.isArray(b)) && isIntLike(a)) return repeat(b, a);
  if ((typeof a === 'string' || Array.isArray(a)) && isNumeric(b)) {
    throw typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
  }
  return arith(a, b, '*', (x, y) => x * y);
}

export function div(a: unknown, b: unknown): unknown {
  if (isNumeric(a) && isNumeric(b) && num(b) === 0) throw zeroDivision('division by zero');
  const r = arith(a, b, '/', (x, y) => x / y);
  return typeof r === 'number' ? pyFloat(r) : r;
}

export function floordiv(a: unknown, b: unknown): unknown {
  if (isNumeric(a) && isNumeric(b) && num(b) === 0) {
    throw zeroDivision(
      isFloat(a) || isFloat(b)
        ? 'float floor division by zero'
        : 'integer division or modulo by zero',
    );
  }
  return arith(a, b, '//', (x, y) => Math.floor(x / y));
}

export function mod(a: unknown, b: unknown): unknown {
  if (typeof a === 'string') return percentFormat(a, b);
  if (isNumeric(a) && isNumeric(b) && num(b) === 0) {
    throw zeroDivision(isFloat(a) || isFloat(b) ? 'float modulo' : 'integer modulo by zero');
  }
  return arith(a, b, '%', (x, y) => {
    const r = x % y;
    return r !== 0 && r < 0 !== y < 0 ? r + y : r;
  });
}

export function pow(a: unknown, b: unknown): unknown {
  if (isNumeric(a) && isNumeric(b) && num(a) === 0 && num(b) < 0) {
    throw zeroDivision('0.0 cannot be raised to a negative power');
  }
  const r = arith(a, b, '** or pow()', (x, y) => x ** y);
  // int ** negative int is a float in Python
  return typeof r === 'number' && Number.isInteger(r) && num(b) < 0 ? new PyFloat(r) : r;
}

export function neg(a: unknown): unknown {
  if (typeof a === 'number') return -a;
  if (a instanceof PyFloat) return new PyFloat(-a.value);
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (a instanceof Undefined) a.fail();
  throw typeError(`bad operand type for unary -: '${typeName(a)}'`);
}

export function pos(a: unknown): unknown {
  if (typeof a === 'number' || a instanceof PyFloat) return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  if (a instanceof Undefined) a.fail();
  throw typeError(`bad operand type for unary +: '${typeName(a)}'`);
}

/** `a ~ b`: both sides as strings. */
export function concat(a: unknown, b: unknown): string {
  const left = typeof a === 'string' ? a : toPythonString(a);
  const right = typeof b === 'string' ? b : toPythonString(b);
  checkText(left.length + right.length);
  return left + right;
}

export function eq(a: unknown, b: unknown): boolean {
  return a === b ? !(a instanceof Undefined) || a.fail() : pyEq(a, b);
}

export function ne(a: unknown, b: unknown): boolean {
  return !eq(a, b);
}

export function lt(a: unknown, b: unknown): boolean {
  return pyLt(a, b, '<');
}

export function gt(a: unknown, b: unknown): boolean {
  return pyLt(b, a, '>');
}

export function le(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (typeof a === 'string' && typeof b === 'string') return a <= b;
  return pyLt(a, b, '<=') || pyEq(a, b);
}

export function ge(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  if (typeof a === 'string' && typeof b === 'string') return a >= b;
  return pyLt(b, a, '>=') || pyEq(a, b);
}

/** `item in container`. */
export function contains(container: unknown, item: unknown): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      if (item instanceof Undefined) item.fail();
      throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    }
    return container.includes(item);
  }
  if (Array.isArray(container)) return container.some((x) => pyEq(x, item));
  if (isDict(container)) {
    if (item instanceof Undefined) item.fail();
    return hasKey(container, item);
  }
  if (container instanceof Undefined) container.fail();
  throw typeError(`argument of type '${typeName(container)}' is not iterable`);
}

const COMPARE: Record<string, (a: unknown, b: unknown) => boolean> = {
  '==': eq,
  '!=': ne,
  '<': lt,
  '>': gt,
  '<=': le,
  '>=': ge,
  in: (a, b) => contains(b, a),
  notin: (a, b) => !contains(b, a),
};

/** A chained comparison `a < b < c`: each operand is evaluated once, left to right. */
export function compareChain(first: unknown, rest: readonly unknown[]): boolean {
  let left = first;
  for (let i = 0; i < rest.length; i += 2) {
    const right = rest[i + 1];
    if (!COMPARE[rest[i] as string](left, right)) return false;
    left = right;
  }
  return true;
}
