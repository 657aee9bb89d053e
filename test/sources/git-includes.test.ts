import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runCli } from '../support/cli.js';
import { commitFiles, startGitHttpServer, type GitHttpServer } from '../support/git/http-server.js';
import { configMap, writeProject } from '../support/project.js';

const objects = (stdout: string) =>
  parseAllDocuments(stdout)
    .map(
      (d) =>
        d.toJS() as {
          metadata: {
            name: string;
            labels: Record<string, string>;
            annotations: Record<string, string>;
          };
          data: Record<string, string>;
        },
    )
    .filter(Boolean);
const byName = (stdout: string) =>
  Object.fromEntries(objects(stdout).map((o) => [o.metadata.name, o]));

let server: GitHttpServer;
let libCommit: string;

beforeAll(async () => {
  server = await startGitHttpServer();
  // a plain project with a template that includes a file of its own
  commitFiles(server.root, 'app', {
    'deployment.yaml': 'deployments:\n  - path: cm\n',
    'cm/cm.yaml': configMap('app-none', { from: "{{ a | default('unset') }}" }),
  });
  commitFiles(
    server.root,
    'app',
    {
      'deployment.yaml': 'deployments:\n  - path: cm\n',
      'cm/cm.yaml': configMap('app-tagged', {}),
    },
    { branch: 'release', tag: 'v1.0.0' },
  );
  libCommit = commitFiles(server.root, 'lib', {
    'sub/.kluctl-library.yaml': 'args:\n  - name: size\n  - name: color\n    default: blue\n',
    'sub/deployment.yaml': 'deployments:\n  - path: res\n',
    'sub/res/cm.yaml': configMap('lib-{{ args.size }}', {
      color: '{{ args.color }}',
      target: "{{ 'passed' if target is defined else 'not passed' }}",
    }),
  });
  commitFiles(server.root, 'escape', {
    'deployment.yaml': 'deployments:\n  - path: res\n',
    'res/cm.yaml': "{% include 'parent-only.yaml' %}\n",
  });
});
afterAll(() => server.stop());

