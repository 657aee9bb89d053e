import { chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findKustomize } from '../../src/render/kustomize.js';
import { TemplateIgnore } from '../../src/render/templateignore.js';
import { writeProject } from '../support/project.js';

describe('.templateignore (gitignore syntax)', () => {
  const root = writeProject({
    '.templateignore': '*.tpl\n/top-only.yaml\n',
    'app/.templateignore': 'charts/\n**/raw/*.yaml\n!keep.tpl\ndocs/*.md\n',
  });
  const ig = new TemplateIgnore(root);
  const f = (rel: string) => path.join(root, rel);

  it.each([
    ['a.tpl', true],
    ['app/x.tpl', true],
    ['app/keep.tpl', false],
    ['top-only.yaml', true],
    ['app/top-only.yaml', false],
    ['app/charts/templates/x.yaml', true],
    ['app/charts.yaml', false],
    ['app/sub/raw/a.yaml', true],
    ['app/raw/a.yaml', true],
    ['app/raw/a.yml', false],
    ['app/docs/readme.md', true],
    ['app/docs/sub/readme.md', false],
    ['app/deploy.yaml', false],
  ])('%s ignored: %s', (rel, expected) => {
    expect(ig.ignores(f(rel))).toBe(expected);
  });
});

describe('finding kustomize', () => {
  it('fails clearly when neither kustomize nor kubectl is on the PATH', () => {
    expect(() => findKustomize({ PATH: '/nonexistent' })).toThrow(
      'neither kustomize nor kubectl was found on the PATH',
    );
  });
  it("prefers a kustomize binary, else uses kubectl kustomize, both with kustomize's default load restrictor", () => {
    const bin = writeProject({
      'kubectl/kubectl': '#!/bin/sh\n',
      'both/kubectl': '#!/bin/sh\n',
      'both/kustomize': '#!/bin/sh\n',
    });
    for (const f of ['kubectl/kubectl', 'both/kubectl', 'both/kustomize'])
      chmodSync(path.join(bin, f), 0o755);
    const kubectl = findKustomize({ PATH: path.join(bin, 'kubectl') });
    expect([kubectl.command, ...kubectl.args('/x')]).toEqual([
      path.join(bin, 'kubectl/kubectl'),
      'kustomize',
      '/x',
    ]);
    const kustomize = findKustomize({ PATH: path.join(bin, 'both') });
    expect([kustomize.command, ...kustomize.args('/x')]).toEqual([
      path.join(bin, 'both/kustomize'),
      'build',
      '/x',
    ]);
  });
});
