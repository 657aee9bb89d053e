import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { configMap, writeProject } from '../support/project.js';

// dist/cli.js must run with plain node (20 or 24) and no node_modules: copy dist/ alone.
const standalone = mkdtempSync(path.join(tmpdir(), 'shipshape-dist-'));
afterAll(() => rmSync(standalone, { recursive: true, force: true }));
cpSync(path.resolve(import.meta.dirname, '../../dist'), path.join(standalone, 'dist'), {
  recursive: true,
});

/** Every distinct node on the PATH (the machine's and npm's Node 24), by major version. */
function nodes(): Map<string, string> {
  const found = new Map<string, string>([[process.versions.node.split('.')[0], process.execPath]]);
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const bin = path.join(dir, 'node');
    try {
      accessSync(bin, constants.X_OK);
      const major = execFileSync(bin, ['-p', 'process.versions.node.split(".")[0]'], {
        encoding: 'utf8',
      }).trim();
      if (!found.has(major)) found.set(major, bin);
    } catch {
      // not here
    }
  }
  return found;
}

const project = writeProject({
  'deployment.yaml': 'deployments:\n  - path: a\n',
  'a/cm.yaml': configMap('from-dist'),
});

describe('dist/cli.js is self-contained', () => {
  const available = nodes();
  if (!available.has('20'))
    console.log(
      'no Node 20 on the PATH: dist/cli.js is checked with',
      [...available.keys()].join(', '),
    );
  it.each([...available.entries()])('runs on Node %s without node_modules', (_major, node) => {
    const out = execFileSync(
      node,
      [path.join(standalone, 'dist', 'cli.js'), 'render', '--project-dir', project, '--print-all'],
      { encoding: 'utf8', cwd: standalone, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(parseAllDocuments(out).map((d) => d.toJS().metadata.name)).toEqual(['from-dist']);
  });
});

// Node's compile cache (src/compile-cache.ts): in the user's cache directory, never a shared
// one, off with NODE_DISABLE_COMPILE_CACHE=1, and a directory that cannot be written is no
// failure. Node 22.1 and later have it; the actions run on 24.
describe("dist/ keeps Node's compiled code in the user's cache directory", () => {
  const node = [...nodes().entries()].find(([major]) => Number(major) >= 23)?.[1];
  if (!node) console.log('no Node 23 or later on the PATH: the compile cache is not checked');
  const run = (env: Record<string, string>) =>
    execFileSync(
      node as string,
      [path.join(standalone, 'dist', 'cli.js'), 'render', '--project-dir', project, '--print-all'],
      { encoding: 'utf8', cwd: standalone, env: { ...process.env, ...env }, stdio: 'pipe' },
    );
  const cacheOf = (home: string) => path.join(home, 'shipshape', 'node-compile-cache');

  it.runIf(node)('is written there, and not when turned off', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'shipshape-xdg-'));
    try {
      run({ XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(existsSync(cacheOf(home))).toBe(false);
      const out = run({ XDG_CACHE_HOME: home });
      expect(parseAllDocuments(out).map((d) => d.toJS().metadata.name)).toEqual(['from-dist']);
      const entries = readdirSync(cacheOf(home), { recursive: true });
      expect(entries.length).toBeGreaterThan(1);
      // and used: a second run renders the same from it
      expect(run({ XDG_CACHE_HOME: home })).toBe(out);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it.runIf(node)('makes no home directory that is not there', () => {
    const home = path.join(mkdtempSync(path.join(tmpdir(), 'shipshape-home-')), 'missing');
    try {
      run({ HOME: home, XDG_CACHE_HOME: '' });
      expect(existsSync(home)).toBe(false);
    } finally {
      rmSync(path.dirname(home), { recursive: true, force: true });
    }
  });

  it.runIf(node)('runs without it when the directory cannot be made', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'shipshape-xdg-'));
    try {
      // a file where the directory would be
      writeFileSync(path.join(home, 'shipshape'), '');
      const out = run({ XDG_CACHE_HOME: home });
      expect(parseAllDocuments(out).map((d) => d.toJS().metadata.name)).toEqual(['from-dist']);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