describe('git includes', () => {
  it('includes a repository at its default branch, a tag and a commit, with subDir, fetching each url+ref once', async () => {
    const dir = writeProject({
      'deployment.yaml': [
        'vars:',
        '  - values: {a: from-parent}',
        'deployments:',
        `  - git: ${server.url}/app.git`,
        `  - git: {url: "${server.url}/app.git", ref: {tag: v1.0.0}}`,
        `  - git: {url: "${server.url}/lib.git", ref: {commit: ${libCommit}}, subDir: sub}`,
        '    args: {size: small}',
        `  - git: {url: "${server.url}/lib.git", ref: {commit: ${libCommit}}, subDir: sub}`,
        '    args: {size: big, color: red}',
        '    passVars: true',
        '',
      ].join('\n'),
    });
    server.fetches.clear();
    const r = await runCli(['render', '--project-dir', dir, '--print-all']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const objs = byName(r.stdout);
    expect(objs['app-none'].data).toEqual({ from: 'from-parent' });
    expect(objs['app-none'].metadata.annotations['kluctl.io/deployment-item-dir']).toBe('cm');
    expect(objs['app-tagged']).toBeDefined();
    expect(objs['lib-small'].data).toEqual({ color: 'blue', target: 'not passed' });
    // passVars: the includer's variables (target among them) reach the library
    expect(objs['lib-big'].data).toEqual({ color: 'red', target: 'passed' });
    expect(objs['lib-small'].metadata.annotations['kluctl.io/deployment-item-dir']).toBe('sub/res');
    // git includes get no default tag (kluctl tags only path and include items)
    expect(objs['app-none'].metadata.labels).toEqual({ 'kluctl.io/tag-0': 'cm' });
    // one fetch per distinct url+ref: app twice (default branch, tag), lib once
    expect(server.fetches.get('app')).toBe(2);
    expect(server.fetches.get('lib')).toBe(1);
  });

  it('a library project without a required arg fails naming it', async () => {
    const dir = writeProject({
      'deployment.yaml': `deployments:\n  - git: {url: "${server.url}/lib.git", subDir: sub}\n`,
    });
    const r = await runCli(['render', '--project-dir', dir, '--print-all']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/required argument "size" not set/);
    expect(r.stderr).toContain('.kluctl-library.yaml');
  });

  it('an included project cannot load templates from the parent', async () => {
    const dir = writeProject({
      'deployment.yaml': `deployments:\n  - git: ${server.url}/escape.git\n`,
      'parent-only.yaml': configMap('leak'),
    });
    const r = await runCli(['render', '--project-dir', dir, '--print-all']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/parent-only\.yaml/);
    expect(r.stdout).not.toContain('leak');
  });

  it('bad input: unknown ref, unreachable host, file:// URLs, bad subDir', async () => {
    const cases: [string, RegExp][] = [
      [
        `{url: "${server.url}/app.git", ref: {branch: nope}}`,
        /branch nope of .*app\.git does not exist/,
      ],
      [`{url: "${server.url}/app.git", ref: {tag: v9}}`, /tag v9 of .* does not exist/],
      [
        '{url: "http://127.0.0.1:1/x.git"}',
        /fetching the default branch of http:\/\/127\.0\.0\.1:1\/x\.git failed/,
      ],
      ['{url: "file:///etc"}', /uses file:\/\/, which a project may not use/],
      ['/etc', /is not valid \(a project may not use local paths\)/],
      [`{url: "${server.url}/app.git", subDir: ../../x}`, /is not valid subdirectory path/],
      [`{url: "${server.url}/app.git", subDir: missing}`, /subDir "missing" does not exist/],
      [
        `{url: "${server.url}/app.git", ref: {branch: a, tag: b}}`,
        /only one of the ref fields can be set/,
      ],
    ];
    for (const [spec, re] of cases) {
      const dir = writeProject({ 'deployment.yaml': `deployments:\n  - git: ${spec}\n` });
      const r = await runCli(['render', '--project-dir', dir, '--print-all']);
      expect(r.code, spec).toBe(1);
      expect(r.stderr, spec).toMatch(re);
    }
  });

  it('detects an include cycle across git includes', async () => {
    commitFiles(server.root, 'cycle-a', {
      'deployment.yaml': `deployments:\n  - git: ${server.url}/cycle-b.git\n`,
    });
    commitFiles(server.root, 'cycle-b', {
      'deployment.yaml': `deployments:\n  - git: ${server.url}/cycle-a.git\n`,
    });
    const dir = writeProject({
      'deployment.yaml': `deployments:\n  - git: ${server.url}/cycle-a.git\n`,
    });
    const r = await runCli(['render', '--project-dir', dir, '--print-all']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/include cycle: .*cycle-a.*cycle-b.*cycle-a/);
  });
});

describe('git credentials', () => {
  let auth: GitHttpServer;
  beforeAll(async () => {
    auth = await startGitHttpServer({ auth: { username: 'bob', password: 's3cret-git-pass' } });
    commitFiles(auth.root, 'private', {
      'deployment.yaml': 'deployments:\n  - path: cm\n',
      'cm/cm.yaml': configMap('private'),
    });
  });
  afterAll(() => auth.stop());

  it('uses KLUCTL_GIT_* credentials and never shows the password', async () => {
    const dir = writeProject({
      'deployment.yaml': `deployments:\n  - git: ${auth.url}/private.git\n`,
    });
    const host = new URL(auth.url).host;
    const ok = await runCli(['render', '--project-dir', dir, '--print-all'], {
      env: {
        KLUCTL_GIT_HOST: host,
        KLUCTL_GIT_USERNAME: 'bob',
        KLUCTL_GIT_PASSWORD: 's3cret-git-pass',
      },
    });
    expect(ok.stderr).not.toContain('error');
    expect(objects(ok.stdout).map((o) => o.metadata.name)).toEqual(['private']);
    const bad = await runCli(['render', '--project-dir', dir, '--print-all'], {
      env: {
        KLUCTL_GIT_HOST: host,
        KLUCTL_GIT_USERNAME: 'bob',
        KLUCTL_GIT_PASSWORD: 'wrong-password-x',
      },
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/failed/);
    expect(bad.stderr).not.toContain('wrong-password-x');
    const none = await runCli(['render', '--project-dir', dir, '--print-all'], {
      env: { HOME: '/nonexistent' },
    });
    expect(none.code).toBe(1);
  });
});

describe('git vars source', () => {
  it('loads a (templated) vars file from a repository at a ref', async () => {
    commitFiles(
      server.root,
      'vars',
      { 'env/prod.yaml': 'replicas: 3\nname: "{{ prefix }}-prod"\n' },
      { tag: 'vars-1' },
    );
    const dir = writeProject({
      'deployment.yaml': [
        'vars:',
        '  - values: {prefix: shop}',
        `  - git: {url: "${server.url}/vars.git", ref: {tag: vars-1}, path: env/prod.yaml}`,
        `  - git: {url: "${server.url}/vars.git", path: missing.yaml}`,
        '    ignoreMissing: true',
        'deployments:\n  - path: cm\n',
      ].join('\n'),
      'cm/cm.yaml': configMap('out', { r: '{{ replicas }}', n: '{{ name }}' }),
    });
    const r = await runCli(['render', '--project-dir', dir, '--print-all']);
    expect(r.stderr).not.toContain('error');
    expect(byName(r.stdout).out.data).toEqual({ r: '3', n: 'shop-prod' });
  });
});
