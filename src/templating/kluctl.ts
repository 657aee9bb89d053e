/**
 * kluctl's filters and globals (its go-jinja2 extension), with the same results:
 * to_yaml, to_json, from_yaml, render, sha256, slugify, b64encode, b64decode;
 * load_template, load_sha256, load_base64, load_latest_git_commit, get_var, merge_dict,
 * update_dict, raise, debug_print, render and time.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { TemplateError, typeError } from './errors.js';
import { jsonDumps } from './json.js';
import { type CallSite, type Kwargs, type PyFunction, pyFunction } from './python/callable.js';
import { pyRepr, toPythonString } from './python/repr.js';
import { Undefined, isDict, newDict, num, setKey, truthy } from './python/values.js';
import { checkSharedExpansion } from './limits.js';
import { readVolatile } from './reads.js';
import { pyyamlDump } from './pyyaml.js';
import { pyyamlLoad } from './pyyaml-load.js';
import type { Frame, RenderContext } from './runtime/scope.js';
import { slugify } from './slugify.js';
import { timeGlobal } from './time.js';

/** What kluctl's functions need from the environment. */
export interface KluctlHost {
  /** Renders template source text with `vars` (compiled once per distinct source). */
  renderSource(source: string, vars: Record<string, unknown>, from: RenderContext): string;
  /** Renders the template `name`, found like an include, with `vars`. */
  renderNamed(name: string, vars: Record<string, unknown>, from: RenderContext): string;
  /** The content of the file `name`, found like an include. */
  readFile(name: string, from: RenderContext): Buffer;
  /** The absolute path of `name`, found like an include. */
  resolveFile(name: string, from: RenderContext): string;
}

const ctx = (site: CallSite) => site.context as RenderContext;
const frame = (site: CallSite) => site.frame as Frame;
const host = (site: CallSite) => ctx(site).state.env as KluctlHost;

function text(v: unknown, what: string): string {
  if (v instanceof Undefined) v.fail();
  if (typeof v !== 'string') throw typeError(`${what} must be a string, not ${pyRepr(v)}`);
  return v;
}

function sha256(s: string | Buffer, len: unknown): string {
  const hash = createHash('sha256').update(s).digest('hex');
  return len === null ? hash : hash.slice(0, num(len));
}

/**
 * kluctl's copy_dict: dicts and lists are copied all the way down, other values shared. A
 * list or dict used in several places becomes several copies, as in kluctl, so a value
 * that copying would blow up is refused; `what` names it in the error.
 */
function deepCopy(v: unknown, what: string): unknown {
  checkSharedExpansion(
    v,
    `${what} expands`,
    'a list or dict used in several places is copied at each place, as kluctl copies it: do not build values that hold the same large list or dict many times',
  );
  const copy = (x: unknown): unknown => {
    if (isDict(x)) {
      const out = newDict();
      for (const k of Object.keys(x)) setKey(out, k, copy(x[k]));
      return out;
    }
    return Array.isArray(x) ? x.map(copy) : x;
  };
  return copy(v);
}

/** kluctl's merge_dict: b is merged into (a copy of) a, dicts recursively, anything else replaced. */
export function mergeDict(
  a: unknown,
  b: unknown,
  clone = true,
  copyName = 'merge_dict: a copy of the first argument',
): Record<string, unknown> {
  if (a instanceof Undefined) a.fail();
  if (b instanceof Undefined) b.fail();
  const target = (clone ? deepCopy(a ?? newDict(), copyName) : (a ?? newDict())) as Record<
    string,
    unknown
  >;
  if (!isDict(target)) throw typeError(`merge_dict expects dicts, got ${pyRepr(a)}`);
  if (b === null) return target;
  if (!isDict(b)) throw typeError(`merge_dict expects dicts, got ${pyRepr(b)}`);
  for (const key of Object.keys(b)) {
    if (Object.hasOwn(target, key) && isDict(target[key]) && isDict(b[key]))
      mergeDict(target[key], b[key], false);
    else setKey(target, key, b[key]);
  }
  return target;
}

// ---- get_var: kluctl's simple JSON paths ----

