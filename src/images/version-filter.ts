import { nearest, UserError } from '../util/errors.js';
import { compareLooseVersions } from './loose-version.js';
import { compileGoRegex } from '../util/go-regex.js';

/**
 * A kluctl `latest_version` filter (`semver()`, `prefix(…)`, `number()`, `regex(…)`):
 * which tags it admits and how it orders them.
 */
export interface VersionFilter {
  /** Canonical text, e.g. `prefix("master-", suffix=number())`. */
  readonly text: string;
  /** Undefined when the tag passes; otherwise the rule that rejects it, for explanations. */
  reject(tag: string): string | undefined;
  /** Orders two tags that pass (negative: a is older). */
  compare(a: string, b: string): number;
}

const SEMVER_HEAD = /^v?(\d+(?:\.\d+)*)?/;

function semver(allowNoNums: boolean): VersionFilter {
  return {
    text: `semver(allow_no_nums=${allowNoNums ? 'True' : 'False'})`,
    reject: (tag) =>
      allowNoNums || SEMVER_HEAD.exec(tag)?.[1] ? undefined : 'not starting with a number',
    compare: compareLooseVersions,
  };
}

function number(): VersionFilter {
  const asInt = (s: string) => BigInt(s);
  return {
    text: 'number()',
    reject: (tag) => (/^[0-9]+$/.test(tag) ? undefined : 'not a plain number'),
    compare: (a, b) => {
      const x = asInt(a);
      const y = asInt(b);
      return x < y ? -1 : x > y ? 1 : 0;
    },
  };
}

function regex(pattern: string): VersionFilter {
  const re = compileGoRegex(pattern, true);
  return {
    text: `regex(${JSON.stringify(pattern)})`,
    reject: (tag) => (re.test(tag) ? undefined : `not matching regex "${pattern}"`),
    compare: compareLooseVersions,
  };
}

function prefix(p: string, suffix: VersionFilter): VersionFilter {
  return {
    text: `prefix(${JSON.stringify(p)}, suffix=${suffix.text})`,
    reject: (tag) => {
      if (!tag.startsWith(p)) return `without prefix ${JSON.stringify(p)}`;
      const r = suffix.reject(tag.slice(p.length));
      return r === undefined ? undefined : `with prefix ${JSON.stringify(p)} but the rest ${r}`;
    },
    compare: (a, b) => suffix.compare(a.slice(p.length), b.slice(p.length)),
  };
}

// ---- parsing: a small call-expression language (Python syntax, as kluctl's templates write it)

type Token =
  | { kind: 'ident'; text: string; pos: number }
  | { kind: 'string'; text: string; pos: number }
  | { kind: 'number'; text: string; pos: number }
  | { kind: 'punct'; text: string; pos: number }
  | { kind: 'end'; text: ''; pos: number };

class FilterSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_]\w*/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ kind: 'ident', text: m[0], pos: i });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9.]+/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ kind: 'number', text: m[0], pos: i });
      i += m[0].length;
    } else if (c === '"' || c === "'") {
      const start = i++;
      let text = '';
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\' && i + 1 < src.length) {
          const e = src[i + 1];
          // Python keeps unknown escapes (\d, \w, …) as written, which regexes rely on.
          const known: Record<string, string> = {
            n: '\n',
            t: '\t',
            '\\': '\\',
            "'": "'",
            '"': '"',
          };
          text += known[e] ?? `\\${e}`;
          i += 2;
        } else {
          text += src[i++];
        }
      }
      if (i >= src.length) throw new FilterSyntaxError('unterminated string', start);
      i++;
      out.push({ kind: 'string', text, pos: start });
    } else if ('(),='.includes(c)) {
      out.push({ kind: 'punct', text: c, pos: i++ });
    } else {
      throw new FilterSyntaxError(`unexpected character "${c}"`, i);
    }
  }
  out.push({ kind: 'end', text: '', pos: src.length });
  return out;
}

type Value = { kind: 'string' | 'ident' | 'number'; text: string; pos: number } | Call;
interface Call {
  kind: 'call';
  name: string;
  pos: number;
  args: { name?: string; value: Value; pos: number }[];
}

function parseCall(tokens: Token[], at: { i: number }): Call {
  const name = tokens[at.i];
  if (name.kind !== 'ident')
    throw new FilterSyntaxError('expected a filter name such as semver()', name.pos);
  at.i++;
  if (tokens[at.i].text !== '(')
    throw new FilterSyntaxError(`expected "(" after ${name.text}`, tokens[at.i].pos);
  at.i++;
  const call: Call = { kind: 'call', name: name.text, pos: name.pos, args: [] };
  while (tokens[at.i].text !== ')') {
    if (call.args.length > 0) {
      if (tokens[at.i].text !== ',')
        throw new FilterSyntaxError('expected "," or ")"', tokens[at.i].pos);
      at.i++;
    }
    const t = tokens[at.i];
    let argName: string | undefined;
    if (t.kind === 'ident' && tokens[at.i + 1].text === '=') {
      argName = t.text;
      at.i += 2;
    }
    const v = tokens[at.i];
    let value: Value;
    if (v.kind === 'ident' && tokens[at.i + 1].text === '(') value = parseCall(tokens, at);
    else if (v.kind === 'ident' || v.kind === 'string' || v.kind === 'number') {
      value = { kind: v.kind, text: v.text, pos: v.pos };
      at.i++;
    } else throw new FilterSyntaxError('expected a value', v.pos);
    call.args.push({ name: argName, value, pos: t.pos });
  }
  at.i++;
  return call;
}

