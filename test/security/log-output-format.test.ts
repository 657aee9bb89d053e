import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { writeProject } from '../support/project.js';

const project = writeProject({
  'deployment.yaml': 'deployments:\n  - path: app\n',
  'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
});

describe('-o/--output formats', () => {
  it.each([
    ['render', 'text', 'yaml, json'],
    ['render', 'JSON', 'yaml, json'],
    ['image-bump', 'xml', 'text, json'],
    ['image-bump', '', 'text, json'],
  ])(
    '%s -o %j: refused with exit code 2, naming the valid formats',
    async (command, format, valid) => {
      const r = await runCli([command, '--project-dir', project, `--output=${format}`], {
        cwd: project,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`-o/--output must be one of ${valid}, got "${format}"`);
      expect(r.stdout).toBe('');
    },
  );

  it('diff refuses a format it has not, for each of its modes', async () => {
    const cluster = await runCli(['diff', '--project-dir', project, '--output=xml']);
    expect(cluster.code).toBe(2);
    expect(cluster.stderr).toContain('FORMAT one of text, json, yaml, markdown, got "xml"');
    const base = await runCli([
      'diff',
      '--project-dir',
      project,
      '--against-ref',
      'main',
      '--output=yaml',
    ]);
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('-o/--output must be one of text, json, markdown, got "yaml"');
    expect(base.stdout + cluster.stdout).toBe('');
  });

  it('list-images -o takes a file (as in kluctl); a format name there is refused, not written', async () => {
    for (const format of ['json', 'yaml', 'text', 'markdown']) {
      const r = await runCli(['list-images', '--project-dir', project, '-o', format], {
        cwd: project,
      });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(
        `list-images writes YAML; -o/--output names the file to write it to, and "${format}" is a format name`,
      );
      expect(r.stderr).toContain(`-o ./${format}`);
      expect(existsSync(path.join(project, format))).toBe(false);
    }
    const ok = await runCli(['list-images', '--project-dir', project, '-o', './images.yaml'], {
      cwd: project,
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(existsSync(path.join(project, 'images.yaml'))).toBe(true);
  });
});
