import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { runCli } from '../support/cli.js';
import { writeProject } from '../support/project.js';

const project = writeProject({
  '.kluctl.yaml': 'targets:\n  - name: dev\n    args: { env: dev }\nargs:\n  - name: env\n',
  'deployment.yaml': 'deployments:\n  - path: app\n  - path: db\n    tags: [database]\n',
  'app/deploy.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-{{ args.env }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "{{ images.get_image(\'example.com/app\') }}"\n',
  'db/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db\n',
});

describe('shipshape render', () => {
  it('--print-all prints every object as multi-document YAML', async () => {
    const r = await runCli([
      'render',
      '--project-dir',
      project,
      '-t',
      'dev',
      '-F',
      'example.com/app=example.com/app:1.0',
      '--print-all',
    ]);
    expect(r.stderr).toContain('rendering 2 item(s) for target dev');
    expect(r.code).toBe(0);
    const objs = parseAllDocuments(r.stdout).map((d) => d.toJS());
    expect(objs.map((o) => o.metadata.name)).toEqual(['app-dev', 'db']);
    expect(objs[0].spec.template.spec.containers[0].image).toBe('example.com/app:1.0');
  });

  it('-o json prints items with their tags and objects, and the images used', async () => {
    const r = await runCli([
      'render',
      '--project-dir',
      project,
      '-t',
      'dev',
      '-F',
      'example.com/app=example.com/app:1.0',
      '-o',
      'json',
      '-E',
      'database',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.target).toEqual({ name: 'dev' });
    expect(out.items.map((i: { dir: string; tags: string[] }) => [i.dir, i.tags])).toEqual([
      ['app', ['app']],
    ]);
    expect(out.images[0]).toMatchObject({
      image: 'example.com/app',
      resultImage: 'example.com/app:1.0',
      deployment: 'Deployment/app-dev',
      container: 'app',
    });
  });

  it('--render-output-dir keeps the rendered project', async () => {
    const out = path.join(project, '..', `${path.basename(project)}-out`);
    const r = await runCli([
      'render',
      '--project-dir',
      project,
      '-t',
      'dev',
      '-F',
      'example.com/app=example.com/app:1.0',
      '--render-output-dir',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    expect(readFileSync(path.join(out, 'app', 'deploy.yaml'), 'utf8')).toContain('name: app-dev');
    expect(
      parse(readFileSync(path.join(out, 'app', 'kustomization.yaml'), 'utf8')).resources,
    ).toEqual(['deploy.yaml']);
    rmSync(out, { recursive: true });
  });

  it('without --print-all prints the kept render directory', async () => {
    const r = await runCli([
      'render',
      '--project-dir',
      project,
      '-t',
      'dev',
      '-F',
      'example.com/app=example.com/app:1.0',
    ]);
    const dir = r.stdout.trim();
    expect(existsSync(path.join(dir, 'db', '.rendered.yml'))).toBe(true);
    rmSync(dir, { recursive: true });
  });

  it('a render failure exits 1 with the error relative to the working directory', async () => {
    const r = await runCli(['render', '--project-dir', '.', '-t', 'dev', '--print-all'], {
      cwd: project,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /error: failed to find fixed image for example\.com\/app \(Deployment app-dev, container app, item app\)/,
    );
    expect(r.stdout).toBe('');
  });

  it.each([
    [['render', '--project-dir', project, '-t', 'prod'], 'unknown target "prod"'],
    [['render', '--nope'], 'unknown flag --nope'],
    [['render', '--print-al'], 'unknown flag --print-al (did you mean --print-all?)'],
    [['render', '-t'], '-t needs a value'],
    [['render', '-o', 'xml'], '-o/--output must be one of yaml, json'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('--help lists the commands and each command its flags', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/render\s+Render a target/);
    const render = await runCli(['render', '--help']);
    expect(render.stdout).toContain('-F, --fixed-image IMAGE[:NS[:KIND/NAME[:CONTAINER]]]=RESULT');
    expect(render.stdout).toContain('-I, --include-tag TAG');
  });
});

describe('shipshape list-images', () => {
  it('writes a fixed-images file of every get_image use', async () => {
    const r = await runCli([
      'list-images',
      '--project-dir',
      project,
      '-t',
      'dev',
      '-F',
      'example.com/app=example.com/app:1.0',
    ]);
    expect(r.code).toBe(0);
    // kluctl's entry: every field, the object it is used in (empty group left out).
    expect(parse(r.stdout)).toEqual({
      images: [
        {
          container: 'app',
          deployTags: ['app'],
          deployment: 'Deployment/app-dev',
          deploymentDir: 'app',
          image: 'example.com/app',
          namespace: '',
          object: { group: 'apps', version: 'v1', kind: 'Deployment', name: 'app-dev' },
          resultImage: 'example.com/app:1.0',
        },
      ],
    });
  });

  it('--simple keeps image and resultImage, written to the -o file', async () => {
    const out = path.join(project, 'images.yaml');
    const r = await runCli([
      'list-images',
      '--project-dir',
      project,
      '-t',
      'dev',
      '-F',
      'example.com/app=example.com/app:1.0',
      '--simple',
      '-o',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(out, 'utf8'))).toEqual({
      images: [{ image: 'example.com/app', resultImage: 'example.com/app:1.0' }],
    });
    rmSync(out);
  });

  it('an image without a fixed version fails, as in render (and in kluctl)', async () => {
    const r = await runCli(['list-images', '--project-dir', project, '-t', 'dev']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/failed to find fixed image for example\.com\/app/);
  });
});
