/**
 * get_image() without a fixed image (kluctl ≤ 2.19's Container Images page): the newest
 * registry tag under the latest_version filter, the deployed image when the object is on the
 * cluster, -u/--update-images (with -I) taking the newest; against the real docker-registry
 * and kube-apiserver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { connectCluster } from '../../src/cluster/index.js';
import { renderProject } from '../../src/render/index.js';
import { Sources } from '../../src/sources/index.js';
import { runCli } from '../support/cli.js';
import { kubeUnavailable, startKube, type KubeServer } from '../support/kube/index.js';
import { writeProject } from '../support/project.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { RegistrySeeder } from '../support/registry/seed.js';

const missing = registryUnavailable();
if (missing) console.warn(`dynamic image tests skipped: ${missing}`);

const deployment = (name: string, image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: default\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers:\n        - name: main\n          image: "${image}"\n`;

const images = (stdout: string) =>
  Object.fromEntries(
    parseAllDocuments(stdout)
      .map((d) => d.toJS())
      .filter(Boolean)
      .map((o) => [o.metadata.name, o.spec.template.spec.containers[0].image]),
  );

describe.skipIf(missing)('dynamic images', () => {
  let reg: RegistryInstance;
  let app: string;
  let tool: string;
  beforeAll(async () => {
    reg = await startRegistry();
    app = `${reg.host}/team/app`;
    tool = `${reg.host}/team/tool`;
    const seed = new RegistrySeeder({ url: reg.url });
    await seed.pushTags('team/app', ['1.0.0', '1.2.0', '1.10.0', 'latest', 'rc-2']);
    await seed.pushTags('team/tool', ['master-9', 'master-12', 'master-x', 'main-99', '7', '30']);
  });
  afterAll(() => reg?.stop());

  const project = () =>
    writeProject({
      'deployment.yaml':
        'deployments:\n  - path: app\n    tags: [app]\n  - path: other\n    tags: [other]\n    alwaysDeploy: true\n',
      'app/d.yaml': [
        deployment('semver', `{{ images.get_image('${app}') }}`),
        deployment(
          'prefix',
          `{{ images.get_image('${tool}', version.prefix('master-', suffix=version.number())) }}`,
        ),
        deployment('number', `{{ images.get_image('${tool}', version.number()) }}`),
        deployment('fixed', `{{ images.get_image('${app}') }}`).replace(
          'name: fixed',
          'name: fixed',
        ),
      ].join('---\n'),
      'other/d.yaml': deployment('other', `{{ images.get_image('${app}') }}`),
    });

  it('takes the newest tag the filter admits, one registry listing per image and filter', async () => {
    const dir = project();
    const sources = new Sources({ env: { ...process.env }, cwd: dir });
    try {
      const r = await renderProject({
        projectDir: dir,
        sources,
        fixedImages: [`${app}:default:Deployment/fixed=${app}:0.1`],
      });
      const byName = Object.fromEntries(
        r.objects.map((o) => [
          String((o.metadata as { name: string }).name),
          (o as { spec: { template: { spec: { containers: { image: string }[] } } } }).spec.template
            .spec.containers[0].image,
        ]),
      );
      expect(byName).toEqual({
        semver: `${app}:1.10.0`,
        prefix: `${tool}:master-12`,
        number: `${tool}:30`,
        fixed: `${app}:0.1`,
        other: `${app}:1.10.0`,
      });
      // app (semver), tool (prefix), tool (number): three listings, plus the /v2/ probes
      const { registryRequests } = sources.stats();
      expect(registryRequests).toBeLessThanOrEqual(3 + 2);
    } finally {
      await sources.close();
    }
  });

  it('list-images records what the registry said and why', async () => {
    const r = await runCli([
      'list-images',
      '--project-dir',
      project(),
      '-F',
      `${app}:default:Deployment/fixed=${app}:0.1`,
    ]);
    expect(r.stderr).not.toContain('error');
    const doc = parse(r.stdout) as { images: Record<string, unknown>[] };
    const semver = doc.images.find((i) => (i.object as { name: string }).name === 'semver')!;
    expect(semver).toMatchObject({
      resultImage: `${app}:1.10.0`,
      registryImage: `${app}:1.10.0`,
      versionFilter: 'semver(allow_no_nums=False)',
      chosen: 'registry',
    });
    expect(String(semver.why)).toMatch(/not deployed yet/);
    const fixed = doc.images.find((i) => (i.object as { name: string }).name === 'fixed')!;
    expect(fixed.chosen).toBeUndefined();
  });

  it('no tag passing the filter fails, listing what the registry had', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n',
      'a/d.yaml': deployment('x', `{{ images.get_image('${app}', version.regex('^9\\\\.')) }}`),
    });
    const r = await runCli(['render', '--project-dir', dir, '--print-all']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /failed to find fixed image for .*team\/app .*the registry lookup failed: no tag passes regex\(.*\): 5 tags listed \(5 not matching regex/,
    );
  });

  const kubeMissing = kubeUnavailable();
  describe.skipIf(kubeMissing)('with a cluster', () => {
    let kube: KubeServer;
    beforeAll(async () => {
      kube = await startKube();
      const c = await connectCluster({ kubeconfig: kube.kubeconfigPath });
      for (const [name, image] of [
        ['semver', `${app}:1.0.0`],
        ['other', `${app}:1.2.0`],
      ])
        await c.apply(parse(deployment(name, image)) as never);
      await c.close();
    }, 120_000);
    afterAll(() => kube?.stop());

    it('reuses the deployed image; -u takes the newest, only for the items -I selects', async () => {
      const dir = project();
      const base = [
        'render',
        '--project-dir',
        dir,
        '--print-all',
        '--kubeconfig',
        kube.kubeconfigPath,
        '-F',
        `${app}:default:Deployment/fixed=${app}:0.1`,
      ];
      const keep = await runCli(base);
      expect(keep.stderr).not.toContain('error');
      expect(images(keep.stdout)).toMatchObject({
        semver: `${app}:1.0.0`,
        other: `${app}:1.2.0`,
        number: `${tool}:30`,
      });
      const update = await runCli([...base, '-u']);
      expect(images(update.stdout)).toMatchObject({
        semver: `${app}:1.10.0`,
        other: `${app}:1.10.0`,
      });
      // -I app: the app item updates; "other" is rendered (alwaysDeploy) but keeps its image
      const only = await runCli([...base, '-u', '-I', 'app']);
      expect(images(only.stdout)).toMatchObject({ semver: `${app}:1.10.0`, other: `${app}:1.2.0` });
      const list = await runCli([
        'list-images',
        '--project-dir',
        dir,
        '--kubeconfig',
        kube.kubeconfigPath,
        '-F',
        `${app}:default:Deployment/fixed=${app}:0.1`,
      ]);
      const semver = (parse(list.stdout) as { images: Record<string, unknown>[] }).images.find(
        (i) => (i.object as { name: string }).name === 'semver',
      )!;
      expect(semver).toMatchObject({
        deployedImage: `${app}:1.0.0`,
        registryImage: `${app}:1.10.0`,
        chosen: 'deployed',
        resultImage: `${app}:1.0.0`,
      });
    });
  });
});
