/**
 * The differential cases where shipshape differs from kluctl 2.22.1 (divergences.ts lists
 * them, docs/kluctl-differences.md says why): each asserts that the difference is still the
 * documented one, so a change of either tool shows here. And the command-line and output
 * form checks that once differed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kluctlEnv } from '../support/tools.js';
import { corpusItems, renderCorpus, sameItem, type ItemResult } from './corpus.js';
import {
  CORPUS_DIVERGENCES,
  DIVERGENCES,
  KINDS,
  isCorpusDivergence,
  isKept,
} from './divergences.js';
import {
  caseFlags,
  expectKeptDifference,
  kluctlMissing,
  materialise,
  oracleSuite,
  printOrder,
  runKluctl,
  runShipshape,
  type OracleProject,
} from './harness.js';
import { oracleProjects, repoProjects, repoProjectsInGit } from './projects.js';
import { reportTo } from './report.js';

const allProjects = [...repoProjects, ...repoProjectsInGit, ...oracleProjects];

describe.skipIf(kluctlMissing)('kluctl oracle: differences kept on purpose', () => {
  oracleSuite(allProjects, isKept, reportTo('kept'), expectKeptDifference);
});

describe.skipIf(kluctlMissing)('kluctl oracle: the list of differences', () => {
  it('every listed divergence names a known case', () => {
    const ids = new Set(
      allProjects.flatMap((p) =>
        p.cases.flatMap((c) => {
          const id = `${p.id}#${c.name ?? c.target ?? 'default'}`;
          return [id, `${id} list-images`];
        }),
      ),
    );
    expect(Object.keys(DIVERGENCES).filter((id) => !ids.has(id))).toEqual([]);
    const keys = new Set(corpusItems().items.map((i) => i.case.key));
    expect(Object.keys(CORPUS_DIVERGENCES).filter((k) => !keys.has(k))).toEqual([]);
    for (const kinds of [...Object.values(DIVERGENCES), ...Object.values(CORPUS_DIVERGENCES)])
      for (const k of kinds) expect(KINDS[k], k).toBeDefined();
  });
});

describe.skipIf(kluctlMissing)('kluctl oracle: corpus cases that differ on purpose', () => {
  const items = corpusItems().items.filter((i) => isCorpusDivergence(i.case.key));
  const work = mkdtempSync(path.join(tmpdir(), 'shipshape-oracle-corpus-div-'));
  const home = path.join(work, 'home');
  mkdirSync(home);
  const env = kluctlEnv(home);
  const argv = (d: string) => ['render', '--offline-kubernetes', '--print-all', '--project-dir', d];
  let kluctl = new Map<string, ItemResult>();
  let shipshape = new Map<string, ItemResult>();
  beforeAll(async () => {
    [kluctl, shipshape] = await Promise.all([
      renderCorpus(items, path.join(work, 'kluctl'), (d) => runKluctl(argv(d), d, env, 600)),
      renderCorpus(items, path.join(work, 'shipshape'), (d) => runShipshape(argv(d), d, env)),
    ]);
  }, 900_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const { item, case: c } of items)
    it(`${c.key} (${CORPUS_DIVERGENCES[c.key].join(', ')})`, () => {
      const k = kluctl.get(item);
      const s = shipshape.get(item);
      expect(sameItem(k, s), `${c.key} now matches kluctl: take it off CORPUS_DIVERGENCES`).toBe(
        false,
      );
    });
});

describe.skipIf(kluctlMissing)('kluctl oracle: command line and output form', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'shipshape-oracle-cli-'));
  const home = path.join(work, 'home');
  mkdirSync(home);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const byId = (id: string) => allProjects.find((p) => p.id === id) as OracleProject;

  it('list-images accepts --offline-kubernetes, as kluctl does', async () => {
    const p = byId('examples/shop');
    const root = materialise(p, work);
    const argv = ['list-images', '--offline-kubernetes', ...caseFlags('.', { target: 'dev' })];
    const [k, s] = await Promise.all([
      runKluctl(argv, root, kluctlEnv(home)),
      runShipshape(argv, root, kluctlEnv(home)),
    ]);
    expect(k.code).toBe(0);
    expect({ code: s.code, stderr: s.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  });

  it('list-images prints plain YAML, without anchors and aliases (kluctl never prints them)', async () => {
    const p = byId('actions/image-bump/repo');
    const root = materialise(p, work);
    const argv = [
      'list-images',
      ...caseFlags('deploy', { target: 'prod', fixedImagesFiles: ['deploy/images.yaml'] }),
    ];
    const [k, s] = await Promise.all([
      runKluctl([...argv, '--offline-kubernetes'], root, kluctlEnv(home)),
      runShipshape(argv, root, kluctlEnv(home)),
    ]);
    expect(k.stdout).not.toMatch(/[&*]a\d/);
    expect(s.code).toBe(0);
    expect(s.stdout).not.toMatch(/[&*]a\d/);
  });

  // The harness compares objects after a canonical sort; the order render --print-all
  // prints them in is checked here on projects where kustomize's kind order matters.
  it.each([
    ['oracle/common-labels-vs-object', {}],
    ['oracle/items-kustomize', {}],
    ['oracle/override-namespace', {}],
    ['examples/shop', { target: 'dev' }],
  ])('render --print-all prints the objects of %s in kluctl order', async (id, c) => {
    const p = byId(id);
    const root = materialise(p, work);
    const argv = [
      'render',
      '--offline-kubernetes',
      '--print-all',
      ...caseFlags(p.projectDir ?? '.', c),
    ];
    const [k, s] = await Promise.all([
      runKluctl(argv, root, kluctlEnv(home)),
      runShipshape(argv, root, kluctlEnv(home)),
    ]);
    expect(k.code).toBe(0);
    expect(printOrder(s.stdout)).toEqual(printOrder(k.stdout));
  });
});
