/**
 * Helm items render exactly as kluctl renders them: the same project, vendored once by
 * kluctl helm-pull, rendered by `kluctl render --offline-kubernetes --print-all` and by
 * shipshape; the objects must be equal (compared as a set: the order of objects is the
 * render engine's concern, not Helm's).
 */
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { renderProject } from '../../src/render/index.js';
import type { K8sObject } from '../../src/util/k8s.js';
import { runCli } from '../support/cli.js';
import { userErrorText } from '../support/failure.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { toolPath, toolUnavailable } from '../support/tools.js';
import {
  kluctl,
  packageChart,
  pushOci,
  scratch,
  startChartRepo,
  TOOLS_PATH,
  type ChartRepoServer,
} from './support/helm.js';

const unavailable = toolUnavailable('helm') ?? toolUnavailable('kluctl') ?? registryUnavailable();
if (unavailable) console.warn(`skipping the Helm render tests: ${unavailable}`);

const key = (o: K8sObject) =>
  `${o.apiVersion}/${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
const sorted = (objs: K8sObject[]) =>
  [...objs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const parseStream = (text: string) =>
  parseAllDocuments(text)
    .map((d) => d.toJS() as K8sObject)
    .filter(Boolean);

/** A `helm` on the PATH that logs each start, then runs the real one. */
function countingHelm(): { path: string; count: () => number } {
  const dir = scratch('helm-wrapper');
  const log = path.join(dir, 'starts.log');
  writeFileSync(log, '');
  writeFileSync(
    path.join(dir, 'helm'),
    `#!/bin/sh\necho "$@" >> ${log}\nexec ${toolPath('helm')} "$@"\n`,
  );
  chmodSync(path.join(dir, 'helm'), 0o755);
  return {
    path: `${dir}:${TOOLS_PATH}`,
    count: () => readFileSync(log, 'utf8').split('\n').filter(Boolean).length,
  };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

const WIDGET = `apiVersion: example.com/v1
kind: Widget
metadata:
  name: {{ .Release.Name }}-widget
  labels:
    size: {{ .Values.size | quote }}
spec:
  ns: {{ .Release.Namespace }}
  yes1: yes
  on1: on
  n1: n
  octal: 0777
  hex: 0x1F
  under: 1_000
  exp: 1e3
  date: 2001-12-14
  tilde: ~
  half: .5
  dup: first
  dup: second
  <<: {merged: true}
`;

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
`;

const HOOKS = `apiVersion: batch/v1
kind: Job
metadata:
  name: {{ .Release.Name }}-migrate
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "-5"
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: m, image: "busybox:{{ .Values.tag }}"}]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-cleanup
  annotations:
    helm.sh/hook: pre-delete
