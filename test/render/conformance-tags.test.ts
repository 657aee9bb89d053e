import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderProject } from '../../src/render/index.js';
import { parseArgs } from '../../src/cli/args.js';
import { inclusionFlags } from '../../src/cli/flags.js';
import { configMap, writeProject } from '../support/project.js';

// The project described in the header of fixtures/conformance/tags.yaml (kluctl e2e tests).
const items = (list: string[]) => `deployments:\n${list.join('\n')}\n`;
const project = writeProject({
  'deployment.yaml': items([
    '  - path: cm1',
    '  - path: cm2',
    '  - { path: cm3, tags: [tag1, tag2] }',
    '  - { path: cm4, tags: [tag1, tag3] }',
    '  - { path: cm5, tags: [tag1, tag4] }',
    '  - { path: cm6, tags: [tag1, tag5] }',
    '  - { path: cm7, tags: [tag1, tag6] }',
    '  - include: include1',
    '  - include: include2',
    '  - { include: include3, tags: [itag5] }',
  ]),
  ...Object.fromEntries(
    ['cm1', 'cm2', 'cm3', 'cm4', 'cm5', 'cm6', 'cm7'].map((n) => [`${n}/cm.yaml`, configMap(n)]),
  ),
  'include1/deployment.yaml': items(['  - { path: icm1, tags: [itag1, itag2] }']),
  'include1/icm1/cm.yaml': configMap('icm1'),
  'include2/deployment.yaml': items(['  - path: icm2', '  - { path: icm3, tags: [itag3, itag4] }']),
  'include2/icm2/cm.yaml': configMap('icm2'),
  'include2/icm3/cm.yaml': configMap('icm3'),
  'include3/deployment.yaml': items(['  - path: icm4', '  - { path: icm5, tags: [itag5, itag6] }']),
  'include3/icm4/cm.yaml': configMap('icm4'),
  'include3/icm5/cm.yaml': configMap('icm5'),
});

interface TagCase {
  args: string[];
  deployed: string[];
}
const cases = (
  parse(readFileSync(new URL('../fixtures/conformance/tags.yaml', import.meta.url), 'utf8')) as {
    cases: TagCase[];
  }
).cases;

describe('tag inclusion and exclusion (kluctl conformance)', () => {
  it.each(cases)('$args', async ({ args, deployed }) => {
    const flags = parseArgs(args, inclusionFlags).values;
    const result = await renderProject({
      projectDir: project,
      includeTags: flags['include-tag'] as string[],
      excludeTags: flags['exclude-tag'] as string[],
      includeDeploymentDirs: flags['include-deployment-dir'] as string[],
      excludeDeploymentDirs: flags['exclude-deployment-dir'] as string[],
    });
    const names = result.objects.map((o) => (o.metadata as { name: string }).name);
    expect(names.sort()).toEqual([...deployed].sort());
  });

  it('labels objects with the inherited tags in kluctl order', async () => {
    const result = await renderProject({ projectDir: project, includeTags: ['itag1'] });
    expect(result.objects[0].metadata?.labels).toEqual({
      'kluctl.io/tag-0': 'include1',
      'kluctl.io/tag-1': 'itag1',
      'kluctl.io/tag-2': 'itag2',
    });
  });
});
