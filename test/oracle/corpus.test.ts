import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kluctlEnv } from '../support/tools.js';
import { corpusItems, renderCorpus, sameItem, type ItemResult } from './corpus.js';
import { isCorpusDivergence } from './divergences.js';
import { kluctlMissing, runKluctl, runShipshape } from './harness.js';

// The templating corpus (recorded from python Jinja2) through real kluctl and through
// shipshape, as one project of one item per case.
describe.skipIf(kluctlMissing)('kluctl oracle: the templating corpus', () => {
  const { items, skipped } = corpusItems();
  const work = mkdtempSync(path.join(tmpdir(), 'shipshape-oracle-corpus-'));
  const home = path.join(work, 'home');
  mkdirSync(home);
  const env = kluctlEnv(home);
  const argv = (dir: string) => [
    'render',
    '--offline-kubernetes',
    '--print-all',
    '--project-dir',
    dir,
  ];
  let kluctl = new Map<string, ItemResult>();
  let shipshape = new Map<string, ItemResult>();

  beforeAll(async () => {
    [kluctl, shipshape] = await Promise.all([
      renderCorpus(items, path.join(work, 'kluctl'), (d) => runKluctl(argv(d), d, env, 600)),
      renderCorpus(items, path.join(work, 'shipshape'), (d) => runShipshape(argv(d), d, env)),
    ]);
  }, 900_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const { item, case: c } of items.filter((i) => !isCorpusDivergence(i.case.key)))
    it(`${c.key} renders as kluctl renders it`, () => {
      const k = kluctl.get(item);
      const s = shipshape.get(item);
      if (!sameItem(k, s)) expect({ case: c.key, ...s }).toEqual({ case: c.key, ...k });
    });

  it('summary: kluctl against recorded Jinja2 and against shipshape', () => {
    const jinja2 = (i: (typeof items)[number]): ItemResult => ({ out: i.jinja2 });
    const count = (f: (i: (typeof items)[number]) => boolean) => items.filter(f).length;
    const kj = count((i) => sameItem(kluctl.get(i.item), jinja2(i)));
    const ks = count((i) => sameItem(kluctl.get(i.item), shipshape.get(i.item)));
    const sj = count((i) => sameItem(shipshape.get(i.item), jinja2(i)));
    const kErr = count((i) => 'error' in (kluctl.get(i.item) ?? { error: '' }));
    console.log(
      [
        `templating corpus through kluctl: ${items.length} cases with a recorded Jinja2 output` +
          (skipped.length ? ` (${skipped.length} skipped: ${skipped.join(', ')})` : ''),
        `  kluctl = Jinja2:    ${kj}/${items.length} (kluctl failed on ${kErr})`,
        `  kluctl = shipshape: ${ks}/${items.length}`,
        `  shipshape = Jinja2: ${sj}/${items.length}`,
      ].join('\n'),
    );
    // Every case was rendered by both (as output or as an error).
    expect(items.filter((i) => !kluctl.has(i.item) || !shipshape.has(i.item))).toEqual([]);
  });
});
