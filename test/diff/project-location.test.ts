import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/diff/index.js';
import { applyOverlay, repoWithBase, runCli } from './repo.js';

const diffJson = async (root: string, ...extra: string[]) => {
  const run = await runCli(
    ['diff', '--project-dir', 'deploy', '--against-ref', 'base', '-o', 'json', ...extra],
    root,
  );
  return { ...run, result: run.code === 0 ? (JSON.parse(run.stdout) as DiffResult) : undefined };
};

describe('diff of a project in a subdirectory, without targets', () => {
  it('reads a fixed-images file inside the repository from the base checkout for the base', async () => {
    const { root } = repoWithBase('subdir');
    applyOverlay('subdir-head', root);
    const { code, result } = await diffJson(root, '--fixed-images-file', 'deploy/images.yaml');
    expect(code).toBe(0);
    expect(result!.targets).toHaveLength(1);
    const [t] = result!.targets;
    expect(t.target).toBeNull();
    expect(t.summary).toEqual({ new: 0, changed: 1, deleted: 0, unchanged: 0 });
    expect(t.objects[0].changes).toEqual([
      {
        path: 'spec.template.spec.containers[0].image',
        type: 'update',
        before: 'nginx:1.25.3',
        after: 'nginx:1.27.0',
      },
    ]);
  });

  it('reports no changes with exit code 0, also with --exit-code', async () => {
    const { root } = repoWithBase('subdir');
    const run = await diffJson(root, '--fixed-images-file', 'deploy/images.yaml', '--exit-code');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('no changes in 1 target(s)\n');
    expect(run.result!.hasChanges).toBe(false);
    expect(run.result!.targets[0].summary).toEqual({
      new: 0,
      changed: 0,
      deleted: 0,
      unchanged: 1,
    });
    const md = await runCli(
      [
        'diff',
        '--project-dir',
        'deploy',
        '--against-ref',
        'base',
        '-F',
        'nginx=nginx:1',
        '-o',
        'markdown',
      ],
      root,
    );
    expect(md.stdout).toContain('\nNo changes.\n');
  });

  it('treats every object as new when the project directory does not exist at the base', async () => {
    const { root } = repoWithBase('readme-only');
    applyOverlay('subdir', root);
    const { code, result } = await diffJson(root, '-F', 'nginx=nginx:1.27.0');
    expect(code).toBe(0);
    const [t] = result!.targets;
    expect(t.note).toBe('the project directory does not exist at base; every object is new');
    expect(t.objects.map((o) => [o.change, o.kind, o.name])).toEqual([
      ['new', 'Deployment', 'web'],
    ]);
  });

  it('rejects -t for a project without targets (usage error)', async () => {
    const { root } = repoWithBase('subdir');
    const run = await diffJson(root, '-t', 'prod');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the project defines no targets; omit -t');
  });
});
