/**
 * A project reads only its own files: no path, include, template, vars file or symlink
 * leads outside the project's git repository (or, without one, the project directory), and
 * nothing reads git metadata (issue 9, probes 5 and 6).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { runCli } from '../support/cli.js';
import { configMap, writeProject } from '../support/project.js';

/** A file outside every project, holding a marker no output may contain. */
const outside = mkdtempSync(path.join(tmpdir(), 'shipshape-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));
const SECRET = 'marker-outside-9f2c41';
writeFileSync(path.join(outside, 'secret.yaml'), `secret: ${SECRET}\n`);
writeFileSync(path.join(outside, 'cm.yaml'), configMap('stolen', { s: SECRET }));
mkdirSync(path.join(outside, 'dir'));
writeFileSync(path.join(outside, 'dir', 'cm.yaml'), configMap('stolen', { s: SECRET }));

/** Renders and returns the error, asserting the marker reached neither objects nor message. */
async function refused(dir: string): Promise<Error & { hint?: string }> {
  const err = await renderProject({ projectDir: dir }).then(
    (r) => {
      throw new Error(`rendered instead of failing: ${JSON.stringify(r.objects)}`);
    },
    (e: Error) => e,
  );
  expect(err.message).not.toContain(SECRET);
  return err;
}

function withLinks(files: Record<string, string>, links: Record<string, string>): string {
  const dir = writeProject(files);
  for (const [rel, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    symlinkSync(target, path.join(dir, rel));
  }
  return dir;
}

describe('symlinks cannot lead a project outside', () => {
  it('an item directory that is a link to outside', async () => {
    const dir = withLinks(
      { 'deployment.yaml': 'deployments:\n  - path: app\n' },
      { app: path.join(outside, 'dir') },
    );
    expect((await refused(dir)).message).toMatch(/path "app" is a symbolic link .* outside/);
  });

  it('an include that is a link to outside', async () => {
    const dir = withLinks(
      { 'deployment.yaml': 'deployments:\n  - include: inc\n' },
      { inc: outside },
    );
    expect((await refused(dir)).message).toMatch(/include "inc" is a symbolic link/);
  });

  it('a manifest inside an item that is a link to outside', async () => {
    const dir = withLinks(
      { 'deployment.yaml': 'deployments:\n  - path: app\n', 'app/own.yaml': configMap('own') },
      { 'app/cm.yaml': path.join(outside, 'cm.yaml') },
    );
    expect((await refused(dir)).message).toMatch(/file "app\/cm.yaml" is a symbolic link/);
  });

  it('a directory inside an item that links back up is a loop, not a hang', async () => {
    const dir = withLinks(
      { 'deployment.yaml': 'deployments:\n  - path: app\n', 'app/cm.yaml': configMap('a') },
      { 'app/loop': '.' },
    );
    expect((await refused(dir)).message).toMatch(/symbolic link back to a directory/);
  });

  it('a link inside the project to another file of the project is followed', async () => {
    const dir = withLinks(
      {
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'shared/cm.yaml': configMap('shared'),
      },
      { 'app/cm.yaml': '../shared/cm.yaml' },
    );
    const result = await renderProject({ projectDir: dir });
    expect(result.objects.map((o) => o.metadata?.name)).toEqual(['shared']);
  });

  it('a vars file that is a link to outside', async () => {
    const dir = withLinks(
      {
        'deployment.yaml': 'vars:\n  - file: vars.yaml\ndeployments:\n  - path: app\n',
        'app/cm.yaml': configMap('a', { s: '{{ secret }}' }),
      },
      { 'vars.yaml': path.join(outside, 'secret.yaml') },
    );
    expect((await refused(dir)).message).toMatch(/vars file "vars.yaml" is a symbolic link/);
  });

  it.each([
    ['load_template', "{{ load_template('leak.yaml') }}"],
    ['load_base64', "{{ load_base64('leak.yaml') | b64decode }}"],
    ['load_sha256', "{{ load_sha256('leak.yaml') }}"],
    ['include', "{% include 'leak.yaml' %}"],
  ])('%s of a link to outside', async (_name, expr) => {
    const dir = withLinks(
      {
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': configMap('a', { s: expr }),
        'app/.templateignore': 'leak.yaml\n',
      },
      { 'app/leak.yaml': path.join(outside, 'secret.yaml') },
    );
    expect((await refused(dir)).message).toMatch(/leak.yaml/);
  });
});

describe('git metadata is never read', () => {
  it.each([
    ['load_template', "{{ load_template('../.git/config') }}"],
    ['load_base64', "{{ load_base64('../.git/config') }}"],
  ])('%s of .git/config (where checkout keeps the token)', async (_name, expr) => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/cm.yaml': configMap('a', { s: expr }),
    });
    execFileSync('git', ['init', '-q', dir]);
    execFileSync('git', [
      '-C',
      dir,
      'config',
      'http.https://github.com/.extraheader',
      `AUTHORIZATION: basic ${SECRET}`,
    ]);
    expect((await refused(dir)).message).toMatch(/inside a .git directory/);
  });

  it('a vars file inside .git', async () => {
    const dir = writeProject({
      'deployment.yaml': 'vars:\n  - file: .git/config\ndeployments: []\n',
    });
    execFileSync('git', ['init', '-q', dir]);
    expect((await refused(dir)).message).toMatch(/inside a .git directory/);
  });
});

