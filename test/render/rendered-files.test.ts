import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RenderedFiles } from '../../src/render/rendered-files.js';
import { seededRandom } from '../support/random.js';

// An item's rendered files stay in memory until something reads its directory
// (src/render/rendered-files.ts); until then every question kustomize's preparation asks of
// the directory must get the answer the written directory gives.
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-rendered-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NAMES = [
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
  'helm-values.yaml',
  'helm-values.yml',
  'cm.yaml',
  'a.yaml',
  'a',
  'B.yml',
  '_z.yaml',
  'notes.txt',
  'a.yaml.bak',
];
const DIRS = ['', 'a', 'base', 'base/nested', 'B'];

/** A random item directory: the dirs and files renderItemTree would make. */
function randomTree(random: (n: number) => number, pick: <T>(l: readonly T[]) => T) {
  const files = new Map<string, string>();
  const dirs = new Set(['']);
  for (let i = 0, n = 1 + random(8); i < n; i++) {
    const dir = pick(DIRS);
    const name = pick(NAMES);
    // a name is a file or a directory, never both
    const rel = dir ? `${dir}/${name}` : name;
    if (DIRS.includes(rel)) continue;
    for (let d = dir; d; d = path.posix.dirname(d) === '.' ? '' : path.posix.dirname(d))
      dirs.add(d);
    files.set(rel, `# ${rel}\nkind: ConfigMap\n`);
  }
  return { dirs: [...dirs].sort(), files };
}

/** Everything prepareKustomization and kustomizationRefs ask of a directory. */
function answers(f: RenderedFiles, paths: readonly string[], fileNames: readonly string[]) {
  const attempt = <T>(fn: () => T) => {
    try {
      return { value: fn() };
    } catch (err) {
      return { error: (err as Error).message };
    }
  };
  return {
    kustomization: attempt(() => f.findYaml('kustomization')),
    values: attempt(() => f.findYaml('helm-values')),
    listed: f.listFiles(false),
    kustomizations: f.kustomizationFiles(() => false).sort(),
    exists: paths.map((p) => [p, f.exists(p)]),
    texts: fileNames.map((rel) => f.readText(path.join(f.dir, rel))),
  };
}

describe('rendered files', () => {
  it('answer from memory exactly as the written directory does (300 random item directories)', () => {
    const { random, pick } = seededRandom(15);
    for (let c = 0; c < 300; c++) {
      const dir = path.join(work, `item-${c}`);
      const tree = randomTree(random, pick);
      const files = new RenderedFiles(dir, tree.dirs, tree.files);
      const outside = path.join(work, 'outside.yaml');
      const paths = [
        dir,
        outside,
        ...DIRS.flatMap((d) => NAMES.map((n) => path.join(dir, d, n))),
        ...DIRS.map((d) => path.join(dir, d)),
      ];
      const names = [...tree.files.keys()];
      const before = answers(files, paths, names);
      // nothing is on disk until something needs it
      expect(existsSync(dir)).toBe(false);
      files.write();
      expect(answers(files, paths, names), `case ${c}: ${names.join(', ')}`).toEqual(before);
    }
  });

  it('a recursive listing is read from the written directory, with what else was rendered into it', () => {
    const dir = path.join(work, 'recursive');
    const files = new RenderedFiles(
      dir,
      ['', 'sub'],
      new Map([
        ['b.yaml', 'b'],
        ['sub/a.yaml', 'a'],
        ['a.yaml', 'a'],
      ]),
    );
    expect(files.listFiles(true)).toEqual(['a.yaml', 'b.yaml', 'sub/a.yaml']);
    expect(existsSync(path.join(dir, 'sub', 'a.yaml'))).toBe(true);
  });
});