interface ParamSpec {
  name: string;
  type: 'bool' | 'string' | 'filter';
  required?: boolean;
}

const FILTERS: Record<string, ParamSpec[]> = {
  semver: [{ name: 'allow_no_nums', type: 'bool' }],
  prefix: [
    { name: 'prefix', type: 'string', required: true },
    { name: 'suffix', type: 'filter' },
  ],
  number: [],
  regex: [{ name: 'pattern', type: 'string', required: true }],
};

function bindArgs(call: Call): Map<string, Value> {
  const params = FILTERS[call.name];
  if (!params) {
    const guess = nearest(call.name, Object.keys(FILTERS));
    throw new FilterSyntaxError(
      `unknown filter ${call.name}()${guess ? ` (did you mean ${guess}()?)` : ''}; filters are semver(), prefix(), number() and regex()`,
      call.pos,
    );
  }
  const bound = new Map<string, Value>();
  let seenNamed = false;
  call.args.forEach((a, i) => {
    let p: ParamSpec | undefined;
    if (a.name === undefined) {
      if (seenNamed) throw new FilterSyntaxError('positional argument after a named one', a.pos);
      p = params[i];
      if (!p) {
        throw new FilterSyntaxError(
          `${call.name}() takes ${params.length === 0 ? 'no arguments' : `at most ${params.length} argument${params.length > 1 ? 's' : ''}`}`,
          a.pos,
        );
      }
    } else {
      seenNamed = true;
      p = params.find((x) => x.name === a.name);
      if (!p) {
        const guess = nearest(
          a.name,
          params.map((x) => x.name),
        );
        throw new FilterSyntaxError(
          params.length === 0
            ? `${call.name}() takes no arguments`
            : `${call.name}() has no argument "${a.name}"${guess ? ` (did you mean ${guess}?)` : ''}`,
          a.pos,
        );
      }
    }
    if (bound.has(p.name)) throw new FilterSyntaxError(`argument "${p.name}" given twice`, a.pos);
    bound.set(p.name, a.value);
  });
  for (const p of params) {
    if (p.required && !bound.has(p.name))
      throw new FilterSyntaxError(`${call.name}() needs the argument "${p.name}"`, call.pos);
  }
  return bound;
}

function build(call: Call): VersionFilter {
  const args = bindArgs(call);
  const str = (name: string) => {
    const v = args.get(name) as Value;
    if (v.kind !== 'string')
      throw new FilterSyntaxError(`"${name}" must be a quoted string`, v.pos);
    return v.text;
  };
  switch (call.name) {
    case 'semver': {
      const v = args.get('allow_no_nums');
      if (v === undefined) return semver(false);
      if (v.kind === 'ident' && /^(true|t)$/i.test(v.text)) return semver(true);
      if (v.kind === 'ident' && /^(false|f)$/i.test(v.text)) return semver(false);
      throw new FilterSyntaxError('"allow_no_nums" must be True or False', v.pos);
    }
    case 'number':
      return number();
    case 'regex': {
      const pattern = str('pattern');
      if (pattern === '') throw new FilterSyntaxError('the regex pattern is empty', call.pos);
      try {
        return regex(pattern);
      } catch (err) {
        throw new FilterSyntaxError(`invalid regex: ${(err as Error).message}`, call.pos);
      }
    }
    case 'prefix': {
      const p = str('prefix');
      const s = args.get('suffix');
      if (s === undefined) return prefix(p, semver(false));
      if (s.kind === 'call') return prefix(p, build(s));
      if (s.kind === 'string') {
        // The render layer passes nested filters as strings: suffix="number()".
        try {
          return prefix(p, parseFilterText(s.text));
        } catch (err) {
          throw new FilterSyntaxError(
            `suffix ${JSON.stringify(s.text)} is not a filter: ${(err as Error).message}`,
            s.pos,
          );
        }
      }
      throw new FilterSyntaxError('"suffix" must be a filter such as number()', s.pos);
    }
  }
  throw new FilterSyntaxError(`unknown filter ${call.name}()`, call.pos);
}

function parseFilterText(text: string): VersionFilter {
  const tokens = tokenize(text);
  const at = { i: 0 };
  const call = parseCall(tokens, at);
  if (tokens[at.i].kind !== 'end')
    throw new FilterSyntaxError('unexpected text after the filter', tokens[at.i].pos);
  return build(call);
}

/** The filter kluctl uses when get_image() has no second argument. */
export const DEFAULT_FILTER = 'semver()';

/**
 * Parses a filter as written in a template (`prefix('master-', suffix=number())`) or as the
 * render layer records it (`prefix("master-", suffix="number()")`).
 */
export function parseVersionFilter(text: string): VersionFilter {
  try {
    return parseFilterText(text);
  } catch (err) {
    if (!(err instanceof FilterSyntaxError)) throw err;
    throw new UserError(
      `invalid version filter ${JSON.stringify(text)} at column ${err.pos + 1}: ${err.message}`,
      {},
      'use semver(), semver(allow_no_nums=True), prefix("p", suffix=number()), number() or regex("...")',
    );
  }
}
