/**
 * What one render of a project's templates may consume. A pull request's templates are
 * rendered by the diff action, so a template must not be able to exhaust the runner's memory
 * or stack: past a limit the render fails with a LimitError (or RecursionError) naming the
 * limit, the template and the line, where Node would otherwise crash or throw a bare
 * JavaScript RangeError. Every value is far above what real projects use.
 */
import { TemplateError } from './errors.js';
import { isDict } from './python/values.js';

/**
 * Characters in one template's output or in one string value: 32 Mi. The largest real
 * manifests are CRD bundles of a few MB (a 5 MB file is legitimate), so this is over six
 * times that, while several strings of this size still fit Node's default heap.
 */
export const MAX_TEXT = 32 * 1024 * 1024;

/**
 * Items in one list a template builds (range, `*`, `+`, append, extend, insert): 10 M.
 * Real templates build lists of images, hosts or replicas; a list of 10 M numbers already
 * takes about 80 MB.
 */
export const MAX_LIST = 10_000_000;

/**
 * Nodes that copying shared structure adds: YAML aliases expanded by from_yaml, and a list
 * or dict used several times inside a value that merge_dict or load_template deep-copies:
 * 1 M. A "billion laughs" document adds 10^9 from a few hundred bytes; real files reuse a
 * defaults block a few dozen times.
 */
export const MAX_SHARED_EXPANSION = 1_000_000;

/**
 * Nested template calls (macros, `caller()`, recursive loops, include/import/extends,
 * render, load_template): 500. Jinja2 stops a self-calling macro after about 250 levels
 * (Python's 1000 frames); real templates nest a handful. 500 levels use under half of
 * V8's default stack, which leaves room for deeply nested data.
 */
export const MAX_DEPTH = 500;

/**
 * String templates (`render`, values of .kluctl.yaml) kept compiled, and their source
 * characters: 5000 and 16 Mi. The cache saves recompiling the same short strings; past
 * either bound it starts over, so a loop rendering distinct large strings cannot keep
 * every one of them.
 */
export const MAX_CACHED_TEMPLATES = 5000;
export const MAX_CACHED_SOURCE = 16 * 1024 * 1024;
/**
 * Compiled template code kept for other templates of the same shape (environment.ts), by
 * the size of its source: a project whose manifests all differ in shape gains nothing from
 * keeping it, so this stays small.
 */
export const MAX_SHARED_CODE = 2 * 1024 * 1024;

const MIB = 1024 * 1024;

const TEXT_HINT = `strings and output a template builds are limited to ${MAX_TEXT / MIB} MiB: check the counts and widths of repetitions, padding and formats, and loops that run longer than intended; split very large output across several files`;

function limitError(message: string, hint: string): TemplateError {
  return new TemplateError('LimitError', message, { hint });
}

function textLimit(what: string): TemplateError {
  return limitError(
    `${what} exceeds the limit of ${MAX_TEXT} characters (${MAX_TEXT / MIB} MiB)`,
    TEXT_HINT,
  );
}

/** Before building a string of `length` characters (repetition, padding, joins). */
export function checkText(length: number): void {
  if (length > MAX_TEXT) throw textLimit(`a string of ${length} characters`);
}

/** A template's output grew past the limit (compiled code checks after every append). */
export function outputTooLong(): never {
  throw textLimit('the output');
}

/** Before building a list of `length` items. */
export function checkList(length: number): void {
  if (length > MAX_LIST) {
    throw limitError(
      `a list of ${length} items exceeds the limit of ${MAX_LIST} items`,
      `lists a template builds (range, *, +, append, extend, batch, slice) are limited to ${MAX_LIST} items: check the counts, and loops that run longer than intended`,
    );
  }
}

/** `parts.join(sep)`, refused before joining when the result would be too long. */
export function joinText(parts: readonly string[], sep: string): string {
  let length = sep.length * Math.max(parts.length - 1, 0);
  for (const p of parts) length += p.length;
  checkText(length);
  return parts.join(sep);
}

/** Text written piece by piece (repr, JSON), failing as soon as it passes the limit. */
export class BoundedText {
  // joined every few thousand pieces: an array of millions of tiny strings would take
  // several times the memory of the text itself
  private readonly chunks: string[] = [];
  private parts: string[] = [];
  private length = 0;

  write(s: string): void {
    this.length += s.length;
    if (this.length > MAX_TEXT) throw textLimit('the text of a value');
    this.parts.push(s);
    if (this.parts.length === 4096) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
  }

  toString(): string {
    return this.chunks.join('') + this.parts.join('');
  }
}

/** The nodes (lists, dicts and the values in them) a fully expanded copy of `v` has. */
function expandedSize(v: unknown, sizes: Map<object, number>, distinct: { nodes: number }): number {
  const children = Array.isArray(v) ? v : isDict(v) ? Object.values(v) : undefined;
  if (!children) return 1;
  const known = sizes.get(v as object);
  if (known !== undefined) return known;
  // a value inside itself counts once here: copying it fails with a RecursionError anyway
  sizes.set(v as object, 1);
  distinct.nodes += 1;
  let size = 1;
  for (const c of children) {
    const isContainer = Array.isArray(c) || isDict(c);
    if (!isContainer) distinct.nodes += 1;
    // saturate: 2^40 leaves are as refused as 2^60, and stay exact integers
    size = Math.min(size + expandedSize(c, sizes, distinct), Number.MAX_SAFE_INTEGER);
  }
  sizes.set(v as object, size);
  return size;
}

/**
 * Refuses a value whose lists and dicts, copied at every place they are used (as YAML
 * aliases are by a full copy, and as kluctl's copy_dict copies), make more than
 * MAX_SHARED_EXPANSION nodes beyond the value's own. `what` starts the message.
 */
export function checkSharedExpansion(v: unknown, what: string, hint: string): void {
  const distinct = { nodes: 0 };
  const expanded = expandedSize(v, new Map(), distinct);
  if (expanded - Math.max(distinct.nodes, 1) > MAX_SHARED_EXPANSION) {
    throw limitError(`${what} to more than ${MAX_SHARED_EXPANSION} nodes`, hint);
  }
}
