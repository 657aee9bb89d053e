import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffAgainstRef, type DiffResult } from '../../src/diff/index.js';
import { FIXTURES, applyOverlay, git, repoWithBase, runCli } from './repo.js';

type Run = Awaited<ReturnType<typeof runCli>>;

const worktrees = (root: string) => git(root, 'worktree', 'list').split('\n').length;

describe('diff --against-ref on a committed project changed in the working tree', () => {
  let root: string;
  const runs: Record<'text' | 'json' | 'markdown', Run> = {} as never;
  let result: DiffResult;

  beforeAll(async () => {
    ({ root } = repoWithBase('project'));
    applyOverlay('head', root);
    rmSync(path.join(root, 'app/legacy.yml'));
    for (const format of ['text', 'json', 'markdown'] as const)
      runs[format] = await runCli([
        'diff',
        '--project-dir',
        root,
        '--against-ref',
        'base',
        '-o',
        format,
      ]);
    result = JSON.parse(runs.json.stdout);
  });

  it('compares every target when none is given, object by object', () => {
    expect(runs.json.code).toBe(0);
    expect(result.base).toEqual({ ref: 'base', commit: git(root, 'rev-parse', 'base') });
    expect(result.hasChanges).toBe(true);
    expect(result.targets.map((t) => t.target)).toEqual(['prod', 'staging', 'dev']);
    const prod = result.targets[0];
    expect(prod.summary).toEqual({ new: 1, changed: 3, deleted: 1, unchanged: 1 });
    expect(prod.objects.map((o) => [o.change, o.kind, o.namespace, o.name])).toEqual([
      ['deleted', 'ConfigMap', 'prod', 'legacy'],
      ['changed', 'ConfigMap', 'prod', 'settings'],
      ['changed', 'Secret', 'prod', 'creds'],
      ['new', 'Service', 'prod', 'web'],
      ['changed', 'Deployment', 'prod', 'web'],
    ]);
    const web = prod.objects.at(-1)!;
    expect([web.group, web.apiVersion]).toEqual(['apps', 'apps/v1']);
  });

  it('compares a target that is new in the head with nothing, and says so', () => {
    const dev = result.targets[2];
    expect(dev.note).toBe('target dev does not exist at base; every object is new');
    expect(dev.summary).toEqual({ new: 5, changed: 0, deleted: 0, unchanged: 0 });
  });

  it('lists changed fields in kluctl jsonPath style with a unified YAML diff', () => {
    const web = result.targets[0].objects.find((o) => o.kind === 'Deployment')!;
    expect(web.changes).toEqual([
      {
        path: 'metadata.labels["app.kubernetes.io/name"]',
        type: 'insert',
        after: 'web',
      },
      {
        path: 'spec.template.spec.containers[0].image',
        type: 'update',
        before: 'nginx:1.25.3',
        after: 'nginx:1.27.0',
      },
    ]);
    expect(web.diff).toContain(
      '\n-        - image: nginx:1.25.3\n+        - image: nginx:1.27.0\n',
    );
    expect(web.diff).toContain('\n+    app.kubernetes.io/name: web\n');
    expect(web.diff).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@\n/);
  });

  it("applies the head's ignoreForDiff rules and kluctl.io/ignore-diff* annotations", () => {
    const prod = result.targets[0];
    // spec.replicas went from 2 to 5 (ignoreForDiff rule), timestamp and build-id changed
    // (ignore-diff-field and ignore-diff-field-regex-1), and the object annotated
    // kluctl.io/ignore-diff changed its data: none of it is a change.
    const web = prod.objects.find((o) => o.kind === 'Deployment')!;
    expect(web.changes!.map((c) => c.path)).not.toContain('spec.replicas');
    expect(web.diff).not.toContain('replicas');
    const settings = prod.objects.find((o) => o.name === 'settings')!;
    expect(settings.changes!.map((c) => c.path)).toEqual(['data.level']);
    expect(prod.objects.find((o) => o.name === 'unmanaged')).toBeUndefined();
    expect(prod.summary.unchanged).toBe(1);
  });

  it('masks Secret values in every format and says which keys changed', () => {
    const secrets = [
      'base-pass-Xq7',
      'head-pass-M3w',
      'admin',
      'YmFzZS10b2tlbi1aOTE=',
      'aGVhZC10b2tlbi1LNDI=',
      'base-token-Z91',
      'head-token-K42',
      'LAST-APPLIED-MARKER',
      'last-applied-configuration',
    ];
    for (const [format, run] of Object.entries(runs)) {
      for (const s of secrets) {
        expect(run.stdout, `${format} stdout`).not.toContain(s);
        expect(run.stderr, `${format} stderr`).not.toContain(s);
      }
    }
    const creds = result.targets[0].objects.find((o) => o.kind === 'Secret')!;
    expect(creds.changes).toEqual([
      { path: 'data.token', type: 'update', before: '*****', after: '***** (changed)' },
      { path: 'stringData.password', type: 'update', before: '*****', after: '***** (changed)' },
    ]);
    // The unchanged key shows as context, masked, without the hint.
    expect(creds.diff).toContain('\n   username: "*****"\n');
    expect(runs.markdown.stdout).toContain('+  password: "***** (changed)"');
    expect(runs.text.stdout).toContain('+  password: "***** (changed)"');
  });

  it('prints the same result in each format and a line saying whether anything changed', () => {
    for (const run of Object.values(runs)) {
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('changes in 3 of 3 target(s)\n');
    }
    expect(runs.text.stdout).toContain('Target prod: 1 new, 3 changed, 1 deleted, 1 unchanged');
    expect(runs.markdown.stdout).toContain(
      '#### Target `prod`: 1 new, 3 changed, 1 deleted, 1 unchanged',
    );
    expect(runs.markdown.stdout).toContain('- `ConfigMap` `prod/legacy`');
  });

  it('compares only the targets given with -t, and exits 3 on changes with --exit-code', async () => {
    const run = await runCli([
      'diff',
      '--project-dir',
      root,
      '--against-ref',
      'base',
      '-t',
      'prod',
      '--exit-code',
      '-o',
      'json',
    ]);
    expect(run.code).toBe(3);
    expect((JSON.parse(run.stdout) as DiffResult).targets.map((t) => t.target)).toEqual(['prod']);
  });

  it('gives the same bytes for the same comparison', async () => {
    const again = await runCli([
      'diff',
      '--project-dir',
      root,
      '--against-ref',
      'base',
      '-o',
      'json',
    ]);
    expect(again.stdout).toBe(runs.json.stdout);
  });

  it('removes the temporary worktree afterwards', () => {
    expect(worktrees(root)).toBe(1);
  });
});

