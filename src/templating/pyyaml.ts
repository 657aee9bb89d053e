/**
 * YAML output byte-identical to kluctl's `to_yaml`: PyYAML's `yaml.dump` with the safe dumper,
 * insertion-ordered keys, block style, width 80, ASCII-only (non-ASCII is escaped in double
 * quotes), multi-line strings as `|` blocks and numeric strings single-quoted. Repeated
 * lists/dicts get `&id001` anchors, as PyYAML writes them.
 */
import { TemplateError } from './errors.js';
import { checkText } from './limits.js';
import { floatRepr, intStr, pyRepr } from './python/repr.js';
import { splitlines } from './python/methods.js';
import { DictView, PyFloat, PyRange, isDict } from './python/values.js';

/** Lists and tuples are YAML sequences; dict views and ranges cannot be represented (as in PyYAML). */
const isList = (v: unknown): v is unknown[] =>
  Array.isArray(v) && !(v instanceof DictView) && !(v instanceof PyRange);

const BREAKS = '\n\x85\u2028\u2029';
const BLANK = '\0 \t\r\n\x85\u2028\u2029';
const WIDTH = 80;
const INDENT = 2;

// YAML 1.1 implicit types: a plain scalar matching one of these is not read back as a string.
const IMPLICIT: [string, RegExp][] = [
  ['bool', /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/],
  [
    'float',
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  ],
  [
    'int',
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  ],
  ['merge', /^(?:<<)$/],
  ['null', /^(?:~|null|Null|NULL|)$/],
  [
    'timestamp',
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
  ],
  ['value', /^(?:=)$/],
];
const FIRST_CHARS: Record<string, string | null> = {
  bool: 'yYnNtTfFoO',
  float: '-+0123456789.',
  int: '-+0123456789',
  merge: '<',
  null: '~nN',
  timestamp: '0123456789',
  value: '=',
};

/** Would a plain scalar with this text read back as a string? (Python's `$` also matches before a final newline.) */
function resolvesAsString(text: string): boolean {
  const first = text === '' ? '' : text[0];
  const probe = text.endsWith('\n') ? text.slice(0, -1) : text;
  for (const [tag, re] of IMPLICIT) {
    const chars = FIRST_CHARS[tag] as string;
    const applies = first === '' ? tag === 'null' : chars.includes(first);
    if (applies && (re.test(text) || re.test(probe))) return false;
  }
  return true;
}

interface Analysis {
  empty: boolean;
  multiline: boolean;
  allowFlowPlain: boolean;
  allowBlockPlain: boolean;
  allowSingle: boolean;
  allowBlock: boolean;
}

