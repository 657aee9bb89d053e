/**
 * Jinja2's lexical rules on nunjucks' tokenizer: Python string literals (with their escapes),
 * Python numbers (`1_000`, `0x1f`, `1e3`), nested braces inside `{{ }}`, and template text
 * where a stray `#}` is plain text.
 */
import { type Token, TokenizerBase, T } from './nunjucks-internals.js';

/** Jinja2 normalises newlines and drops one trailing newline of every template source. */
export function prepareSource(src: string): string {
  const normalized = src.includes('\r') ? src.replace(/\r\n?/g, '\n') : src;
  return normalized.endsWith('\n') ? normalized.slice(0, -1) : normalized;
}

const WHITESPACE = /\s+/y;
const STRING = /'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"/sy;
const FLOAT = /(?:\d+_)*\d+(?:(?:\.(?:\d+_)*\d+)?e[+-]?(?:\d+_)*\d+|\.(?:\d+_)*\d+)/iy;
const INTEGER = /0b(?:_?[01])+|0o(?:_?[0-7])+|0x(?:_?[\da-f])+|[1-9](?:_?\d)*|0(?:_?0)*/iy;
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
const OPERATOR = /\*\*|\/\/|==|!=|<=|>=|[-+*/%~[\](){}<>=.:|,;]/y;

const BRACKET_TYPES: Record<string, string> = {
  '(': T.LEFT_PAREN,
  ')': T.RIGHT_PAREN,
  '[': T.LEFT_BRACKET,
  ']': T.RIGHT_BRACKET,
  '{': T.LEFT_CURLY,
  '}': T.RIGHT_CURLY,
  ',': T.COMMA,
  ':': T.COLON,
  '~': T.TILDE,
  '|': T.PIPE,
};

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

/** Python's unicode-escape decoding of a string literal's body. */
export function decodePythonString(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g,
    (whole, esc: string) => {
      if (esc in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[esc];
      if (/^[xuU]/.test(esc) && esc.length > 1)
        return String.fromCodePoint(parseInt(esc.slice(1), 16));
      if (/^[0-7]+$/.test(esc)) return String.fromCodePoint(parseInt(esc, 8));
      return whole;
    },
  );
}

function parseInteger(text: string): number {
  const t = text.replace(/_/g, '').toLowerCase();
  if (t.startsWith('0b')) return parseInt(t.slice(2), 2);
  if (t.startsWith('0o')) return parseInt(t.slice(2), 8);
  if (t.startsWith('0x')) return parseInt(t.slice(2), 16);
  return Number(t);
}

export class JinjaTokenizer extends TokenizerBase {
  /** open brackets inside the current tag: `}}` only ends a tag outside them */
  private depth = 0;

  constructor(src: string, opts?: object) {
    super(src, opts);
  }

  private match(re: RegExp): string | null {
    re.lastIndex = this.index;
    const m = re.exec(this.str);
    return m ? m[0] : null;
  }

  private token(type: string, value: string, lineno: number, colno: number): Token {
    this.forwardN(value.length);
    return { type, value, lineno, colno };
  }

  override nextToken(): Token | null {
    if (this.isFinished()) return null;
    const { lineno, colno } = this;
    return this.in_code ? this.codeToken(lineno, colno) : this.textToken(lineno, colno);
  }

  private textToken(lineno: number, colno: number): Token {
    const { str, index } = this;
    const tags = this.tags;
    for (const [start, type] of [
      [tags.BLOCK_START, T.BLOCK_START],
      [tags.VARIABLE_START, T.VARIABLE_START],
    ] as const) {
      if (str.startsWith(start, index)) {
        this.in_code = true;
        this.depth = 0;
        const value = str[index + start.length] === '-' ? `${start}-` : start;
        return this.token(type, value, lineno, colno);
      }
    }
    if (str.startsWith(tags.COMMENT_START, index)) {
      const end = str.indexOf(tags.COMMENT_END, index + tags.COMMENT_START.length);
      if (end < 0) throw new Error('unexpected end of template: missing end of comment tag');
      return this.token(T.COMMENT, str.slice(index, end + tags.COMMENT_END.length), lineno, colno);
    }
    let end = this.len;
    for (const start of [tags.BLOCK_START, tags.VARIABLE_START, tags.COMMENT_START]) {
      const i = str.indexOf(start, index);
      if (i >= 0 && i < end) end = i;
    }
    return this.token(T.DATA, str.slice(index, end), lineno, colno);
  }

  private codeToken(lineno: number, colno: number): Token {
    const ws = this.match(WHITESPACE);
    if (ws) return this.token(T.WHITESPACE, ws, lineno, colno);
    if (this.depth === 0) {
      for (const [end, type] of [
        [this.tags.BLOCK_END, T.BLOCK_END],
        [this.tags.VARIABLE_END, T.VARIABLE_END],
      ] as const) {
        const value = this.str.startsWith(`-${end}`, this.index)
          ? `-${end}`
          : this.str.startsWith(end, this.index)
            ? end
            : null;
        if (value) {
          this.in_code = false;
          const tok = this.token(type, value, lineno, colno);
          if (type === T.BLOCK_END && this.trimBlocks && this.current() === '\n') this.forward();
          return tok;
        }
      }
    }
    const str = this.match(STRING);
    if (str !== null) {
      const tok = this.token(T.STRING, str, lineno, colno);
      tok.value = decodePythonString(str.slice(1, -1));
      return tok;
    }
    if (this.str[this.index - 1] !== '.') {
      const f = this.match(FLOAT);
      if (f !== null) {
        const tok = this.token(T.FLOAT, f, lineno, colno);
        tok.num = Number(f.replace(/_/g, ''));
        return tok;
      }
    }
    const i = this.match(INTEGER);
    if (i !== null) {
      const tok = this.token(T.INT, i, lineno, colno);
      tok.num = parseInteger(i);
      return tok;
    }
    const name = this.match(NAME);
    if (name !== null) return this.token(T.SYMBOL, name, lineno, colno);
    const op = this.match(OPERATOR);
    if (op !== null) {
      if (op === '(' || op === '[' || op === '{') this.depth++;
      else if (op === ')' || op === ']' || op === '}') this.depth = Math.max(0, this.depth - 1);
      return this.token(BRACKET_TYPES[op] ?? T.OPERATOR, op, lineno, colno);
    }
    throw Object.assign(new Error(`unexpected char '${this.current()}' at ${this.index}`), {
      lineno: lineno + 1,
    });
  }
}