describe('diff --against-ref failures', () => {
  let root: string;
  const deploymentFile = () => path.join(root, 'app/deployment.yml');
  let good: string;

  beforeAll(() => {
    ({ root } = repoWithBase('project'));
    good = readFileSync(deploymentFile(), 'utf8');
  });

  it('names a base ref that does not exist and how to get it', async () => {
    const run = await runCli(['diff', '--project-dir', root, '--against-ref', 'origin/nope']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('base ref "origin/nope" does not exist');
    expect(run.stderr).toContain('hint: pass a branch, tag or commit that exists');
  });

  it('says the base failed to render, where and why, and removes the worktree', async () => {
    writeFileSync(deploymentFile(), good.replace('name: web', 'name: {{ web'));
    git(root, 'commit', '--quiet', '-am', 'broken template');
    git(root, 'tag', 'broken');
    writeFileSync(deploymentFile(), good);
    const run = await runCli([
      'diff',
      '--project-dir',
      root,
      '--against-ref',
      'broken',
      '-t',
      'prod',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "error: app/deployment.yml:5: rendering the base (broken) of target prod failed: TemplateSyntaxError: expected token 'end of print statement', got 'namespace'",
    );
    expect(run.stderr).not.toContain('shipshape-base-');
    expect(worktrees(root)).toBe(1);
    // The library error carries the side and target, for callers that report them.
    await expect(
      diffAgainstRef({
        render: { projectDir: root, log: () => {} },
        targets: ['staging'],
        baseRef: 'broken',
      }),
    ).rejects.toMatchObject({ name: 'RenderSideError', side: 'base', target: 'staging' });
    expect(worktrees(root)).toBe(1);
  });

  it('says the head failed to render', async () => {
    writeFileSync(deploymentFile(), good.replace('name: web', 'name: {{ web'));
    const run = await runCli([
      'diff',
      '--project-dir',
      root,
      '--against-ref',
      'base',
      '-t',
      'prod',
    ]);
    writeFileSync(deploymentFile(), good);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "error: app/deployment.yml:5: rendering the head (working tree) of target prod failed: TemplateSyntaxError: expected token 'end of print statement', got 'namespace'",
    );
    expect(worktrees(root)).toBe(1);
  });

  it('rejects an unknown target with a suggestion (usage error)', async () => {
    const run = await runCli(['diff', '--project-dir', root, '--against-ref', 'base', '-t', 'prd']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown target "prd" (did you mean "prod"?)');
  });

  it('without --against-ref compares with the cluster; a base diff takes only its formats', async () => {
    const noRef = await runCli(['diff', '--project-dir', root, '-t', 'prod'], process.cwd(), {
      KUBECONFIG: path.join(root, 'no-such-kubeconfig'),
    });
    expect(noRef.code).toBe(1);
    expect(noRef.stderr).toContain('cannot connect to a Kubernetes cluster');
    const badFormat = await runCli([
      'diff',
      '--project-dir',
      root,
      '--against-ref',
      'base',
      '-o',
      'yaml',
    ]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('-o/--output must be one of text, json, markdown');
  });

  it('explains that a project outside git has no base', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-diff-nogit-'));
    cpSync(path.join(FIXTURES, 'project'), dir, { recursive: true });
    const run = await runCli(['diff', '--project-dir', dir, '--against-ref', 'main'], dir, {
      GIT_CEILING_DIRECTORIES: path.dirname(dir),
    });
    rmSync(dir, { recursive: true, force: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'is not inside a git repository, so there is no base to compare with',
    );
  });
});