/** Which scalar styles can represent this text (PyYAML's rules). */
function analyze(text: string): Analysis {
  if (!text) {
    return {
      empty: true,
      multiline: false,
      allowFlowPlain: false,
      allowBlockPlain: true,
      allowSingle: true,
      allowBlock: false,
    };
  }
  const cs = Array.from(text);
  let blockInd = false;
  let flowInd = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  if (text.startsWith('---') || text.startsWith('...')) blockInd = flowInd = true;
  let precededByWs = true;
  let followedByWs = cs.length === 1 || BLANK.includes(cs[1]);
  let prevSpace = false;
  let prevBreak = false;
  for (let i = 0; i < cs.length; i++) {
    const ch = cs[i];
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) flowInd = blockInd = true;
      if (ch === '?' || ch === ':') {
        flowInd = true;
        if (followedByWs) blockInd = true;
      }
      if (ch === '-' && followedByWs) flowInd = blockInd = true;
    } else {
      if (',?[]{}'.includes(ch)) flowInd = true;
      if (ch === ':') {
        flowInd = true;
        if (followedByWs) blockInd = true;
      }
      if (ch === '#' && precededByWs) flowInd = blockInd = true;
    }
    if (BREAKS.includes(ch)) lineBreaks = true;
    if (!(ch === '\n' || (ch >= ' ' && ch <= '~'))) special = true;
    if (ch === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === cs.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (BREAKS.includes(ch)) {
      if (i === 0) leadingBreak = true;
      if (i === cs.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = prevBreak = false;
    }
    precededByWs = BLANK.includes(ch);
    followedByWs = i + 2 >= cs.length || BLANK.includes(cs[i + 2]);
  }
  const a: Analysis = {
    empty: false,
    multiline: lineBreaks,
    allowFlowPlain: true,
    allowBlockPlain: true,
    allowSingle: true,
    allowBlock: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
    a.allowFlowPlain = a.allowBlockPlain = false;
  if (trailingSpace) a.allowBlock = false;
  if (breakSpace) a.allowFlowPlain = a.allowBlockPlain = a.allowSingle = false;
  if (spaceBreak || special)
    a.allowFlowPlain = a.allowBlockPlain = a.allowSingle = a.allowBlock = false;
  if (lineBreaks) a.allowFlowPlain = a.allowBlockPlain = false;
  if (flowInd) a.allowFlowPlain = false;
  if (blockInd) a.allowBlockPlain = false;
  return a;
}

const ESCAPES: Record<string, string> = {
  '\0': '0',
  '\x07': 'a',
  '\x08': 'b',
  '\t': 't',
  '\n': 'n',
  '\x0b': 'v',
  '\x0c': 'f',
  '\r': 'r',
  '\x1b': 'e',
  '"': '"',
  '\\': '\\',
  '\x85': 'N',
  '\xa0': '_',
  '\u2028': 'L',
  '\u2029': 'P',
};

interface Scalar {
  text: string;
  /** requested style: '' default, "'" or '|' (kluctl's representer), plain for non-strings */
  style: '' | "'" | '|';
  isString: boolean;
}

class Writer {
  out = '';
  column = 0;
  whitespace = true;
  indention = true;
  openEnded = false;
  indent: number | null = null;
  private readonly indents: (number | null)[] = [];
  private readonly anchors: Map<object, string>;
  private readonly emitted = new Set<object>();

  constructor(anchors: Map<object, string>) {
    this.anchors = anchors;
  }

  private write(data: string): void {
    this.out += data;
    // escapes and indentation can make the YAML many times longer than the value's text
    checkText(this.out.length);
    this.column += Array.from(data).length;
  }

  private indicator(ind: string, needWs: boolean, whitespace = false, indention = false): void {
    this.write(this.whitespace || !needWs ? ind : ` ${ind}`);
    this.whitespace = whitespace;
    this.indention = this.indention && indention;
    this.openEnded = false;
  }

  lineBreak(ch = '\n'): void {
    this.whitespace = true;
    this.indention = true;
    this.out += ch;
    this.column = 0;
  }

  writeIndent(): void {
    const indent = this.indent ?? 0;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace))
      this.lineBreak();
    if (this.column < indent) {
      this.whitespace = true;
      this.write(' '.repeat(indent - this.column));
    }
  }

  private increaseIndent(flow: boolean, indentless = false): void {
    this.indents.push(this.indent);
    if (this.indent === null) this.indent = flow ? INDENT : 0;
    else if (!indentless) this.indent += INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() ?? null;
  }

  node(value: unknown, ctx: { root?: boolean; mapping?: boolean; simpleKey?: boolean }): void {
    if (value !== null && typeof value === 'object' && this.anchors.has(value)) {
      const anchor = this.anchors.get(value) as string;
      if (this.emitted.has(value)) {
        this.indicator(`*${anchor}`, true);
        return;
      }
      this.emitted.add(value);
      this.indicator(`&${anchor}`, true);
    }
    if (isList(value)) return this.sequence(value, !!ctx.mapping);
    if (isDict(value)) return this.mapping(value);
    this.increaseIndent(true);
    this.scalar(represent(value), !!ctx.root, !!ctx.simpleKey);
    this.popIndent();
  }

  private sequence(items: unknown[], mappingContext: boolean): void {
    if (!items.length) {
      this.indicator('[', true, true);
      this.indicator(']', false);
      return;
    }
    this.increaseIndent(false, mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.indicator('-', true, false, true);
      this.node(item, {});
    }
    this.popIndent();
  }

  private mapping(d: Record<string, unknown>): void {
    const keys = Object.keys(d);
    if (!keys.length) {
      this.indicator('{', true, true);
      this.indicator('}', false);
      return;
    }
    this.increaseIndent(false);
    for (const key of keys) {
      this.writeIndent();
      const a = analyze(key);
      if (Array.from(key).length < 128 && !a.empty && !a.multiline) {
        this.node(key, { mapping: true, simpleKey: true });
        this.indicator(':', false);
      } else {
        this.indicator('?', true, false, true);
        this.node(key, { mapping: true });
        this.writeIndent();
        this.indicator(':', true, false, true);
      }
      this.node(d[key], { mapping: true });
    }
    this.popIndent();
  }

  private scalar(s: Scalar, root: boolean, simpleKey: boolean): void {
    const a = analyze(s.text);
    const implicitPlain = !s.isString || resolvesAsString(s.text);
    let style: string = '"';
    if (!s.style && implicitPlain && !(simpleKey && (a.empty || a.multiline)) && a.allowBlockPlain)
      style = '';
    else if (s.style === '|' && !simpleKey && a.allowBlock) style = '|';
    else if ((!s.style || s.style === "'") && a.allowSingle && !(simpleKey && a.multiline))
      style = "'";
    const split = !simpleKey;
    if (style === '') this.plain(s.text, split, root);
    else if (style === "'") this.singleQuoted(s.text, split);
    else if (style === '|') this.literal(s.text);
    else this.doubleQuoted(s.text, split);
  }

  private plain(text: string, split: boolean, root: boolean): void {
    if (root) this.openEnded = true;
    if (!text) return;
    if (!this.whitespace) this.write(' ');
    this.whitespace = false;
    this.indention = false;
    this.folded(text, split, false);
  }

  /** Writes plain or single-quoted text, folding at single spaces past the width. */
  private folded(text: string, split: boolean, quoted: boolean): void {
    const cs = Array.from(text);
    let spaces = false;
    let breaks = false;
    let start = 0;
    for (let end = 0; end <= cs.length; end++) {
      const ch = end < cs.length ? cs[end] : null;
      if (spaces) {
        if (ch !== ' ') {
          const fold =
            start + 1 === end &&
            this.column > WIDTH &&
            split &&
            (!quoted || (start !== 0 && end !== cs.length));
          if (fold) {
            this.writeIndent();
            if (!quoted) this.whitespace = this.indention = false;
          } else this.write(cs.slice(start, end).join(''));
          start = end;
        }
      } else if (breaks) {
        if (ch === null || !BREAKS.includes(ch)) {
          if (cs[start] === '\n') this.lineBreak();
          for (const br of cs.slice(start, end)) this.lineBreak(br);
          this.writeIndent();
          if (!quoted) this.whitespace = this.indention = false;
          start = end;
        }
      } else if (ch === null || ch === ' ' || BREAKS.includes(ch) || (quoted && ch === "'")) {
        if (start < end) this.write(cs.slice(start, end).join(''));
        start = end;
      }
      if (quoted && ch === "'") {
        this.write("''");
        start = end + 1;
      }
      if (ch !== null) {
        spaces = ch === ' ';
        breaks = BREAKS.includes(ch);
      }
    }
  }

  private singleQuoted(text: string, split: boolean): void {
    this.indicator("'", true);
    this.folded(text, split, true);
    this.indicator("'", false);
  }

  private doubleQuoted(text: string, split: boolean): void {
    this.indicator('"', true);
    const cs = Array.from(text);
    let start = 0;
    for (let end = 0; end <= cs.length; end++) {
      const ch = end < cs.length ? cs[end] : null;
      if (ch === null || '"\\\x85\u2028\u2029\ufeff'.includes(ch) || !(ch >= ' ' && ch <= '~')) {
        if (start < end) {
          this.write(cs.slice(start, end).join(''));
          start = end;
        }
        if (ch !== null) {
          const cp = ch.codePointAt(0) as number;
          let data: string;
          if (ch in ESCAPES) data = `\\${ESCAPES[ch]}`;
          else if (cp <= 0xff) data = `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}`;
          else if (cp <= 0xffff) data = `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
          else data = `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
          this.write(data);
          start = end + 1;
        }
      }
      if (
        end > 0 &&
        end < cs.length - 1 &&
        (ch === ' ' || start >= end) &&
        this.column + (end - start) > WIDTH &&
        split
      ) {
        this.write(`${cs.slice(start, end).join('')}\\`);
        if (start < end) start = end;
        this.writeIndent();
        this.whitespace = this.indention = false;
        if (cs[start] === ' ') this.write('\\');
      }
    }
    this.indicator('"', false);
  }

  private literal(text: string): void {
    const cs = Array.from(text);
    let hints = '';
    if (BREAKS.includes(cs[0]) || cs[0] === ' ') hints += String(INDENT);
    if (!BREAKS.includes(cs[cs.length - 1])) hints += '-';
    else if (cs.length === 1 || BREAKS.includes(cs[cs.length - 2])) hints += '+';
    this.indicator(`|${hints}`, true);
    if (hints.endsWith('+')) this.openEnded = true;
    this.lineBreak();
    let breaks = true;
    let start = 0;
    for (let end = 0; end <= cs.length; end++) {
      const ch = end < cs.length ? cs[end] : null;
      if (breaks) {
        if (ch === null || !BREAKS.includes(ch)) {
          for (const br of cs.slice(start, end)) this.lineBreak(br);
          if (ch !== null) this.writeIndent();
          start = end;
        }
      } else if (ch === null || BREAKS.includes(ch)) {
        this.write(cs.slice(start, end).join(''));
        if (ch === null) this.lineBreak();
        start = end;
      }
      if (ch !== null) breaks = BREAKS.includes(ch);
    }
  }
}

