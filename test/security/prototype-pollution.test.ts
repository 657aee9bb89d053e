/**
 * A project's YAML and the command line must not reach Object.prototype: Node copies
 * inherited keys into child environments, so a polluted `LD_PRELOAD` runs a pull request's
 * library in the next `git` (issue 9, probe 1).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { configMap, writeProject } from '../support/project.js';
import { runCli } from '../support/cli.js';
import { expectPrototypesUnchanged, snapshotPrototypes } from '../templating/prototypes.js';

const pristine = snapshotPrototypes();
afterEach(() => {
  expectPrototypesUnchanged(pristine);
  expect(({} as Record<string, unknown>).LD_PRELOAD).toBeUndefined();
});

const render = (files: Record<string, string>, extra: { args?: string[] } = {}) =>
  renderProject({ projectDir: writeProject(files), env: { HOME: '/home/x' }, ...extra });

describe('prototype pollution through project data', () => {
  it('a __proto__ key in systemEnvVars stays an ordinary variable', async () => {
    const result = await render({
      'deployment.yaml': [
        'vars:',
        '  - systemEnvVars:',
        '      __proto__:',
        '        LD_PRELOAD: "NOT_SET:/tmp/evil.so"',
        '        polluted: HOME',
        'deployments:',
        '  - path: a',
      ].join('\n'),
      'a/cm.yaml': configMap('a', { v: "{{ __proto__['LD_PRELOAD'] }}" }),
    });
    expect(result.objects[0].data).toEqual({ v: '/tmp/evil.so' });
  });

  it('targetPath __proto__.X does not write into Object.prototype', async () => {
    const result = await render({
      'deployment.yaml': [
        'vars:',
        '  - values: {LD_PRELOAD: /tmp/evil.so}',
        '    targetPath: __proto__.polluted',
        '  - values: {x: 1}',
        '    targetPath: constructor.prototype.polluted',
        'deployments:',
        '  - path: a',
      ].join('\n'),
      'a/cm.yaml': configMap('a', { v: "{{ __proto__['polluted']['LD_PRELOAD'] }}" }),
    });
    expect(result.objects[0].data).toEqual({ v: '/tmp/evil.so' });
  });

  it('-a __proto__.X=... is an argument named __proto__, not a prototype write', async () => {
    const result = await render(
      {
        'deployment.yaml': 'deployments:\n  - path: a\n',
        'a/cm.yaml': configMap('a', { v: "{{ args.keys() | sort | join(',') }}" }),
      },
      { args: ['__proto__.polluted=yes', 'constructor.prototype.polluted=yes'] },
    );
    expect(result.objects[0].data).toEqual({ v: '__proto__,constructor' });
  });

  it('the same through the CLI flags', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n',
      'a/cm.yaml': configMap('a'),
    });
    const run = await runCli(['render', '--project-dir', dir, '-a', '__proto__.LD_PRELOAD=x']);
    expect(run.code, run.stderr).toBe(0);
  });

  it('inherited names (toString, constructor) are not mistaken for set arguments', async () => {
    const dir = writeProject({
      '.kluctl.yaml': 'args:\n  - name: toString\n',
      'deployment.yaml': 'deployments:\n  - path: a\n',
      'a/cm.yaml': configMap('a'),
    });
    await expect(renderProject({ projectDir: dir })).rejects.toThrow(
      'required argument "toString" not set',
    );
  });
});

describe('a planted library never runs', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'shipshape-preload-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const marker = path.join(work, 'ran');
  const so = path.join(work, 'evil.so');

  it('LD_PRELOAD planted through systemEnvVars does not reach the next child process', async (ctx) => {
    const cc = spawnSync('cc', ['--version']);
    if (cc.status !== 0) {
      console.warn('skipped: no C compiler (cc) to build the planted library');
      ctx.skip();
    }
    writeFileSync(
      path.join(work, 'evil.c'),
      `#include <stdio.h>\n__attribute__((constructor)) static void ran(void) { FILE *f = fopen("${marker}", "w"); if (f) fclose(f); }\n`,
    );
    execFileSync('cc', ['-shared', '-fPIC', '-o', so, path.join(work, 'evil.c')]);
    // The compiled library works: preloaded on purpose, it leaves its marker.
    spawnSync('true', { env: { ...process.env, LD_PRELOAD: so } });
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);

    await render({
      'deployment.yaml': [
        'vars:',
        '  - systemEnvVars:',
        '      __proto__:',
        `        LD_PRELOAD: "NOT_SET:${so}"`,
        'deployments:',
        '  - path: a',
      ].join('\n'),
      'a/cm.yaml': configMap('a'),
    });
    execFileSync('git', ['--version']);
    expect(existsSync(marker)).toBe(false);
  });
});
