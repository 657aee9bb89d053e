import { describe, expect, it } from 'vitest';
import { runImageBump } from '../../src/images/bump.js';
import type { FixedImage } from '../../src/project/types.js';
import { RegistryClient } from '../../src/registry/client.js';
import type { SeenImage } from '../../src/render/types.js';

const entry = (file: string, i: number, resultImage: string): FixedImage => ({
  image: resultImage.split(':')[0],
  resultImage,
  origin: 'target',
  source: { file, path: ['targets', 0, 'images', i] },
});
const use = (
  fixedImage: FixedImage | undefined,
  latestVersion?: string,
  deployment = 'Deployment/a',
): SeenImage => ({
  image: fixedImage?.image ?? 'reg.example.com/unpinned',
  latestVersion,
  resultImage: fixedImage?.resultImage,
  fixedImage,
  namespace: '',
  deployment,
  container: 'c',
  deploymentDir: 'app',
  object: {
    group: 'apps',
    version: 'v1',
    kind: deployment.split('/')[0],
    name: deployment.split('/')[1],
    namespace: '',
  },
  tags: [],
});

describe('which pinned entries image-bump considers', () => {
  it('reports an entry used with two different filters, skips -F pins and unpinned images', async () => {
    const file = '/p/.kluctl.yaml';
    const shared = entry(file, 0, 'reg.example.com/a:1.0');
    const cli: FixedImage = {
      image: 'reg.example.com/b',
      resultImage: 'reg.example.com/b:1',
      origin: 'cli',
    };
    const registry = new RegistryClient();
    const report = await runImageBump({
      projectDir: '/p',
      flux: false,
      registry,
      renders: [
        { target: 'dev', images: [use(shared, 'semver()'), use(cli), use(undefined)] },
        // The same entry from another target, spelled differently but the same filter: no conflict.
        { target: 'prod', images: [use(shared, 'semver(allow_no_nums=False)')] },
        { target: 'qa', images: [use(shared, 'number()', 'Deployment/q')] },
      ],
    });
    await registry.close();
    expect(registry.http.requests).toBe(0);
    expect(report.updates).toEqual([]);
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: '.kluctl.yaml',
        path: 'targets[0].images[0].resultImage',
        targets: ['dev', 'prod', 'qa'],
        error:
          "the target's images entry is used with different version filters: semver(allow_no_nums=False) (dev: Deployment/a, prod: Deployment/a) vs number() (qa: Deployment/q)",
      }),
    ]);
    expect(report.skipped.map((s) => [s.image, s.reason])).toEqual([
      ['reg.example.com/b', 'pinned on the command line (-F)'],
      ['reg.example.com/unpinned', 'not pinned: no fixed image matches it'],
    ]);
  });
});
