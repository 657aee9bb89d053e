import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { UserError } from '../../src/util/errors.js';
import { configMap, writeProject } from '../support/project.js';

/** Renders and returns the UserError (or UsageError) it fails with. */
async function failure(
  files: Record<string, string>,
  opts: { target?: string; args?: string[] } = {},
) {
  const dir = writeProject(files);
  const err = await renderProject({ projectDir: dir, ...opts }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'rendering should fail').toBeDefined();
  return { dir, err: err as UserError };
}

describe('bad input gets a clear error', () => {
  it('malformed YAML names file, line and column', async () => {
    const { dir, err } = await failure({
      'deployment.yaml': 'deployments:\n  - path: a\n   - path: b\n',
      'a/cm.yaml': configMap('a'),
    });
    expect(err).toBeInstanceOf(UserError);
    expect(err.file).toBe(path.join(dir, 'deployment.yaml'));
    expect(err.line).toBe(3);
    expect(err.col).toBeGreaterThan(0);
    expect(err.format()).toMatch(/deployment\.yaml:3:\d+: invalid YAML/);
  });

  it('an unknown target lists the known ones', async () => {
    const files = {
      '.kluctl.yaml': 'targets:\n  - name: dev\n  - name: prod\n',
      'deployment.yaml': 'deployments: []\n',
    };
    const unknown = await failure(files, { target: 'stage' });
    expect(unknown.err.message).toBe('unknown target "stage"; known targets: dev, prod');
  });

  it('a missing required argument names it and how to pass it', async () => {
    const { err } = await failure({
      '.kluctl.yaml': 'args:\n  - name: environment\n',
      'deployment.yaml': 'deployments: []\n',
    });
    expect(err.message).toBe('required argument "environment" not set');
    expect(err.hint).toContain('-a environment=VALUE');
  });

  it('an include outside the project is refused', async () => {
    const { err } = await failure({
      'deployment.yaml': 'deployments:\n  - include: ../elsewhere\n',
    });
    expect(err.message).toBe('include "../elsewhere" is outside the project');
    expect(err.line).toBe(2);
  });

  it('a path outside the project is refused', async () => {
    const { err } = await failure({ 'deployment.yaml': 'deployments:\n  - path: /etc\n' });
    expect(err.message).toBe('path "/etc" is outside the project');
  });

  it('an include cycle names the chain', async () => {
    const { err } = await failure({
      'deployment.yaml': 'deployments:\n  - include: a\n',
      'a/deployment.yaml': 'deployments:\n  - include: ../b\n',
      'b/deployment.yaml': 'deployments:\n  - include: ../a\n',
    });
    expect(err.message).toBe('include cycle: a -> b -> a');
    expect(err.file).toMatch(/b\/deployment\.yaml$/);
  });

  it('an unknown field fails with the nearest valid name', async () => {
    const { err } = await failure({
      'deployment.yaml': 'deployments:\n  - path: a\n    waitReadines: true\n',
      'a/cm.yaml': configMap('a'),
    });
    expect(err.message).toBe('unknown field "waitReadines" in deployment item');
    expect(err.hint).toBe('did you mean "waitReadiness"?');
    expect(err.line).toBe(3);
  });

  it('an undefined variable in a manifest names the variable and the file', async () => {
    const { err } = await failure({
      'deployment.yaml': 'deployments:\n  - path: a\n',
      'a/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "{{ missing_var }}"\n',
    });
    expect(err.file).toBe('a/cm.yaml');
    expect(err.format()).toMatch(/missing_var|undefined/);
  });

  it("a kustomize failure names the item and carries kustomize's message", async () => {
    const { err } = await failure({
      'deployment.yaml': 'deployments:\n  - path: broken\n',
      'broken/kustomization.yaml': 'resources: [cm.yaml]\npatches:\n  - path: patch.yaml\n',
      'broken/cm.yaml': configMap('present'),
      'broken/patch.yaml': configMap('absent-target'),
    });
    expect(err.message).toMatch(/^kustomize build failed for broken: /);
    expect(err.message).toContain('absent-target');
  });

  it('a kustomization listing a file that does not exist names the kustomization', async () => {
    const { err } = await failure({
      'deployment.yaml': 'deployments:\n  - path: broken\n',
      'broken/kustomization.yaml': 'resources:\n  - does-not-exist.yaml\n',
    });
    expect(err.message).toBe(
      'broken/kustomization.yaml: resources entry "does-not-exist.yaml" does not exist',
    );
    expect(err.hint).toMatch(/remote resources are not fetched/);
  });

  it('a failed render leaves an existing --render-output-dir untouched', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n',
      'a/cm.yaml': configMap('a'),
    });
    const out = path.join(dir, 'out');
    await renderProject({ projectDir: dir, renderOutputDir: out });
    const before = readFileSync(path.join(out, 'a', '.rendered.yml'), 'utf8');
    writeFileSync(path.join(dir, 'a', 'cm.yaml'), 'metadata: {{ nope }}\n');
    await expect(renderProject({ projectDir: dir, renderOutputDir: out })).rejects.toThrow();
    expect(readFileSync(path.join(out, 'a', '.rendered.yml'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.shipshape-render-'))).toEqual([]);
  });

  it('a non-empty --render-output-dir that no render wrote is refused and left alone', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n',
      'a/cm.yaml': configMap('a'),
    });
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep.txt'), 'user data');
    await expect(renderProject({ projectDir: dir, renderOutputDir: out })).rejects.toThrow(
      /is not empty and was not written by shipshape/,
    );
    expect(readdirSync(out)).toEqual(['keep.txt']);
  });

  it('a successful render replaces the --render-output-dir an earlier render wrote', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n',
      'a/cm.yaml': configMap('a'),
    });
    const out = path.join(dir, 'out');
    await renderProject({ projectDir: dir, renderOutputDir: out });
    writeFileSync(path.join(out, 'stale.txt'), 'old');
    await renderProject({ projectDir: dir, renderOutputDir: out });
    expect(existsSync(path.join(out, 'stale.txt'))).toBe(false);
    expect(readFileSync(path.join(out, 'a', '.rendered.yml'), 'utf8')).toContain('name: a');
  });
});
