import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderProject } from '../../src/render/index.js';
import type { K8sObject } from '../../src/util/k8s.js';
import { configMap, writeProject } from '../support/project.js';

interface Data {
  args: { arg: string; template: string; out: string }[];
  when: { when: string; args: Record<string, string>; deployed: boolean }[];
}
const data = parse(
  readFileSync(new URL('../fixtures/conformance/templating.yaml', import.meta.url), 'utf8'),
) as Data;

const dataOf = (o: K8sObject) => o.data as Record<string, string>;

describe('-a arguments (kluctl conformance)', () => {
  it.each(data.args)('-a $arg renders $template as $out', async ({ arg, template, out }) => {
    const name = arg.split('=')[0];
    const dir = writeProject({
      '.kluctl.yaml': stringify({ args: [{ name }] }),
      'deployment.yaml': 'deployments: [{ path: cm }]',
      'cm/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  v: "${template}"\n`,
    });
    const result = await renderProject({ projectDir: dir, args: [arg] });
    expect(dataOf(result.objects[0]).v).toBe(out);
  });

  it('sets nested values with a.b=v and keeps sibling defaults', async () => {
    const dir = writeProject({
      '.kluctl.yaml': stringify({
        args: [{ name: 'complex', default: { my: { nested1: 'arg1', nested2: 'arg2' } } }],
      }),
      'deployment.yaml': 'deployments: [{ path: cm }]',
      'cm/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: "{{ args.complex.my.nested1 }}"\n  b: "{{ args.complex.my.nested2 }}"\n',
    });
    const result = await renderProject({ projectDir: dir, args: ['complex.my.nested1=override'] });
    expect(dataOf(result.objects[0])).toEqual({ a: 'override', b: 'arg2' });
  });

  it('reads @file values and lets command-line args override target args', async () => {
    const dir = writeProject({
      '.kluctl.yaml': stringify({
        targets: [{ name: 't', args: { a: 'from-target', b: 'from-target' } }],
        args: [{ name: 'a' }, { name: 'b' }],
      }),
      'value.txt': 'from-file',
      'deployment.yaml': 'deployments: [{ path: cm }]',
      'cm/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: "{{ args.a }}"\n  b: "{{ args.b }}"\n',
    });
    const result = await renderProject({
      projectDir: dir,
      target: 't',
      args: ['b=@value.txt'],
      cwd: dir,
    });
    expect(dataOf(result.objects[0])).toEqual({ a: 'from-target', b: 'from-file' });
  });
});

describe('deployment item when (kluctl conformance)', () => {
  it.each(data.when)(
    'when "$when" with $args → deployed $deployed',
    async ({ when, args, deployed }) => {
      const dir = writeProject({
        '.kluctl.yaml': stringify({ args: Object.keys(args).map((name) => ({ name })) }),
        'deployment.yaml': stringify({ deployments: [{ path: 'cm', when }] }),
        'cm/cm.yaml': configMap('cm'),
      });
      const result = await renderProject({
        projectDir: dir,
        args: Object.entries(args).map(([k, v]) => `${k}=${v}`),
      });
      expect(result.objects.length).toBe(deployed ? 1 : 0);
    },
  );
});

describe('targets', () => {
  it('renders target values that reference the target and args until they are stable', async () => {
    const dir = writeProject({
      '.kluctl.yaml': stringify({
        discriminator: 'proj-{{ target.name }}-{{ args.env }}',
        targets: [
          {
            name: 'prod',
            context: '{{ target.name }}-{{ args.env }}.example.com',
            args: { env: 'p' },
          },
        ],
        args: [{ name: 'env' }],
      }),
      'deployment.yaml': 'deployments: [{ path: cm }]',
      'cm/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  context: "{{ target.context }}"\n',
    });
    const result = await renderProject({ projectDir: dir, target: 'prod' });
    expect(result.target).toEqual({
      name: 'prod',
      context: 'prod-p.example.com',
      discriminator: 'proj-prod-p',
    });
    // Templates see the context in use, as kluctl does: none when rendering offline.
    expect(dataOf(result.objects[0]).context).toBe('');
    expect(result.objects[0].metadata?.labels).toMatchObject({
      'kluctl.io/discriminator': 'proj-prod-p',
    });
  });
});
