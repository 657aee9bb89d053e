/**
 * A bounded fuzz pass over the templating engine (issue 9): random templates and variables
 * mixing `__proto__`, `constructor` and `prototype` with dict methods, kluctl's dict
 * functions, filters and from_yaml documents full of anchors and aliases (bombs included).
 * Every render must end in output no longer than the limit, or in a template error the user
 * can read; never in a JavaScript error, a crash, or a change to a built-in prototype.
 *
 * The cases are a pure function of the seed; the pass stops after TIME_BUDGET_MS (or
 * MAX_CASES). A failure names the seed and the case: rerun it with
 * `TEMPLATING_FUZZ_SEED=<seed> npx vitest run test/security/templating-fuzz.test.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TemplateEngine } from '../../src/templating/index.js';
import { MAX_TEXT } from '../../src/templating/limits.js';
import { UserError } from '../../src/util/errors.js';
import { expectPrototypesUnchanged, snapshotPrototypes } from '../templating/prototypes.js';
import { random, type Random } from './fuzz-random.js';

const SEED = Number(process.env.TEMPLATING_FUZZ_SEED ?? 0x5eed_2024);
const TIME_BUDGET_MS = 10_000;
const MAX_CASES = 50_000;

// names a JavaScript object inherits or treats specially, and ordinary ones
const NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineSetter__',
  'polluted',
  'length',
  'a',
];
const KEYS = [...NAMES.map((n) => `'${n}'`), "'0'", '0', 'none', 'true'];
// counts from harmless to far past every limit
const COUNTS = ['0', '3', '10**3', '10**5', '10**7 + 1', '10**8', '10**10', '2**53'];
// dicts (from the variables and built by the template) and lists of dicts
const DICTS = ['cfg', 'd', 'x', 'y'];
const LISTS = ['l', 'rows'];
const VARS = [...DICTS, ...LISTS];

/** A YAML document with anchors, aliases and merge keys; sometimes an alias bomb. */
function yamlDoc(r: Random): string {
  if (r.int(6) === 0) {
    const width = 2 + r.int(8);
    const depth = 2 + r.int(8);
    const lines = [
      `l0: &l0 [${Array(width)
        .fill(r.pick(['lol', '{__proto__: 1}']))
        .join(', ')}]`,
    ];
    for (let i = 1; i < depth; i++) {
      lines.push(
        `l${i}: &l${i} [${Array(width)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    }
    return lines.join('\n');
  }
  const key = () => r.pick(NAMES);
  return [
    `base: &b {${key()}: {polluted: 1}, ${key()}: [1, 2]}`,
    `list: &l [*b, {${key()}: *b}]`,
    `merged:\n  <<: ${r.pick(['*b', '[*b, *b]', '*l'])}\n  ${key()}: 2`,
    `${key()}: ${r.pick(['*b', '*l', '{polluted: true}', 'yes', '010'])}`,
  ].join('\n');
}

/** A template expression; `depth` bounds the nesting. */
function expr(r: Random, depth: number): string {
  const e = () => (depth > 0 ? expr(r, depth - 1) : r.pick([...KEYS, ...VARS, '{}', '[]']));
  const v = () => r.pick(DICTS);
  const k = () => r.pick(KEYS);
  const n = () => r.pick(NAMES);
  switch (r.int(24)) {
    case 0:
      return `{${k()}: ${e()}, ${k()}: ${e()}}`;
    case 1:
      return `[${e()}, ${e()}]`;
    case 2:
      return `${v()}.${r.pick(['get', 'pop', 'setdefault'])}(${k()}, ${e()})`;
    case 3:
      return `${v()}.update(${r.pick([`{${k()}: ${e()}}`, `[(${k()}, ${e()})]`, `${n()}=${e()}`])})`;
    case 4:
      return `(${v()}.${r.pick(['keys', 'values', 'items', 'copy'])}() | list)`;
    case 5:
      return r.pick([
        `dict(${n()}=${e()})`,
        `dict([(${k()}, ${e()})])`,
        `namespace(${n()}=${e()})`,
      ]);
    case 6:
      return `${r.pick(['merge_dict', 'update_dict'])}(${v()}, ${e()})`;
    case 7:
      return `(${e()} | ${r.pick(['tojson', 'to_json', 'to_yaml', 'string', 'pprint'])})`;
    case 8:
      return `((${e()} | ${r.pick(['to_json', 'to_yaml'])}) | from_yaml)`;
    case 9:
      return `(${e()} | ${r.pick(['dictsort', 'items', 'list', 'unique', 'length', 'first'])})`;
    case 10:
      return `(${r.pick(LISTS)} | ${r.pick(['sort(attribute=', 'groupby(', 'map(attribute=', 'selectattr(', 'rejectattr('])}${k()}) | list)`;
    case 11:
      return r.pick([`${v()}[${k()}]`, `${v()}.${n()}`]);
    case 12:
      return `(${v()}.get(${k()}, {}) | ${r.pick(['dictsort', 'to_json', 'tojson'])})`;
    case 13:
      return `(${JSON.stringify(yamlDoc(r))} | from_yaml)`;
    case 14:
      return `(doc | from_yaml)`;
    case 15:
      return r.pick([
        `('x' * ${r.pick(COUNTS)})`,
        `([0] * ${r.pick(COUNTS)})`,
        `(range(${r.pick(COUNTS)}) | length)`,
        `'x'.${r.pick(['center', 'ljust', 'zfill'])}(${r.pick(COUNTS)})`,
        `('%*s' % (${r.pick(COUNTS)}, 'x'))`,
      ]);
    case 16:
      return r.pick([`('%(${n()})s' % ${v()})`, `('{${n()}}'.format(**${v()}))`]);
    case 17:
      return `(${e()} ~ ${e()})`;
    case 18:
      return `(${e()} + ${e()})`;
    case 19:
      return `(${k()} in ${v()})`;
    case 20:
      return `get_var(${k()}, ${e()})`;
    case 21:
      return `(${JSON.stringify(`{{ ${v()}.get(${k()}) }}`)} | render)`;
    case 22:
      return `load_template('helper.j2', ${n()}=${e()})`;
    default:
      return e();
  }
}

/** A statement; the templates are a few of these after variables that every case has. */
function statement(r: Random): string {
  const e = () => expr(r, 2);
  switch (r.int(9)) {
    case 0:
      return `{% set ${r.pick(VARS)} = ${e()} %}`;
    case 7: {
      // what a dict method returns for an inherited name, then written to
      const key = r.pick(["'__proto__'", "'constructor'", r.pick(KEYS)]);
      const get = `${r.pick(DICTS)}.${r.pick(['setdefault', 'get', 'pop'])}(${key}, ${r.pick(['1', '{}', 'none'])})`;
      const write = r.pick([
        'y.update(polluted=1)',
        "update_dict(y, {'polluted': 1})",
        "y.setdefault('polluted', 1)",
      ]);
      return `{% set y = ${get} %}{{ ${write} }}`;
    }
    case 1:
      return `{% set ns.${r.pick(NAMES)} = ${e()} %}`;
    case 2:
      return `{% for k in ${r.pick(VARS)} %}{{ k }}:{{ ${e()} }};{% endfor %}`;
    case 3:
      return `{% for k, v in ${r.pick(VARS)} | dictsort %}{{ update_dict(x, {k: v}) }}{% endfor %}`;
    case 4:
      return `{% macro m() %}{{ kwargs }}{{ varargs }}{% endmacro %}{{ m(${r.pick(NAMES)}=${e()}) }}`;
    case 5:
      return `{% if ${e()} %}{{ ${e()} }}{% endif %}`;
    case 6:
      return `{% set _ = ${e()} %}`;
    default:
      return `{{ ${e()} }}`;
  }
}

/** Variables as JSON text: `__proto__` stays an own key, as when vars are loaded from YAML. */
function variables(r: Random): string {
  const pairs = (n: number) =>
    Array.from(
      { length: n },
      () => `${JSON.stringify(r.pick(NAMES))}: ${r.pick(['1', '{"polluted": 1}', '[1]', 'null'])}`,
    ).join(', ');
  return `{"cfg": {${pairs(r.int(4))}}, "d": {"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}, "rows": [{${pairs(2)}}, {${pairs(2)}}], "doc": ${JSON.stringify(yamlDoc(r))}}`;
}

function makeCase(r: Random): { template: string; vars: string } {
  const body = Array.from({ length: 1 + r.int(5) }, () => statement(r)).join('\n');
  return {
    template: `{% set ns = namespace() %}{% set x = {} %}{% set l = [] %}{% set y = {} %}\n${body}`,
    vars: variables(r),
  };
}

/**
 * A failure the user can act on: a template error, not a JavaScript one surfacing through
 * it (a TypeError from the engine's own code, or V8 refusing a string that a limit should
 * have stopped earlier).
 */
function isTemplateFailure(e: unknown): boolean {
  if (!(e instanceof UserError)) return false;
  const inner = (e.cause as { cause?: unknown } | undefined)?.cause;
  if (inner instanceof RangeError) return inner.message === 'Maximum call stack size exceeded';
  return !(inner instanceof TypeError || inner instanceof ReferenceError);
}

describe('templating fuzz', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipshape-tpl-fuzz-'));
  writeFileSync(
    path.join(dir, 'helper.j2'),
    '{{ get_var("__proto__", "none") }}{{ polluted is defined }}',
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`renders random hostile templates without a crash, a leak into prototypes or oversized output (seed ${SEED})`, () => {
    const r = random(SEED);
    const engine = new TemplateEngine(dir);
    const started = Date.now();
    let cases = 0;
    let failures = 0;
    while (cases < MAX_CASES && Date.now() - started < TIME_BUDGET_MS) {
      const c = makeCase(r);
      const where = `seed ${SEED}, case ${cases}\ntemplate: ${c.template}\nvars: ${c.vars}`;
      const before = snapshotPrototypes();
      try {
        const out = engine.renderString(c.template, JSON.parse(c.vars), 'fuzz.j2', {
          searchDirs: [dir],
        });
        expect(out.length, where).toBeLessThanOrEqual(MAX_TEXT);
      } catch (e) {
        failures++;
        if (!isTemplateFailure(e)) {
          throw new Error(`not a template error (${where})`, { cause: e });
        }
      }
      expectPrototypesUnchanged(before, where);
      cases++;
    }
    console.log(`templating fuzz: seed ${SEED}, ${cases} cases, ${failures} template errors`);
    expect(cases).toBeGreaterThan(100);
  });
});