type Step = { field: string } | { index: number } | { wildcard: true };

function parsePath(p: string): Step[] {
  const steps: Step[] = [];
  let rest = p.trim();
  if (rest.startsWith('$')) rest = rest.slice(1);
  const fail = (): never => {
    throw new TemplateError('TemplateError', `Invalid json path '${p}'`);
  };
  let first = true;
  while (rest) {
    let m: RegExpExecArray | null;
    if ((m = /^\[\s*(-?\d+)\s*\]/.exec(rest))) steps.push({ index: Number(m[1]) });
    else if ((m = /^\[\s*'([^']*)'\s*\]|^\[\s*"([^"]*)"\s*\]/.exec(rest)))
      steps.push({ field: m[1] ?? m[2] });
    else if ((m = /^\[\s*\*\s*\]/.exec(rest))) steps.push({ wildcard: true });
    else if ((m = (first ? /^\.?([A-Za-z_@*][\w@*-]*)/ : /^\.([A-Za-z_@*][\w@*-]*)/).exec(rest))) {
      steps.push(m[1] === '*' ? { wildcard: true } : { field: m[1] });
    } else fail();
    rest = rest.slice((m as RegExpExecArray)[0].length);
    first = false;
  }
  if (!steps.length) fail();
  return steps;
}

function globMatch(pattern: string, s: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    's',
  );
  return re.test(s);
}

const NOT_FOUND = Symbol('not found');

function resolvePath(site: CallSite, p: string): unknown {
  const steps = parsePath(p);
  const [head, ...tail] = steps;
  let current: unknown[];
  if ('field' in head && !head.field.includes('*')) {
    const v = ctx(site).getVisible(frame(site), head.field);
    current = v === undefined ? [] : [v];
  } else {
    const all = ctx(site).getAll(frame(site));
    current = step([all], head);
  }
  for (const s of tail) current = step(current, s);
  if (current.length > 1)
    throw new TemplateError('TemplateError', 'Only simple jsonpath supported in get_dict_value');
  return current.length ? current[0] : NOT_FOUND;
}

function step(values: unknown[], s: Step): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if ('index' in s) {
      if (Array.isArray(v)) {
        const i = s.index < 0 ? s.index + v.length : s.index;
        if (i >= 0 && i < v.length) out.push(v[i]);
      }
    } else if ('wildcard' in s) {
      if (Array.isArray(v)) out.push(...v);
      else if (isDict(v)) out.push(...Object.values(v));
    } else if (isDict(v)) {
      if (s.field.includes('*')) {
        for (const k of Object.keys(v)) if (globMatch(s.field, k)) out.push(v[k]);
      } else if (Object.hasOwn(v, s.field)) out.push(v[s.field]);
    }
  }
  return out;
}

function getVar(this: CallSite, paths: unknown, dflt: unknown): unknown {
  const list = Array.isArray(paths) ? paths : [paths];
  for (const p of list) {
    const v = resolvePath(this, text(p, 'get_var path'));
    if (v !== NOT_FOUND) return v;
  }
  return dflt;
}

function render(this: CallSite, source: unknown): string {
  return host(this).renderSource(
    text(source, 'render argument'),
    ctx(this).getAll(frame(this)),
    ctx(this),
  );
}

function loadTemplate(site: CallSite, name: unknown, kwargs: Kwargs): string {
  const vars = mergeDict(
    ctx(site).getAll(frame(site)),
    kwargs,
    true,
    'load_template: a copy of the variables',
  );
  return host(site).renderNamed(text(name, 'template name'), vars, ctx(site));
}

function loadBase64(this: CallSite, name: unknown, width: unknown): string {
  const b64 = host(this).readFile(text(name, 'file name'), ctx(this)).toString('base64');
  if (width === null || !truthy(width)) return b64;
  const w = num(width);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += w) lines.push(b64.slice(i, i + w));
  return lines.join('\n');
}

