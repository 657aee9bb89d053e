import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runActionEntry } from '../support/action.js';
import { writeProject } from '../support/project.js';

const project = writeProject({
  '.kluctl.yaml': 'targets:\n  - name: dev\nargs:\n  - name: env\n    default: dev\n',
  'deployment.yaml': 'deployments:\n  - path: app\n',
  'app/cm.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{{ args.env }}\ndata:\n  image: "{{ images.get_image(\'nginx\') }}"\n',
});

describe('root action, command: render (bundled dist/action.js)', () => {
  it('writes the objects to a file and reports outputs and a summary', async () => {
    const run = await runActionEntry(
      'action',
      {
        command: 'render',
        'project-dir': '.',
        target: 'dev',
        args: 'env=prod',
        'fixed-images': 'nginx=nginx:1.27',
      },
      { GITHUB_WORKSPACE: project },
    );
    expect(run.code).toBe(0);
    expect(run.outputs['object-count']).toBe('1');
    const objects = parseAllDocuments(readFileSync(run.outputs['objects-file'], 'utf8')).map((d) =>
      d.toJS(),
    );
    expect(objects[0].metadata.name).toBe('cm-prod');
    expect(objects[0].data.image).toBe('nginx:1.27');
    expect(run.summary).toContain('### shipshape render: `dev`');
    expect(run.stdout).toContain('::group::render dev');
  });

  it('fails the step with the error when rendering fails', async () => {
    const run = await runActionEntry(
      'action',
      { command: 'render', target: 'dev', 'output-file': path.join(project, 'out.yaml') },
      { GITHUB_WORKSPACE: project },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::failed to find fixed image for nginx');
  });

  it('puts a template error as an annotation on its line, by its path in the repository', async () => {
    const repo = writeProject({
      'deploy/.kluctl.yaml': 'targets:\n  - name: dev\n',
      'deploy/deployment.yaml': 'deployments:\n  - path: app\n',
      'deploy/app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ nope.name }}\n',
    });
    execFileSync('git', ['init', '--quiet', repo]);
    const run = await runActionEntry(
      'action',
      { command: 'render', 'project-dir': 'deploy', target: 'dev' },
      { GITHUB_WORKSPACE: repo },
    );
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error title=shipshape render,file=deploy\/app\/cm\.yaml,line=4(,col=\d+)?::.*'nope' is undefined/,
    );
  });

  it('rejects an unknown command', async () => {
    const run = await runActionEntry(
      'action',
      { command: 'launch' },
      { GITHUB_WORKSPACE: project },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::unknown command "launch"');
  });
});
