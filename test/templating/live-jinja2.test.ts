/**
 * Live differential tests against real Jinja2 3.1 / PyYAML, when python3 has them.
 * The normal corpus test compares against recorded files and needs no python.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyyamlDump, pyyamlLoad, toPythonString } from '../../src/templating/index.js';
import { jsonDumps } from '../../src/templating/json.js';
import { loadCorpus, loadExpected, renderCase, sameResult } from './corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RECORDER = path.join(ROOT, 'scripts/record-jinja2.py');

function probe(): string | undefined {
  try {
    execFileSync(
      'python3',
      ['-c', 'import jinja2, yaml, jsonpath_ng; assert jinja2.__version__.startswith("3.1")'],
      {
        stdio: 'pipe',
      },
    );
    return undefined;
  } catch (e) {
    return `python3 with jinja2 3.1, PyYAML and jsonpath_ng is not available (${(e as Error).message.split('\n')[0]})`;
  }
}

const skipReason = probe();
if (skipReason) console.warn(`live Jinja2 tests skipped: ${skipReason}`);

function python(code: string, input: string): string {
  return execFileSync('python3', ['-c', code], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Deterministic pseudo-random values with the strings that make YAML emitters work. */
function generator(seed: number) {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const atoms = [
    'a',
    'word',
    ' ',
    '  ',
    '\n',
    ':',
    ': ',
    '#',
    ' #',
    '-',
    '- ',
    '?',
    "'",
    '"',
    '\\',
    'yes',
    'No',
    'null',
    '~',
    '1',
    '0.5',
    '007',
    '1e3',
    '12:30',
    '2024-01-02',
    'é',
    '日本',
    '\t',
    '[',
    '}',
    ',',
    '*',
    '&',
    '!',
    '|',
    '>',
    '%',
    '@',
    '`',
    'x'.repeat(30),
    'lorem ipsum dolor sit amet',
    '---',
    '...',
    '\r',
    '\x07',
    '\u2028',
  ];
  const str = (): string => {
    const n = Math.floor(rnd() * 6);
    let out = '';
    for (let i = 0; i < n; i++) out += pick(atoms);
    return out;
  };
  const value = (depth: number): unknown => {
    const r = rnd();
    if (depth < 3 && r < 0.15)
      return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth + 1));
    if (depth < 3 && r < 0.3) {
      const d: Record<string, unknown> = {};
      for (let i = Math.floor(rnd() * 4); i > 0; i--) d[`${str()}k${i}`] = value(depth + 1);
      return d;
    }
    if (r < 0.4) return Math.floor(rnd() * 2000) - 1000;
    if (r < 0.45) return Math.floor(rnd() * 1e6) / 7 + 0.5;
    if (r < 0.5) return pick([true, false, null]);
    return str();
  };
  return value;
}

describe.skipIf(!!skipReason)('live Jinja2 3.1 differential', () => {
  it('the recorded corpus expectations are what Jinja2 renders today', () => {
    const fresh = loadExpected(
      execFileSync('python3', [RECORDER, '--print'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
    );
    const recorded = loadExpected();
    expect(Object.keys(fresh).sort()).toEqual(Object.keys(recorded).sort());
    for (const [key, want] of Object.entries(recorded)) expect(fresh[key], key).toEqual(want);
  });

  it('renders the corpus like live Jinja2', () => {
    const fresh = loadExpected(
      execFileSync('python3', [RECORDER, '--print'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
    );
    const cases = loadCorpus();
    const diverging = cases.filter(
      (c) => !c.divergence && !sameResult(fresh[c.key], renderCase(c, fresh[c.key].vars)),
    );
    expect(diverging.map((c) => c.key)).toEqual([]);
  });

  it('to_yaml, to_json and from_yaml match PyYAML and json on random data', () => {
    const value = generator(42);
    const samples = Array.from({ length: 500 }, () => value(0));
    const py = JSON.parse(
      python(
        `
import json, sys, yaml
class D(yaml.SafeDumper): pass
def rep(d, s):
    if len(s.splitlines()) > 1: return d.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    if s.isnumeric(): return d.represent_scalar('tag:yaml.org,2002:str', s, style="'")
    return d.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, rep)
out = []
for v in json.load(sys.stdin):
    y = yaml.dump(v, Dumper=D, sort_keys=False)
    out.append({'yaml': y, 'json': json.dumps(v), 'loaded': str(yaml.safe_load(y))})
print(json.dumps(out))
`,
        JSON.stringify(samples),
      ),
    ) as { yaml: string; json: string; loaded: string }[];
    samples.forEach((v, i) => {
      expect(pyyamlDump(v), JSON.stringify(v)).toBe(py[i].yaml);
      expect(jsonDumps(v)).toBe(py[i].json);
      expect(toPythonString(pyyamlLoad(py[i].yaml)), py[i].yaml).toBe(py[i].loaded);
    });
  });

  it('prints floats like Python repr', () => {
    // non-integral values: an integral JavaScript number is a Python int
    const nums = [0.1, 1 / 3, 2.5e-7, 123456.789, 5e-324, -0.0001, 1234567890123.5, 1e-5, 0.5];
    const py = python(
      'import json,sys; print(json.dumps([str(x) for x in json.load(sys.stdin)]))',
      JSON.stringify(nums),
    );
    expect(nums.map((n) => toPythonString(n))).toEqual(JSON.parse(py));
  });
});