/** kluctl's representer: how each value becomes a scalar. */
function represent(v: unknown): Scalar {
  if (v === null || v === undefined) return { text: 'null', style: '', isString: false };
  if (typeof v === 'boolean') return { text: v ? 'true' : 'false', style: '', isString: false };
  if (typeof v === 'number' || v instanceof PyFloat) {
    const n = typeof v === 'number' ? v : v.value;
    if (typeof v === 'number' && Number.isInteger(v))
      return { text: intStr(v), style: '', isString: false };
    let text: string;
    if (Number.isNaN(n)) text = '.nan';
    else if (n === Infinity) text = '.inf';
    else if (n === -Infinity) text = '-.inf';
    else {
      text = floatRepr(n).toLowerCase();
      if (!text.includes('.') && text.includes('e')) text = text.replace('e', '.0e');
    }
    return { text, style: '', isString: false };
  }
  if (typeof v === 'string') {
    if (splitlines(v).length > 1) return { text: v, style: '|', isString: true };
    if (/^\p{N}+$/u.test(v)) return { text: v, style: "'", isString: true };
    return { text: v, style: '', isString: true };
  }
  throw new TemplateError('RepresenterError', `cannot represent an object: ${pyRepr(v)}`);
}

/**
 * Lists and dicts that occur more than once get anchors, numbered as PyYAML's serializer
 * numbers them: in the order of their second occurrence in a depth-first walk.
 */
function findAnchors(root: unknown): Map<object, string> {
  const seen = new Set<object>();
  const anchors = new Map<object, string>();
  const walk = (v: unknown) => {
    if (!isList(v) && !isDict(v)) return;
    if (seen.has(v)) {
      if (!anchors.has(v)) anchors.set(v, `id${String(anchors.size + 1).padStart(3, '0')}`);
      return;
    }
    seen.add(v);
    for (const child of isList(v) ? v : Object.values(v as object)) walk(child);
  };
  walk(root);
  return anchors;
}

/** `yaml.dump(value, Dumper=kluctl's MultilineStrDumper, sort_keys=False)` */
export function pyyamlDump(value: unknown): string {
  const w = new Writer(findAnchors(value));
  w.node(value, { root: true });
  w.indent = null;
  w.writeIndent();
  if (w.openEnded) {
    w.out += '...';
    w.column += 3;
    w.lineBreak();
  }
  return w.out;
}
