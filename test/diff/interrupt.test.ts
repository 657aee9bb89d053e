import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configMap } from '../support/project.js';
import { git } from './repo.js';

// A diff interrupted midway (Ctrl-C, or a workflow run cancelled by a newer push: SIGINT,
// then SIGTERM) leaves nothing behind: not its base checkout (in /dev/shm it would hold
// memory until the machine restarts), not the worktree registered in the user's repository,
// not its render directories, clones or chart downloads.
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-interrupt-'));
const entry = path.resolve(import.meta.dirname, '../../src/entry.ts');
// the TypeScript sources run through tsx's loader, found from here (the child runs elsewhere)
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
// A chart repository that accepts connections and never answers: the base's render waits
// there, with everything a diff makes in scratch made.
const sockets = new Set<Socket>();
const silent = createServer((s) => sockets.add(s));
let repoUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  repoUrl = `http://127.0.0.1:${address.port}/charts`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => silent.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

/** A repository whose base commit has a chart pulled when rendering; the head removed it. */
function repository(name: string): string {
  const root = path.join(work, name);
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  write('deployment.yaml', 'deployments:\n  - path: app\n  - path: chart\n');
  write('app/cm.yaml', configMap('app'));
  write(
    'chart/helm-chart.yaml',
    `helmChart:\n  repo: ${repoUrl}\n  chartName: tiny\n  chartVersion: 1.0.0\n  releaseName: t\n  skipPrePull: true\n`,
  );
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'add', '-A');
  git(root, 'commit', '--quiet', '-m', 'base');
  git(root, 'tag', 'base');
  rmSync(path.join(root, 'chart'), { recursive: true });
  write('deployment.yaml', 'deployments:\n  - path: app\n');
  return root;
}

describe('an interrupted diff', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'removes what it made in scratch and its base worktree on %s, then dies of it',
    async (signal) => {
      const root = repository(signal);
      const scratch = mkdtempSync(path.join(work, 'tmp-'));
      const child = spawn(
        process.execPath,
        [
          '--import',
          tsx,
          '-e',
          `import(${JSON.stringify(entry)}).then(async (m) => { process.exitCode = await m.cli(process.argv.slice(1)); })`,
          'diff',
          '--project-dir',
          root,
          '--against-ref',
          'base',
        ],
        {
          cwd: root,
          // tsx keeps its own cache in TMPDIR unless told not to
          env: { ...process.env, TMPDIR: scratch, TSX_DISABLE_CACHE: '1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      const waiting = new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          if (stderr.includes('pulling chart tiny')) resolve();
        });
        child.on('exit', () => reject(new Error(`the diff ended by itself:\n${stderr}`)));
      });
      await waiting;
      // the base is being rendered: its checkout, render directory and sources exist
      expect(readdirSync(scratch).length).toBeGreaterThan(0);
      expect(git(root, 'worktree', 'list').split('\n')).toHaveLength(2);
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, sig) => resolve(sig)),
      );
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(readdirSync(scratch)).toEqual([]);
      expect(git(root, 'worktree', 'list').split('\n')).toHaveLength(1);
      expect(existsSync(path.join(root, '.git', 'worktrees'))).toBe(false);
    },
  );
});
