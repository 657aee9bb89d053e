import path from 'node:path';
import { Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { plainYaml } from '../../src/util/plain-yaml.js';
import { seededRandom } from '../support/random.js';

// plainYaml must print exactly what the yaml library prints (with lineWidth 0), or nothing.
const library = (v: unknown) =>
  new Document(v, { aliasDuplicateObjects: false }).toString({ lineWidth: 0 });

describe('plain YAML', () => {
  it('prints the objects of the bundled example exactly as the yaml library does', async () => {
    const result = await renderProject({
      projectDir: path.join(import.meta.dirname, '../../examples/shop'),
      target: 'prod',
    });
    const objects = result.items.flatMap((i) => i.objects);
    let fast = 0;
    for (const o of objects) {
      const out = plainYaml(o);
      if (out === undefined) continue;
      fast++;
      expect(out).toBe(library(o));
    }
    // Most objects take the fast path, or the comparison above says little.
    expect(fast).toBeGreaterThan(objects.length / 2);
  });

  it.each([
    ['nested collections', { a: [[1, 2], [], {}, [{ b: [3] }]], c: { d: { e: [] } } }],
    ['sequences of maps', { list: [{ name: 'x', value: 'y' }, { name: 'z' }] }],
    [
      'strings read as other types',
      { a: '1', b: 'true', c: 'null', d: '1.5', e: '0x1F', f: 'NULL' },
    ],
    ['strings that stay plain', { a: 'yes', b: '10m', c: 'a b', d: 'http://x:80/y', e: 'v1.2.3' }],
    ['keys read as other types', { '1': 'one', true: 'yes', null: 'n' }],
    ['an empty map', {}],
  ])('%s', (_, value) => {
    const out = plainYaml(value);
    expect(out).toBeDefined();
    expect(out).toBe(library(value));
  });

  const shared = { a: 1 };
  it.each([
    ['an object reached twice (the library writes an alias)', { x: shared, y: shared }],
    ['a multi-line string', { a: 'x\ny' }],
    ['a float', { a: 1.5 }],
    ['negative zero', { a: -0 }],
    ['undefined', { a: undefined }],
    ['a string with ": "', { a: 'x: y' }],
    ['a string with " #"', { a: 'x #y' }],
    ['a string starting with an indicator', { a: '*x' }],
    ['a trailing space', { a: 'x ' }],
    ['a quote', { a: "it's" }],
    ['a key with a space', { 'a b': 1 }],
  ])('leaves %s to the library', (_, value) => {
    expect(plainYaml(value)).toBeUndefined();
  });

  // Random data from strings that print in different ways: equal wherever printed.
  it('random data: equal to the library wherever printed', () => {
    const strings = [
      'a',
      'A-b_c.d/e',
      'x:y',
      'x: y',
      'x :y',
      'a b',
      'a  b',
      ' a',
      'a ',
      '#a',
      'a#b',
      'a #b',
      '1',
      '-1',
      '+1',
      '1.0',
      '1e3',
      '0x1',
      '0o7',
      '.5',
      '1.',
      'true',
      'True',
      'tRue',
      'null',
      'Null',
      '~',
      'yes',
      'on',
      '',
      '-',
      '--x',
      '-x',
      '?x',
      '? x',
      ':x',
      'x:',
      '.inf',
      '-.inf',
      '.nan',
      'NaN',
      '$x',
      '@x',
      '=x',
      '(a)',
      'a,b',
      '[a]',
      '{a}',
      'a=b',
      'a;b',
      'a~b',
      'a^b',
      '10m',
      '128Mi',
      '1.2.3',
      '2001-12-14',
      '12:30',
      'a/b:c',
      'http://x',
      '%x',
      '!x',
      '&x',
    ];
    const { random, pick } = seededRandom(11);
    const value = (depth: number): unknown => {
      const r = random(depth > 2 ? 4 : 7);
      if (r === 0) return pick(strings);
      if (r === 1) return pick([0, 7, -3, 12345678901, true, false, null]);
      if (r === 2 || r === 3) return pick(strings.filter((s) => /^[a-z]+$/.test(s)));
      if (r === 4 || r === 5)
        return Object.fromEntries(
          Array.from({ length: random(4) }, () => [pick(strings), value(depth + 1)]),
        );
      return Array.from({ length: random(4) }, () => value(depth + 1));
    };
    let printed = 0;
    for (let i = 0; i < 3000; i++) {
      const v = { root: value(0), [pick(strings)]: value(1) };
      const out = plainYaml(v);
      if (out === undefined) continue;
      printed++;
      expect(out, JSON.stringify(v)).toBe(library(v));
    }
    expect(printed).toBeGreaterThan(300);
  });
});