describe('monorepos: the boundary is the git repository', () => {
  it('a project in a sub-directory may include ../base of the same repository', async () => {
    const repo = writeProject({
      'base/deployment.yaml': 'deployments:\n  - path: app\n',
      'base/app/cm.yaml': configMap('from-base'),
      'envs/prod/deployment.yaml': 'deployments:\n  - include: ../../base\n',
    });
    execFileSync('git', ['init', '-q', repo]);
    const result = await renderProject({ projectDir: path.join(repo, 'envs/prod') });
    expect(result.objects.map((o) => o.metadata?.name)).toEqual(['from-base']);
  });

  it('but not above the repository', async () => {
    const parent = writeProject({ 'other/cm.yaml': configMap('other') });
    const repo = path.join(parent, 'repo');
    mkdirSync(repo);
    writeFileSync(path.join(repo, 'deployment.yaml'), 'deployments:\n  - path: ../other\n');
    execFileSync('git', ['init', '-q', repo]);
    expect((await refused(repo)).message).toBe('path "../other" is outside the git repository');
  });
});

describe('--render-output-dir never deletes what it did not write', () => {
  // The project sits one level down in its own temporary directory, so that even a
  // regression of these checks could only delete that directory.
  const project = () => {
    const dir = path.join(
      writeProject({
        'proj/deployment.yaml': 'deployments:\n  - path: app\n',
        'proj/app/cm.yaml': configMap('a'),
      }),
      'proj',
    );
    execFileSync('git', ['init', '-q', dir]);
    return dir;
  };

  it.each([
    ['the project directory', (dir: string) => dir],
    ['the current directory', () => '.'],
    ['an ancestor of the project', (dir: string) => path.dirname(dir)],
  ])('refuses %s', async (_what, out) => {
    const dir = project();
    const before = readdirSync(dir).sort();
    const run = await runCli(['render', '--project-dir', dir, '--render-output-dir', out(dir)], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--render-output-dir .* contains/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(path.join(dir, '.git', 'HEAD'))).toBe(true);
  });

  it('refuses a directory holding a .git', async () => {
    const dir = project();
    const other = writeProject({ 'README.md': 'mine\n' });
    execFileSync('git', ['init', '-q', other]);
    const run = await runCli(['render', '--project-dir', dir, '--render-output-dir', other]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/holds a .git directory/);
    expect(readdirSync(other).sort()).toEqual(['.git', 'README.md']);
  });
});