function loadLatestGitCommit(this: CallSite, name: unknown, shaLen: unknown): string {
  readVolatile('load_latest_git_commit');
  const file = host(this).resolveFile(text(name, 'file name'), ctx(this));
  let sha: string;
  try {
    sha = execFileSync('git', ['log', '-1', '--format=%H', '--', path.basename(file)], {
      cwd: path.dirname(file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (e) {
    throw new TemplateError(
      'TemplateError',
      `no git repository found for ${text(name, 'file name')}`,
      { cause: e },
    );
  }
  if (!sha)
    throw new TemplateError(
      'TemplateError',
      `No commits found for path: ${text(name, 'file name')}`,
    );
  return shaLen === null || !truthy(shaLen) ? sha : sha.slice(0, num(shaLen));
}

function b64decode(s: unknown): string {
  const t = text(s, 'b64decode input');
  const clean = t.replace(/[^A-Za-z0-9+/=]/g, '');
  if (
    clean.replace(/=+$/, '').length % 4 === 1 ||
    (clean.includes('=') && clean.length % 4 !== 0)
  ) {
    throw new TemplateError('Error', 'Incorrect padding');
  }
  const bytes = Buffer.from(clean, 'base64');
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function kluctlFilters(): Record<string, PyFunction> {
  const renderFn = pyFunction('render', ['string'], render);
  return Object.assign(newDict() as Record<string, PyFunction>, {
    to_yaml: pyFunction('to_yaml', ['obj'], (v: unknown) => pyyamlDump(v)),
    to_json: pyFunction('to_json', ['obj'], (v: unknown) => jsonDumps(v)),
    from_yaml: pyFunction('from_yaml', ['s'], (s: unknown) =>
      pyyamlLoad(text(s, 'from_yaml input')),
    ),
    render: renderFn,
    sha256: pyFunction('sha256', ['s', ['digest_len', null]], (s: unknown, len: unknown) =>
      sha256(text(s, 'sha256 input'), len),
    ),
    slugify: pyFunction(
      'slugify',
      ['s'],
      (s: unknown, kw: Kwargs) => slugify(toPythonString(s), kw),
      { varkw: true },
    ),
    b64encode: pyFunction('b64encode', ['string'], (s: unknown) =>
      Buffer.from(text(s, 'b64encode input'), 'utf8').toString('base64'),
    ),
    b64decode: pyFunction('b64decode', ['string'], b64decode),
  });
}

export function kluctlGlobals(): Record<string, unknown> {
  return Object.assign(newDict(), {
    load_template: pyFunction(
      'load_template',
      ['path'],
      function (this: CallSite, name: unknown, kw: Kwargs) {
        return loadTemplate(this, name, kw);
      },
      { varkw: true },
    ),
    load_sha256: pyFunction(
      'load_sha256',
      ['path', ['digest_len', null]],
      function (this: CallSite, name: unknown, len: unknown) {
        // a template hashing itself: the nested call returns a placeholder
        if (ctx(this).getVisible(frame(this), '__calc_sha256__') !== undefined)
          return '__self_sha256__';
        return sha256(loadTemplate(this, name, { __calc_sha256__: true }), len);
      },
    ),
    load_base64: pyFunction('load_base64', ['path', ['width', null]], loadBase64),
    load_latest_git_commit: pyFunction(
      'load_latest_git_commit',
      ['path', ['sha_len', null]],
      loadLatestGitCommit,
    ),
    get_var: pyFunction('get_var', ['path', ['default', null]], getVar),
    merge_dict: pyFunction('merge_dict', ['d1', 'd2'], (a: unknown, b: unknown) => mergeDict(a, b)),
    update_dict: pyFunction('update_dict', ['d1', 'd2'], (a: unknown, b: unknown) => {
      mergeDict(a, b, false);
      return '';
    }),
    raise: pyFunction('raise', ['msg'], (msg: unknown) => {
      throw new TemplateError('TemplateError', toPythonString(msg));
    }),
    debug_print: pyFunction('debug_print', ['msg'], (msg: unknown) => {
      // a render taken from a cache would not print
      readVolatile('debug_print');
      process.stderr.write(`debug_print: ${toPythonString(msg)}\n`);
      return '';
    }),
    render: pyFunction('render', ['string'], render),
    time: timeGlobal(),
  });
}
