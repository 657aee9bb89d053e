import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseFixedImageArg } from '../../src/images/fixed-images.js';
import { renderProject } from '../../src/render/index.js';
import { writeProject } from '../support/project.js';

interface Case {
  setup: { cli?: string[]; vars?: unknown[]; file?: unknown[]; target?: unknown[] };
  get: string;
  in?: { deployment?: string; container?: string };
  result?: string;
  error?: string;
}
interface CliCase {
  arg: string;
  image: string;
  namespace?: string;
  deployment?: string;
  container?: string;
  result: string;
}
const data = parse(
  readFileSync(new URL('../fixtures/conformance/fixed-images.yaml', import.meta.url), 'utf8'),
) as { cases: Case[]; cli_syntax: CliCase[] };

/** A project whose one workload asks images.get_image() for `image`. */
function projectFor(c: Case): { dir: string; file: string } {
  const [kind, name] = (c.in?.deployment ?? 'Deployment/d1').split('/');
  const container = c.in?.container ?? 'c1';
  const dir = writeProject({
    '.kluctl.yaml': stringify({ targets: [{ name: 'test', images: c.setup.target ?? [] }] }),
    'deployment.yaml': stringify({
      deployments: [{ path: 'app' }],
      vars: c.setup.vars ? [{ values: { images: c.setup.vars } }] : [],
    }),
    'app/workload.yaml': stringify({
      apiVersion: 'apps/v1',
      kind,
      metadata: { name, namespace: 'ns1' },
      spec: {
        template: {
          spec: { containers: [{ name: container, image: `{{ images.get_image('${c.get}') }}` }] },
        },
      },
    }),
    'fixed.yaml': stringify({ images: c.setup.file ?? [] }),
  });
  return { dir, file: path.join(dir, 'fixed.yaml') };
}

describe('images.get_image() against fixed images (kluctl conformance)', () => {
  it.each(data.cases)('get $get with $setup', async (c) => {
    const { dir, file } = projectFor(c);
    const run = renderProject({
      projectDir: dir,
      target: 'test',
      fixedImages: c.setup.cli ?? [],
      fixedImagesFiles: [file],
    });
    if (c.error) {
      await expect(run).rejects.toThrow(c.error);
      return;
    }
    const result = await run;
    const containers = (
      result.objects[0].spec as { template: { spec: { containers: { image: string }[] } } }
    ).template.spec.containers;
    expect(containers[0].image).toBe(c.result);
    expect(result.images).toHaveLength(1);
    expect(result.images[0]).toMatchObject({
      image: c.get,
      resultImage: c.result,
      namespace: 'ns1',
    });
  });

  it('records where the winning entry lives, for image-bump', async () => {
    const c = data.cases.find((x) => x.setup.file)!;
    const { dir, file } = projectFor(c);
    const result = await renderProject({
      projectDir: dir,
      target: 'test',
      fixedImagesFiles: [file],
    });
    expect(result.images[0].fixedImage).toMatchObject({
      origin: 'file',
      source: { file, path: ['images', 1] },
    });
  });

  it.each(data.cli_syntax)('parses -F $arg', (c) => {
    const fi = parseFixedImageArg(c.arg);
    expect(fi).toMatchObject({ image: c.image, resultImage: c.result });
    expect(fi.namespace).toBe(c.namespace);
    expect(fi.deployment).toBe(c.deployment);
    expect(fi.container).toBe(c.container);
  });

  it('keeps a registry port in the image of -F', () => {
    expect(parseFixedImageArg('localhost:5000/app:ns1=localhost:5000/app:2')).toMatchObject({
      image: 'localhost:5000/app',
      namespace: 'ns1',
      resultImage: 'localhost:5000/app:2',
    });
  });
});
