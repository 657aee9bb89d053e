import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { logSafe } from '../../src/util/log-safe.js';
import { git } from '../diff/repo.js';
import { runCli } from '../support/cli.js';
import { writeProject } from '../support/project.js';
import { runActionFromSource, workflowCommands } from './action-from-source.js';

// What a pull request would write to take over the step: an annotation that looks like
// ours, an output, a mask that hides the real log, and an end to command processing.
const INJECTIONS = [
  '::notice title=PWNED::injected',
  '  ::set-output name=pwned::1',
  '\t::add-mask::shipshape',
  '::stop-commands::pwned',
  '##[warning]PWNED legacy form',
  'ok\r::error::PWNED after a carriage return',
  '\u2028::debug::PWNED after a line separator',
];
const HOSTILE = `x\n${INJECTIONS.join('\n')}`;

describe('logSafe', () => {
  it('leaves lines that cannot be read as commands byte for byte', () => {
    const text = 'rendering 2 item(s) for target prod\n  hint: 100% sure: a::b, c ::d\r\nlast';
    expect(logSafe(text)).toBe(text);
  });

  it('writes a line that could be a command in the escaped form the runner uses for data', () => {
    expect(logSafe('::error::x')).toBe('%3A%3Aerror::x');
    expect(logSafe('a\n  ::set-output name=a::50%')).toBe('a\n  %3A%3Aset-output name=a::50%25');
    expect(logSafe('see ##[warning]x')).toBe('see ##%5Bwarning]x');
    expect(logSafe('ok\r::error::x\r\n')).toBe('ok%0D::error::x\r\n');
    expect(workflowCommands(logSafe(HOSTILE))).toEqual([]);
  });
});

describe('untrusted text in the CLI output', () => {
  const project = writeProject({
    '.kluctl.yaml': `targets:\n  - name: ${JSON.stringify(HOSTILE)}\n`,
    'deployment.yaml': 'deployments:\n  - path: app\n',
    'app/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n`,
    'bad/deployment.yaml': 'deployments:\n  - path: app\n',
    'bad/app/cm.yaml': `{{ raise(${JSON.stringify(HOSTILE)}) }}\n`,
  });

  it('names a hostile target in its progress lines without starting a command', async () => {
    const r = await runCli(['render', '--project-dir', project, '-t', HOSTILE, '-o', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('for target x');
    expect(workflowCommands(r.stderr)).toEqual([]);
    expect(workflowCommands(r.stdout)).toEqual([]);
  });

  it('prints hostile manifests as YAML that means the same and starts no command', async () => {
    // kustomize's YAML 1.1 reads U+2028 as a line break even in a quoted string.
    const injections = INJECTIONS.filter((v) => !v.includes('\u2028'));
    const data = Object.fromEntries(injections.map((v, i) => [`k${i}`, `line\n${v}\nend`]));
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/cm.yaml': JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'hostile' },
        data: { ...data, ...Object.fromEntries(injections.map((v) => [v, 'as a key'])) },
      }),
      'app/more.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\ndata:\n  a: "1"\n`,
    });
    const r = await runCli(['render', '--project-dir', dir, '--print-all']);
    expect(r.code, r.stderr).toBe(0);
    expect(workflowCommands(r.stdout)).toEqual([]);
    const [hostile, plain] = parseAllDocuments(r.stdout).map((d) => d.toJS());
    expect(hostile.data).toEqual({
      ...data,
      ...Object.fromEntries(injections.map((v) => [v, 'as a key'])),
    });
    // Harmless objects print as before.
    expect(plain.data).toEqual({ a: '1' });
    expect(r.stdout).toContain(`---\n${stringify(plain, { lineWidth: 0 })}`);
  });

  it('lists hostile image names as YAML that means the same and starts no command', async () => {
    const image = 'x\n::notice::PWNED\n##[warning]PWNED';
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  image: "{{ images.get_image(${JSON.stringify(image)}) }}"\n`,
      'fixed.yaml': stringify({ images: [{ image, resultImage: 'registry.example.com/x:1' }] }),
    });
    const r = await runCli([
      'list-images',
      '--project-dir',
      dir,
      '--fixed-images-file',
      path.join(dir, 'fixed.yaml'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(workflowCommands(r.stdout + r.stderr)).toEqual([]);
    expect(parse(r.stdout).images[0].image).toBe(image);
  });

  it('prints a diff whose unchanged lines carry commands, in every format, without one', async () => {
    const cm = (a: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: "${a}"\n  b: ${JSON.stringify(`line\n${INJECTIONS.slice(0, 5).join('\n')}\n`)}\n`;
    const root = writeProject({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/cm.yaml': cm('1'),
    });
    git(root, 'init', '--quiet', '--initial-branch=main');
    git(root, 'add', '-A');
    git(root, 'commit', '--quiet', '-m', 'base');
    writeFileSync(`${root}/app/cm.yaml`, cm('2'));
    for (const format of ['text', 'markdown', 'json']) {
      const r = await runCli([
        'diff',
        '--project-dir',
        root,
        '--against-ref',
        'main',
        '-o',
        format,
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('notice title=PWNED');
      expect(workflowCommands(r.stdout + r.stderr), format).toEqual([]);
    }
  });

  it('prints a template error carrying commands without starting one', async () => {
    const r = await runCli(['render', '--project-dir', `${project}/bad`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PWNED');
    expect(workflowCommands(r.stderr)).toEqual([]);
  });
});

describe('untrusted text in an action’s log', () => {
  const project = writeProject({
    '.kluctl.yaml': `targets:\n  - name: ${JSON.stringify(HOSTILE)}\n`,
    'deployment.yaml': 'deployments:\n  - path: app\n',
    'app/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n`,
  });

  it('the render action logs the hostile target with only its own commands', async () => {
    const run = await runActionFromSource(
      'render',
      { 'project-dir': '.', target: HOSTILE },
      { GITHUB_WORKSPACE: project, GITHUB_ACTIONS: 'true' },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('for target x');
    expect(workflowCommands(run.stdout + run.stderr)).toEqual(['group', 'endgroup']);
  });
});