data: {}
`;

describe.skipIf(unavailable)('Helm items render as kluctl renders them', () => {
  let repo: ChartRepoServer;
  let registry: RegistryInstance;
  let ours: string;
  let kluctlObjects: K8sObject[];
  let helmCount: () => number;
  let helmPath: string;

  beforeAll(async () => {
    const repoDir = scratch('render-repo');
    await packageChart(repoDir, {
      name: 'web',
      version: '1.0.0',
      appVersion: '2.4.1',
      files: {
        'templates/hooks.yaml': HOOKS,
        'values.yaml':
          'tag: "1.36"\nreplicaCount: 1\nimage:\n  repository: nginx\n  pullPolicy: IfNotPresent\n  tag: ""\nserviceAccount:\n  create: true\n  automount: true\n  annotations: {}\n  name: ""\nservice:\n  type: ClusterIP\n  port: 80\ningress:\n  enabled: false\nhttpRoute:\n  enabled: false\nautoscaling:\n  enabled: false\nresources: {}\npodAnnotations: {}\npodLabels: {}\npodSecurityContext: {}\nsecurityContext: {}\nlivenessProbe:\n  httpGet:\n    path: /\n    port: http\nreadinessProbe:\n  httpGet:\n    path: /\n    port: http\nvolumes: []\nvolumeMounts: []\nnodeSelector: {}\ntolerations: []\naffinity: {}\nimagePullSecrets: []\nnameOverride: ""\nfullnameOverride: ""\n',
      },
    });
    await packageChart(repoDir, {
      name: 'widget',
      version: '0.3.0',
      bare: true,
      files: {
        'templates/widget.yaml': WIDGET,
        'crds/crd.yaml': CRD,
        'values.yaml': 'size: small\n',
      },
    });
    repo = await startChartRepo(repoDir);
    registry = await startRegistry();
    await pushOci(
      await packageChart(scratch('oci-chart'), {
        name: 'ocitiny',
        version: '2.0.0',
        bare: true,
        files: {
          'templates/cm.yaml':
            'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-oci\ndata:\n  from: oci\n',
        },
      }),
      registry.host,
      'charts',
    );

    const chart = (fields: string) => `helmChart:\n${fields}`;
    ours = scratch('render-project');
    write(ours, {
      '.kluctl.yaml': 'targets:\n  - name: test\n    args:\n      size: large\n',
      'deployment.yaml': [
        'vars:',
        '  - values:',
        '      web: {tag: "1.37"}',
        'deployments:',
        '  - path: apps/web',
        '  - path: apps/web-again',
        '  - path: apps/web-other-release',
        '  - path: widgets',
        '  - path: widgets-no-crds',
        '  - path: local',
        '  - path: nested',
        '  - path: oci',
        '',
      ].join('\n'),
      // Templated namespace and values; a kustomization of its own.
      'apps/web/helm-chart.yaml': chart(
        `  repo: ${repo.url}\n  chartName: web\n  chartVersion: 1.0.0\n  releaseName: web\n  namespace: "{{ target.name }}-apps"\n`,
      ),
      'apps/web/helm-values.yaml': 'tag: "{{ web.tag }}"\nreplicaCount: 2\n',
      'apps/web/kustomization.yaml':
        'resources:\n  - helm-rendered.yaml\n  - extra.yaml\ncommonLabels:\n  team: web\n',
      'apps/web/extra.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-extra\ndata: {}\n',
      // The same chart, values and release in another item: helm runs once for both.
      'apps/web-again/helm-chart.yaml': chart(
        `  repo: ${repo.url}\n  chartName: web\n  chartVersion: 1.0.0\n  releaseName: web\n  namespace: "{{ target.name }}-apps"\n`,
      ),
      'apps/web-again/helm-values.yaml': 'tag: "{{ web.tag }}"\nreplicaCount: 2\n',
      'apps/web-again/kustomization.yaml': 'resources:\n  - helm-rendered.yaml\nnamespace: again\n',
      'apps/web-other-release/helm-chart.yaml': chart(
        `  repo: ${repo.url}\n  chartName: web\n  chartVersion: 1.0.0\n  releaseName: web2\n`,
      ),
      'widgets/helm-chart.yaml': chart(
        `  repo: ${repo.url}\n  chartName: widget\n  chartVersion: 0.3.0\n  releaseName: w\n  namespace: widgets\n`,
      ),
      'widgets/helm-values.yml': 'size: "{{ args.size }}"\n',
      'widgets-no-crds/helm-chart.yaml': chart(
        `  repo: ${repo.url}\n  chartName: widget\n  chartVersion: 0.3.0\n  releaseName: w2\n  skipCRDs: true\n  output: w2.yaml\n`,
      ),
      'widgets-no-crds/kustomization.yaml': 'resources:\n  - w2.yaml\n',
      'local/helm-chart.yaml': chart(
        '  path: ../charts/localchart\n  releaseName: loc\n  output: out.yaml\n',
      ),
      'charts/localchart/Chart.yaml': 'apiVersion: v2\nname: localchart\nversion: 0.0.1\n',
      'charts/localchart/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-local\ndata:\n  file: {{ .Files.Get "files/data.txt" | quote }}\n',
      'charts/localchart/files/data.txt': 'hello from a chart file',
      'nested/kustomization.yaml': 'resources:\n  - sub\n  - own.yaml\n',
      'nested/own.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nested-own\ndata: {}\n',
      'nested/sub/kustomization.yaml': 'resources:\n  - helm-rendered.yaml\n',
      'nested/sub/helm-chart.yaml': chart(
        `  repo: ${repo.url}\n  chartName: widget\n  chartVersion: 0.3.0\n  releaseName: nested\n  skipCRDs: true\n`,
      ),
      'oci/helm-chart.yaml': chart(
        `  repo: oci://${registry.host}/charts/ocitiny\n  chartVersion: 2.0.0\n  releaseName: o\n`,
      ),
    });
    await kluctl(['helm-pull'], ours, {
      KLUCTL_REGISTRY_HOST: registry.host,
      KLUCTL_REGISTRY_PLAIN_HTTP: 'true',
    });
    const theirs = scratch('render-kluctl');
    cpSync(ours, theirs, { recursive: true });
    kluctlObjects = parseStream(
      await kluctl(['render', '--offline-kubernetes', '--print-all', '-t', 'test'], theirs),
    );
    const counting = countingHelm();
    helmCount = counting.count;
    helmPath = counting.path;
  });
  afterAll(async () => {
    await repo?.stop();
    await registry?.stop();
  });

  it('renders the same objects as kluctl (hooks, CRDs, namespaces, values, local and OCI charts, nested items)', async () => {
    const result = await renderProject({
      projectDir: ours,
      target: 'test',
      env: { ...process.env, PATH: helmPath },
    });
    expect(sorted(result.objects)).toEqual(sorted(kluctlObjects));
    // Sanity: what the comparison covers.
    const names = result.objects.map((o) => `${o.kind}/${o.metadata?.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Job/web-migrate',
        'ConfigMap/web-cleanup',
        'CustomResourceDefinition/widgets.example.com',
        'ConfigMap/loc-local',
        'ConfigMap/o-oci',
        'Widget/nested-widget',
        'ConfigMap/nested-own',
      ]),
    );
    expect(names).not.toContain('Pod/web-web-test-connection'); // helm test hooks are left out
    const widget = result.objects.find((o) => o.metadata?.name === 'w-widget') as K8sObject & {
      spec: Record<string, unknown>;
    };
    expect(widget.spec).toMatchObject({
      yes1: true,
      on1: true,
      octal: 511,
      dup: 'second',
      merged: true,
      ns: 'widgets',
    });
    expect(
      (widget.metadata?.annotations as Record<string, string>)['kluctl.io/helm-install-namespace'],
    ).toBe('widgets');
    // 8 helm items, 7 distinct chart + values + release: apps/web and apps/web-again share one process.
    expect(helmCount()).toBe(7);
  });

  it('starts one helm process per distinct chart + values + release', async () => {
    const before = helmCount();
    await renderProject({
      projectDir: ours,
      target: 'test',
      env: { ...process.env, PATH: helmPath },
    });
    // Rendering again in the same process (another target, or the other side of a diff) reuses every result.
    expect(helmCount() - before).toBe(0);
    const fresh = scratch('render-fresh');
    cpSync(ours, fresh, { recursive: true });
    writeFileSync(
      path.join(fresh, 'apps/web/helm-values.yaml'),
      'tag: "{{ web.tag }}"\nreplicaCount: 3\n',
    );
    const again = helmCount();
    await renderProject({
      projectDir: fresh,
      target: 'test',
      env: { ...process.env, PATH: helmPath },
    });
    // Only apps/web's values changed: one new helm process, everything else reused.
    expect(helmCount() - again).toBe(1);
  });
});

describe.skipIf(unavailable)('Helm items: bad input', () => {
  let repo: ChartRepoServer;
  beforeAll(async () => {
    const dir = scratch('bad-repo');
    await packageChart(dir, {
      name: 'tiny',
      version: '1.0.0',
      bare: true,
      files: {
        'templates/cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ required "name is required" .Values.name }}\n',
      },
    });
    repo = await startChartRepo(dir);
  });
  afterAll(() => repo?.stop());

  const project = (files: Record<string, string>) => {
    const dir = scratch('bad-project');
    write(dir, {
      '.kluctl.yaml': '',
      'deployment.yaml': 'deployments:\n  - path: app\n',
      ...files,
    });
    return dir;
  };
  const tiny = (extra = '') =>
    `helmChart:\n  repo: ${repo.url}\n  chartName: tiny\n  chartVersion: 1.0.0\n  releaseName: t\n${extra}`;
  const env = { ...process.env, PATH: TOOLS_PATH, HOME: scratch('home') };

  it('says to run helm-pull when a chart is not vendored', async () => {
    const dir = project({ 'app/helm-chart.yaml': tiny() });
    const port = repo.host.split(':')[1];
    expect(await userErrorText(() => renderProject({ projectDir: dir, env }))).toBe(
      `${dir}/app/helm-chart.yaml: Helm chart tiny 1.0.0 has not been pulled (expected in .helm-charts/http_${port}_127.0.0.1/tiny/1.0.0)\n  hint: run "shipshape helm-pull" (or kluctl helm-pull) in the project and commit .helm-charts, or set skipPrePull: true to pull it when rendering`,
    );
  });

  it('pulls skipPrePull charts when rendering, once per run', async () => {
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n  - path: app2\n',
      'app/helm-chart.yaml': tiny('  skipPrePull: true\n'),
      'app/helm-values.yaml': 'name: one\n',
      'app2/helm-chart.yaml': tiny('  skipPrePull: true\n'),
      'app2/helm-values.yaml': 'name: two\n',
    });
    const before = repo.log.filter((l) => l.path.endsWith('.tgz')).length;
    const result = await renderProject({ projectDir: dir, env });
    expect(result.objects.map((o) => o.metadata?.name).sort()).toEqual(['one', 'two']);
    await renderProject({ projectDir: dir, env });
    expect(repo.log.filter((l) => l.path.endsWith('.tgz')).length - before).toBe(1);
  });

  it("reports helm's own message with the chart and the item when a template fails", async () => {
    const dir = project({ 'app/helm-chart.yaml': tiny('  skipPrePull: true\n') });
    const text = await userErrorText(() => renderProject({ projectDir: dir, env }));
    expect(text).toMatch(
      new RegExp(
        `^${dir}/app/helm-chart.yaml: helm template failed for chart tiny \\(release t\\) of item app: .*name is required`,
      ),
    );
  });

  it('says how to install helm when it is missing', async () => {
    const dir = project({
      'app/helm-chart.yaml': tiny('  skipPrePull: true\n'),
      'app/helm-values.yaml': 'name: x\n',
    });
    const text = await userErrorText(() =>
      renderProject({ projectDir: dir, env: { ...env, PATH: '/usr/bin:/bin' } }),
    );
    expect(text).toMatch(
      /the helm binary was not found on the PATH; it is needed to render Helm charts\n {2}hint: install Helm 3/,
    );
  });

  it('refuses a chart path outside the project, and links in a chart that lead out', async () => {
    const outside = project({
      'app/helm-chart.yaml': 'helmChart:\n  path: ../../elsewhere\n  releaseName: x\n',
    });
    expect(await userErrorText(() => renderProject({ projectDir: outside, env }))).toMatch(
      /Helm chart path "\.\.\/\.\.\/elsewhere" is outside the project/,
    );

    const secret = path.join(scratch('secret'), 'token');
    writeFileSync(secret, 'ghs_not-for-charts');
    const linked = project({
      'app/helm-chart.yaml': 'helmChart:\n  path: chart\n  releaseName: x\n',
      'app/chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 1.0.0\n',
      'app/chart/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\ndata:\n  token: {{ .Files.Get "stolen" | quote }}\n',
    });
    symlinkSync(secret, path.join(linked, 'app/chart/stolen'));
    expect(await userErrorText(() => renderProject({ projectDir: linked, env }))).toMatch(
      /is a symbolic link \(or inside one\) that leads outside the project/,
    );
  });

  it('follows links inside the project (the chart is read through a copy)', async () => {
    const dir = project({
      'app/helm-chart.yaml': 'helmChart:\n  path: chart\n  releaseName: x\n',
      'app/chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 1.0.0\n',
      'app/chart/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: linked\ndata:\n  shared: {{ .Files.Get "shared.txt" | quote }}\n',
      'shared/settings.txt': 'from elsewhere in the repository',
    });
    symlinkSync(path.join(dir, 'shared/settings.txt'), path.join(dir, 'app/chart/shared.txt'));
    const result = await renderProject({ projectDir: dir, env });
    expect(result.objects.map((o) => (o as { data?: unknown }).data)).toEqual([
      { shared: 'from elsewhere in the repository' },
    ]);
  });

  it("requires the directory's kustomization to list the output", async () => {
    const dir = project({
      'app/helm-chart.yaml': tiny('  skipPrePull: true\n'),
      'app/kustomization.yaml': 'resources: []\n',
    });
    expect(await userErrorText(() => renderProject({ projectDir: dir, env }))).toBe(
      `${dir}/app/kustomization.yaml: app/kustomization.yaml does not include the rendered helm chart: helm-rendered.yaml\n  hint: add "helm-rendered.yaml" to its resources (or set output in helm-chart.yaml to the file it lists)`,
    );
  });

  it('items with the same helm-chart.yaml text each get errors naming their own files', async () => {
    const chart = 'helmChart:\n  path: ../chart\n  releaseName: x\n';
    const deeper = project({
      'deployment.yaml': 'deployments:\n  - path: a\n  - path: group/b\n',
      'a/helm-chart.yaml': chart,
      'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 1.0.0\n',
      'chart/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n',
      // the same text, one level deeper: its ../chart does not exist
      'group/b/helm-chart.yaml': chart,
    });
    expect(await userErrorText(() => renderProject({ projectDir: deeper, env }))).toBe(
      `${deeper}/group/b/helm-chart.yaml: chart path "../chart" holds no Chart.yaml\n  hint: point path at a chart directory inside the project`,
    );

    const unlisted = project({
      'deployment.yaml': 'deployments:\n  - path: a\n  - path: b\n',
      'a/helm-chart.yaml': tiny('  skipPrePull: true\n'),
      'a/helm-values.yaml': 'name: a\n',
      'a/kustomization.yaml': 'resources: [helm-rendered.yaml]\n',
      'b/helm-chart.yaml': tiny('  skipPrePull: true\n'),
      'b/helm-values.yaml': 'name: b\n',
      'b/kustomization.yaml': 'resources: []\n',
    });
    expect(await userErrorText(() => renderProject({ projectDir: unlisted, env }))).toBe(
      `${unlisted}/b/kustomization.yaml: b/kustomization.yaml does not include the rendered helm chart: helm-rendered.yaml\n  hint: add "helm-rendered.yaml" to its resources (or set output in helm-chart.yaml to the file it lists)`,
    );
  });

  it('refuses template statements in helm-chart.yaml, saying why', async () => {
    const dir = project({ 'app/helm-chart.yaml': `{% if true %}\n${tiny()}{% endif %}\n` });
    expect(await userErrorText(() => renderProject({ projectDir: dir, env }))).toMatch(
      /helm-chart.yaml:1: helm-chart.yaml must stay plain YAML/,
    );
  });

  it("charts see kluctl's offline kube version, or --kubernetes-version, as kluctl passes it", async () => {
    const dir = project({
      'app/helm-chart.yaml': 'helmChart:\n  path: chart\n  releaseName: k\n',
      'app/chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 1.0.0\n',
      'app/chart/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kube\ndata:\n  version: {{ .Capabilities.KubeVersion.Version | quote }}\n  hpa: {{ .Capabilities.APIVersions.Has "autoscaling/v2beta2" | quote }}\n',
    });
    const theirs = await kluctl(
      ['render', '--offline-kubernetes', '--print-all', '--kubernetes-version', '1.29.3'],
      dir,
    );
    const res = await runCli(
      ['render', '--project-dir', dir, '--print-all', '--kubernetes-version', '1.29.3'],
      { env },
    );
    expect(res.code, res.stderr).toBe(0);
    expect(parseStream(res.stdout)).toEqual(parseStream(theirs));
    expect(res.stdout).toContain('version: v1.29.3');
    const dflt = await renderProject({ projectDir: dir, env });
    expect((dflt.objects[0] as unknown as { data: unknown }).data).toEqual({
      version: 'v1.20.0',
      hpa: 'true',
    });
  });
});
