import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { writeProject } from '../support/project.js';

/** Renders a project whose one item prints `expr` into a ConfigMap and returns the value. */
async function show(files: Record<string, string>, expr: string, env: Record<string, string> = {}) {
  const dir = writeProject({
    'app/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  v: '{{ ${expr} }}'\n`,
    ...files,
  });
  const result = await renderProject({ projectDir: dir, env });
  return { value: (result.objects[0].data as { v: string }).v, result, dir };
}

describe('vars sources', () => {
  it('merges maps deeply and replaces lists, later sources winning', async () => {
    const { value } = await show(
      {
        'deployment.yaml':
          'vars:\n  - values: { a: { p: 1, q: 2 }, l: [1, 2] }\n  - file: more.yaml\ndeployments:\n  - path: app\n',
        'more.yaml': 'a:\n  q: 3\nl: [9]\n',
      },
      "a.p ~ '-' ~ a.q ~ '-' ~ l | join(',')",
    );
    expect(value).toBe('1-3-9');
  });

  it('a vars file is a template that sees the variables loaded before it', async () => {
    const { value } = await show(
      {
        'deployment.yaml':
          'vars:\n  - values: { env: prod }\n  - file: vars/{{ "main" }}.yaml\ndeployments:\n  - path: app\n',
        'vars/main.yaml': 'greeting: hello-{{ env }}\n',
      },
      'greeting',
    );
    expect(value).toBe('hello-prod');
  });

  it('ignoreMissing, noOverride, when and targetPath', async () => {
    const { value } = await show(
      {
        'deployment.yaml': [
          'vars:',
          '  - values: { a: set }',
          '  - { file: missing.yaml, ignoreMissing: true }',
          '  - { values: { a: default, b: default }, noOverride: true }',
          '  - { values: { c: skipped }, when: a == "other" }',
          '  - { values: { c: taken }, when: a == "set" }',
          '  - { file: nested.yaml, targetPath: deep.inner }',
          'deployments:',
          '  - path: app',
        ].join('\n'),
        'nested.yaml': 'x: 42\n',
      },
      "a ~ ',' ~ b ~ ',' ~ c ~ ',' ~ deep.inner.x",
    );
    expect(value).toBe('set,default,taken,42');
  });

  it('systemEnvVars parse values as YAML, with defaults after a colon', async () => {
    const { value } = await show(
      {
        'deployment.yaml':
          'vars:\n  - systemEnvVars:\n      num: MY_NUMBER\n      nested: { s: MY_MISSING:fallback, q: "MY_QUOTED:\'true\'" }\ndeployments:\n  - path: app\n',
      },
      "(num + 1) ~ ',' ~ nested.s ~ ',' ~ nested.q",
      { MY_NUMBER: '41' },
    );
    expect(value).toBe('42,fallback,true');
  });

  it('a missing environment variable without default is an error naming it', async () => {
    await expect(
      show(
        {
          'deployment.yaml':
            'vars:\n  - systemEnvVars: { v: NOT_SET_ANYWHERE }\ndeployments:\n  - path: app\n',
        },
        'v',
      ),
    ).rejects.toThrow('environment variable NOT_SET_ANYWHERE is not set (needed for v)');
  });

  it('item vars are visible only to that item; include vars to the whole include', async () => {
    const dir = writeProject({
      'deployment.yaml':
        'vars:\n  - values: { who: root }\ndeployments:\n  - path: a\n    vars: [{ values: { who: item-a } }]\n  - path: b\n  - include: sub\n    vars: [{ values: { who: include } }]\n',
      'a/cm.yaml':
        'kind: ConfigMap\napiVersion: v1\nmetadata: { name: a }\ndata: { who: "{{ who }}" }\n',
      'b/cm.yaml':
        'kind: ConfigMap\napiVersion: v1\nmetadata: { name: b }\ndata: { who: "{{ who }}" }\n',
      'sub/deployment.yaml': 'deployments:\n  - path: c\n',
      'sub/c/cm.yaml':
        'kind: ConfigMap\napiVersion: v1\nmetadata: { name: c }\ndata: { who: "{{ who }}" }\n',
    });
    const result = await renderProject({ projectDir: dir });
    expect(result.objects.map((o) => (o.data as { who: string }).who)).toEqual([
      'item-a',
      'root',
      'include',
    ]);
  });

  it('an unsupported source type says so, at its line', async () => {
    await expect(
      show(
        {
          'deployment.yaml': 'vars:\n  - gitFiles: { url: x }\ndeployments:\n  - path: app\n',
        },
        '1',
      ),
    ).rejects.toMatchObject({
      message: 'vars source "gitFiles" is not supported by shipshape (nor by kluctl 2.22)',
      line: 2,
    });
  });

  it('remembers which file set the images variable', async () => {
    const { result, dir } = await show(
      {
        'deployment.yaml': 'vars:\n  - file: images.yaml\ndeployments:\n  - path: app\n',
        'images.yaml': 'images:\n  - image: nginx\n    resultImage: nginx:1.27\n',
        'app/deploy.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  template:\n    spec:\n      containers: [{ name: c, image: "{{ images.get_image(\'nginx\') }}" }]\n',
      },
      '1',
    );
    const seen = result.images[0];
    expect(seen.resultImage).toBe('nginx:1.27');
    expect(seen.fixedImage).toMatchObject({
      origin: 'vars',
      source: { file: path.join(dir, 'images.yaml'), path: ['images', 0] },
    });
  });
});
