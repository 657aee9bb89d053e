/**
 * kluctl's ways of passing flags that CI pipelines rely on: every flag from the environment
 * (`KLUCTL_<FLAG>`, repeatable ones as `KLUCTL_<FLAG>_<n>`) and `-T/--target-name-override`.
 * Each expectation was checked against kluctl 2.22 (test/oracle runs the same projects).
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runCli } from '../support/cli.js';
import { writeProject } from '../support/project.js';

const project = writeProject({
  '.kluctl.yaml': [
    'discriminator: "shop-{{ target.name }}"',
    'targets:',
    '  - name: dev',
    '    args: { env: dev }',
    'args:',
    '  - name: env',
    '    default: none',
    '  - name: size',
    '    default: small',
  ].join('\n'),
  'deployment.yaml': 'deployments:\n  - path: app\n',
  'app/deploy.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: app-{{ args.env }}-{{ args.size }}-{{ target.name }}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: "{{ images.get_image(\'example.com/app\') }}"',
  ].join('\n'),
});

async function render(args: string[], env: Record<string, string> = {}) {
  const run = await runCli(['render', '--project-dir', project, '--print-all', ...args], { env });
  expect(run.code, run.stderr).toBe(0);
  const [obj] = parseAllDocuments(run.stdout).map((d) => d.toJS());
  return {
    name: obj.metadata.name as string,
    image: obj.spec.template.spec.containers[0].image as string,
    discriminator: obj.metadata.labels['kluctl.io/discriminator'] as string | undefined,
  };
}

describe('flags from the environment', () => {
  it('KLUCTL_TARGET, KLUCTL_FIXED_IMAGE and indexed KLUCTL_ARG_<n>', async () => {
    const out = await render([], {
      KLUCTL_TARGET: 'dev',
      KLUCTL_FIXED_IMAGE: 'example.com/app=example.com/app:2.0',
      KLUCTL_ARG_1: 'env=qa',
      KLUCTL_ARG_0: 'size=large',
    });
    expect(out).toEqual({
      name: 'app-qa-large-dev',
      image: 'example.com/app:2.0',
      discriminator: 'shop-dev',
    });
  });

  it('the command line comes after the environment: its -a wins, its -t replaces KLUCTL_TARGET', async () => {
    const out = await render(
      ['-t', 'dev', '-a', 'size=cli', '-F', 'example.com/app=example.com/app:3.0'],
      {
        KLUCTL_TARGET: 'nope',
        KLUCTL_ARG: 'size=env',
        KLUCTL_FIXED_IMAGE_0: 'example.com/app=x:1',
      },
    );
    expect(out.name).toBe('app-dev-cli-dev');
    expect(out.image).toBe('example.com/app:3.0');
  });

  it('a boolean flag reads Go-style booleans', async () => {
    const run = await runCli(
      ['render', '--project-dir', project, '-t', 'dev', '-F', 'example.com/app=a:1'],
      {
        env: { KLUCTL_PRINT_ALL: 'T' },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('kind: Deployment');
  });
});

describe('-T/--target-name-override', () => {
  it('renames a named target after it was rendered (its discriminator keeps the old name)', async () => {
    const out = await render(['-t', 'dev', '-T', 'renamed', '-F', 'example.com/app=a:1']);
    expect(out.name).toBe('app-dev-small-renamed');
    expect(out.discriminator).toBe('shop-dev');
  });

  it('names the no-name target before it is rendered', async () => {
    const dir = writeProject({
      '.kluctl.yaml': 'discriminator: "d-{{ target.name }}"\n',
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "cm-{{ target.name }}"\n',
    });
    const run = await runCli(['render', '--project-dir', dir, '--print-all', '-T', 'solo']);
    expect(run.code, run.stderr).toBe(0);
    const [obj] = parseAllDocuments(run.stdout).map((d) => d.toJS());
    expect(obj.metadata.name).toBe('cm-solo');
    expect(obj.metadata.labels['kluctl.io/discriminator']).toBe('d-solo');
  });
});

describe('vars files', () => {
  it('a file with several documents and no multidoc: the first document is used', async () => {
    const dir = writeProject({
      'deployment.yaml': 'vars:\n  - file: vars.yaml\ndeployments:\n  - path: app\n',
      'vars.yaml': 'a: 1\n---\na: 2\nb: 3\n',
      'app/cm.yaml':
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: '{{ a }}'\n  b: \"{{ b | default('none') }}\"\n",
    });
    const run = await runCli(['render', '--project-dir', dir, '--print-all']);
    expect(run.code, run.stderr).toBe(0);
    expect(parseAllDocuments(run.stdout)[0].toJS().data).toEqual({ a: '1', b: 'none' });
  });
});
