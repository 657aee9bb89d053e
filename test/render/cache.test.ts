/**
 * The render cache (src/render/cache, issue 15): what kustomize built for an item is reused
 * when, and only when, nothing the item reads changed. Every test renders real projects with
 * real kustomize and helm, and checks both what was reused (the render's log line) and that
 * the objects equal those of a render without any cache.
 *
 * Disk safety, secrets and GitHub scopes: cache-disk.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { diffAgainstRef } from '../../src/diff/index.js';
import type { RenderOptions } from '../../src/render/index.js';
import { itemInputKey, type ItemInputs } from '../../src/render/item-key.js';
import type { K8sObject } from '../../src/util/k8s.js';
import { configMap, writeProject } from '../support/project.js';
import {
  filesIn,
  localEnv,
  renderCounting,
  scratchDirs,
  RENDERED_LINE,
} from '../support/cached-render.js';
import { toolPath, toolUnavailable } from '../support/tools.js';

// The code's build id is part of every key; tests change it to show that entries of other
// code are not used.
const buildIdOverride = vi.hoisted(() => ({ value: undefined as string | undefined }));
vi.mock('../../src/render/cache/build-id.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/render/cache/build-id.js')>();
  return { buildId: () => buildIdOverride.value ?? real.buildId() };
});

const noHelm = toolUnavailable('helm');
if (noHelm) console.warn(`render cache tests with Helm charts skipped: ${noHelm}`);

const tmp = scratchDirs();

/** A run outside GitHub Actions (one cache scope), helm on the PATH, helm's home its own. */
const ENV = localEnv({ HOME: tmp('home') });

const render = (opts: RenderOptions) => renderCounting(ENV, opts);

const named = (objects: K8sObject[], name: string) => {
  const found = objects.filter((o) => o.metadata?.name === name);
  expect(found, `objects named ${name}`).toHaveLength(1);
  return found[0] as K8sObject & { data?: Record<string, string> };
};

const deployment = (opts: { greeting?: string; color?: string; team?: string } = {}) =>
  [
    'commonLabels:',
    `  team: ${opts.team ?? 'blue'}`,
    'vars:',
    `  - values: { greeting: ${opts.greeting ?? 'hello'} }`,
    'deployments:',
    '  - path: plain',
    '  - path: tpl',
    '  - path: colored',
    '    vars:',
    `      - values: { color: ${opts.color ?? 'red'} }`,
    '  - path: web',
    '  - include: sub',
    '  - path: prefixed',
    ...(noHelm ? [] : ['  - path: chart']),
    '',
  ].join('\n');

/**
 * Seven items (six without helm), each reading something else: plain files; the target, an
 * arg and a template found by name in the project root; an item var; get_image(); a template
 * found by name through a sub-project's search path; kustomize (a namePrefix: the only item
 * kustomize builds, the others are built directly); a local Helm chart outside the item.
 */
const PROJECT: Record<string, string> = {
  '.kluctl.yaml':
    'args:\n  - name: size\n    default: small\ntargets:\n  - name: one\n  - name: two\n',
  'deployment.yaml': deployment(),
  'common.j2': 'common: "{{ greeting }}"\n',
  'loaded.j2': 'loaded {{ greeting }}\n',
  'shared.j2': 'from: root\n',
  'plain/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\ndata:\n  a: "1"\n',
  'tpl/cm.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: tpl',
    'data:',
    '  target: "{{ target.name }}"',
    '  size: "{{ args.size }}"',
    '  {% include "common.j2" %}',
    '  loaded: "{{ load_template(\'loaded.j2\') | trim }}"',
    '',
  ].join('\n'),
  'tpl/literal.yaml': configMap('literal', { v: '{{ 1 + 1 }}' }),
  'colored/cm.yaml': configMap('colored', { color: '{{ color }}' }),
  'web/deploy.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  selector: { matchLabels: { app: web } }',
    '  template:',
    '    metadata: { labels: { app: web } }',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: "{{ images.get_image(\'nginx\') }}"',
    '',
  ].join('\n'),
  'sub/deployment.yaml': 'deployments:\n  - path: app\n',
  'prefixed/kustomization.yaml': 'resources:\n  - cm.yaml\nnamePrefix: pre-\n',
  'prefixed/cm.yaml': configMap('fixed'),
  'sub/app/cm.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sub-app\ndata:\n  {% include "shared.j2" %}\n',
  ...(noHelm
    ? {}
    : {
        'chart/helm-chart.yaml':
          'helmChart:\n  path: ../charts/local\n  releaseName: rel\n  output: helm-rendered.yaml\n',
        'chart/helm-values.yaml': 'name: from-chart\n',
        'charts/local/Chart.yaml': 'apiVersion: v2\nname: local\nversion: 1.0.0\n',
        'charts/local/templates/cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\ndata:\n  rev: "1"\n',
      }),
};
const ITEMS = noHelm ? 6 : 7;
const FIXED = ['nginx=nginx:1.25.0'];

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

/** A `name` script in a new directory: prints `version` when asked for its version, else runs `real`. */
function versionWrapper(name: string, real: string, version: string): string {
  const dir = tmp(`${name}-wrapper`);
  const run =
    name === 'kustomize'
      ? // kustomize build DIR → kubectl kustomize DIR
        `shift\nexec ${real} kustomize "$@"`
      : `exec ${real} "$@"`;
  writeFileSync(
    path.join(dir, name),
    `#!/bin/sh\nif [ "$1" = version ]; then echo "${version}"; exit 0; fi\n${run}\n`,
  );
  chmodSync(path.join(dir, name), 0o755);
  return dir;
}

const kubectl = () => execFileSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).trim();

describe('a persistent cache (--cache-dir)', () => {
  it('gives a second run every item from the cache, with the objects of an uncached render', async () => {
    const dir = writeProject(PROJECT);
    const cacheDir = path.join(tmp('dir'), 'cache');
    const opts: RenderOptions = {
      projectDir: dir,
      target: 'one',
      args: ['size=medium'],
      fixedImages: FIXED,
    };
    const uncached = await render(opts);
    expect(uncached.reused).toBeUndefined();
    const first = await render({ ...opts, cacheDir });
    expect([first.reused, first.items]).toEqual([0, ITEMS]);
    const second = await render({ ...opts, cacheDir });
    expect([second.reused, second.items]).toEqual([ITEMS, ITEMS]);
    expect(second.warnings).toEqual([]);
    expect(first.objects).toEqual(uncached.objects);
    expect(second.objects).toEqual(uncached.objects);
    // what is applied after kustomize is applied to cached objects too
    expect(named(second.objects, 'plain').metadata?.labels).toEqual({
      team: 'blue',
      'kluctl.io/tag-0': 'plain',
    });
    const web = named(second.objects, 'web') as unknown as {
      spec: { template: { spec: { containers: { image: string }[] } } };
    };
    expect(web.spec.template.spec.containers[0].image).toBe('nginx:1.25.0');
    expect(named(second.objects, 'tpl').data).toEqual({
      target: 'one',
      size: 'medium',
      common: 'hello',
      loaded: 'loaded hello',
    });
    if (!noHelm) expect(named(second.objects, 'from-chart').data).toEqual({ rev: '1' });
  });

  it('applies overrideNamespace, commonLabels and the discriminator to cached objects', async () => {
    const dir = writeProject({
      '.kluctl.yaml': 'discriminator: "d-{{ target.name }}"\ntargets:\n  - name: one\n',
      'deployment.yaml':
        'overrideNamespace: over\ncommonLabels: { team: red }\ndeployments:\n  - path: a\n  - path: b\n',
      'a/cm.yaml': configMap('a'),
      'b/cm.yaml': configMap('b', { x: '{{ target.name }}' }),
    });
    const cacheDir = path.join(tmp('dir'), 'cache');
    const uncached = await render({ projectDir: dir, target: 'one' });
    await render({ projectDir: dir, target: 'one', cacheDir });
    const cached = await render({ projectDir: dir, target: 'one', cacheDir });
    expect(cached.reused).toBe(2);
    expect(cached.objects).toEqual(uncached.objects);
    expect(named(cached.objects, 'a').metadata).toMatchObject({
      namespace: 'over',
      labels: { team: 'red', 'kluctl.io/discriminator': 'd-one' },
    });
  });
});

interface Change {
  /** Edits the project (its directory). */
  edit?: (dir: string) => void;
  /** Render options after the change. */
  opts?: Partial<RenderOptions>;
  /** Runs the render after the change (a different tool on the PATH, another build). */
  around?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Items re-rendered. */
  rendered: number;
  /** What the objects show after the change. */
  shows: (objects: K8sObject[]) => void;
  helm?: boolean;
}

/** Runs `fn` with process.env.PATH starting with `dir` (where renderProject finds kustomize). */
function withPath(dir: string, fn: () => Promise<unknown>) {
  const saved = process.env.PATH;
  process.env.PATH = `${dir}${path.delimiter}${saved ?? ''}`;
  return fn().finally(() => (process.env.PATH = saved));
}

const kustomizeV1 = () => versionWrapper('kustomize', kubectl(), 'v5.0.0-one');

const CHANGES: Record<string, Change> = {
  "an item file's content": {
    edit: (d) => write(d, { 'plain/cm.yaml': configMap('plain', { a: '2' }) }),
    rendered: 1,
    shows: (o) => expect(named(o, 'plain').data).toEqual({ a: '2' }),
  },
  'a new file in the item directory': {
    edit: (d) => write(d, { 'plain/more.yaml': configMap('plain-more') }),
    rendered: 1,
    shows: (o) => named(o, 'plain-more'),
  },
  "a file's template-ness (.templateignore)": {
    edit: (d) => write(d, { 'tpl/.templateignore': 'literal.yaml\n' }),
    rendered: 1,
    shows: (o) => expect(named(o, 'literal').data).toEqual({ v: '{{ 1 + 1 }}' }),
  },
  "a var of the item in deployment.yaml's vars": {
    edit: (d) => write(d, { 'deployment.yaml': deployment({ color: 'blue' }) }),
    rendered: 1,
    shows: (o) => expect(named(o, 'colored').data).toEqual({ color: 'blue' }),
  },
  'a var every item sees': {
    edit: (d) => write(d, { 'deployment.yaml': deployment({ greeting: 'hi' }) }),
    rendered: ITEMS,
    shows: (o) => expect(named(o, 'tpl').data?.common).toBe('hi'),
  },
  'an arg (-a)': {
    opts: { args: ['size=large'] },
    rendered: ITEMS,
    shows: (o) => expect(named(o, 'tpl').data?.size).toBe('large'),
  },
  'the target': {
    opts: { target: 'two' },
    rendered: ITEMS,
    shows: (o) => expect(named(o, 'tpl').data?.target).toBe('two'),
  },
  'a fixed image (applied after the cache)': {
    opts: { fixedImages: ['nginx=nginx:2.0.0'] },
    rendered: 0,
    shows: (o) => expect(JSON.stringify(named(o, 'web'))).toContain('"image":"nginx:2.0.0"'),
  },
  'a template included by name from a search directory': {
    edit: (d) => write(d, { 'common.j2': 'common: "{{ greeting }} again"\n' }),
    rendered: 1,
    shows: (o) => expect(named(o, 'tpl').data?.common).toBe('hello again'),
  },
  'a template loaded with load_template()': {
    edit: (d) => write(d, { 'loaded.j2': 'reloaded {{ greeting }}\n' }),
    rendered: 1,
    shows: (o) => expect(named(o, 'tpl').data?.loaded).toBe('reloaded hello'),
  },
  'a new file earlier in the search path, shadowing the included one': {
    edit: (d) => write(d, { 'sub/shared.j2': 'from: sub\n' }),
    rendered: 1,
    shows: (o) => expect(named(o, 'sub-app').data).toEqual({ from: 'sub' }),
  },
  'commonLabels (applied after the cache)': {
    edit: (d) => write(d, { 'deployment.yaml': deployment({ team: 'green' }) }),
    rendered: 0,
    shows: (o) => expect(named(o, 'plain').metadata?.labels).toMatchObject({ team: 'green' }),
  },
  "a sub-project's overrideNamespace": {
    edit: (d) =>
      write(d, {
        'sub/deployment.yaml': 'overrideNamespace: other\ndeployments:\n  - path: app\n',
      }),
    rendered: 1,
    shows: (o) => expect(named(o, 'sub-app').metadata?.namespace).toBe('other'),
  },
  // only the item kustomize built: the others do not depend on it
  "kustomize's version": {
    around: (fn) =>
      withPath(versionWrapper('kustomize', kubectl(), 'v5.0.0-two'), fn) as ReturnType<typeof fn>,
    rendered: 1,
    shows: (o) => named(o, 'pre-fixed'),
  },
  "the code's build id": {
    around: (fn) => {
      buildIdOverride.value = 'another-build';
      return fn().finally(() => (buildIdOverride.value = undefined));
    },
    rendered: ITEMS,
    shows: (o) => named(o, 'plain'),
  },
  "a local Helm chart's content": {
    helm: true,
    edit: (d) =>
      write(d, {
        'charts/local/templates/cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\ndata:\n  rev: "2"\n',
      }),
    rendered: 1,
    shows: (o) => expect(named(o, 'from-chart').data).toEqual({ rev: '2' }),
  },
  'helm-values.yaml': {
    helm: true,
    edit: (d) => write(d, { 'chart/helm-values.yaml': 'name: renamed\n' }),
    rendered: 1,
    shows: (o) => expect(named(o, 'renamed').data).toEqual({ rev: '1' }),
  },
  "helm's version": {
    helm: true,
    opts: {
      env: {
        ...ENV,
        PATH: `${noHelm ? '' : versionWrapper('helm', toolPath('helm'), 'v3.99.0-fake')}${path.delimiter}${ENV.PATH}`,
      },
    },
    rendered: 1,
    shows: (o) => named(o, 'from-chart'),
  },
};

describe('changing any one input invalidates exactly the items that read it', () => {
  it.each(Object.entries(CHANGES))('%s', async (_, change) => {
    if (change.helm && noHelm) return;
    const dir = writeProject(PROJECT);
    const cacheDir = path.join(tmp('dir'), 'cache');
    const before: RenderOptions = { projectDir: dir, target: 'one', fixedImages: FIXED };
    const after: RenderOptions = { ...before, ...change.opts };
    const around = change.around ?? ((fn) => fn());
    // every render with the same kustomize, so only what the change changes differs
    await withPath(kustomizeV1(), async () => {
      const warm = await render({ ...before, cacheDir });
      expect([warm.reused, warm.items]).toEqual([0, ITEMS]);
      change.edit?.(dir);
      const changed = await around(() => render({ ...after, cacheDir }));
      const reference = await around(() => render(after));
      expect(changed.objects).toEqual(reference.objects);
      change.shows(changed.objects);
      expect(changed.reused).toBe(ITEMS - change.rendered);
      // what was rendered again is in the cache now
      const again = await around(() => render({ ...after, cacheDir }));
      expect(again.reused).toBe(ITEMS);
      expect(again.objects).toEqual(reference.objects);
    });
  });

  it('an item with the same files as another, elsewhere, is not given the other one’s objects', async () => {
    // x/app and y/app are byte for byte the same, but "../part.j2" finds different files
    const include =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {% include "../part.j2" %}\n';
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: x/app\n  - path: y/app\n',
      'x/app/cm.yaml': include,
      'x/part.j2': 'from-x',
      'y/app/cm.yaml': include,
      'y/part.j2': 'from-y',
    });
    const cacheDir = path.join(tmp('dir'), 'cache');
    const reference = await render({ projectDir: dir });
    expect(reference.objects.map((o) => o.metadata?.name)).toEqual(['from-x', 'from-y']);
    await render({ projectDir: dir, cacheDir });
    const cached = await render({ projectDir: dir, cacheDir });
    expect(cached.objects).toEqual(reference.objects);
    expect(cached.reused).toBe(2);
  });
});

describe('the input key', () => {
  const inputs = (): ItemInputs => ({
    tree: {
      dirs: [''],
      files: [
        {
          rel: 'cm.yaml',
          source: '/p/cm.yaml',
          content: Buffer.from(''),
          digest: 'd1',
          template: true,
        },
      ],
    },
    vars: { a: 1, images: { get_image: () => 'x' } },
    code: ['images'],
    searchDirs: ['\0app', '\0'],
    overrideNamespace: undefined,
    recursive: false,
    onlyRender: false,
  });
  const base = itemInputKey(inputs()) as string;

  it.each<[string, (i: ItemInputs) => void]>([
    ['a file digest', (i) => (i.tree.files[0].digest = 'd2')],
    ['a file name', (i) => (i.tree.files[0].rel = 'cm2.yaml')],
    ['template-ness', (i) => (i.tree.files[0].template = false)],
    ['a directory', (i) => i.tree.dirs.push('sub')],
    ['a variable', (i) => (i.vars.a = 2)],
    ['a variable type', (i) => (i.vars.a = '1')],
    ['overrideNamespace', (i) => (i.overrideNamespace = 'ns')],
    ['recursive', (i) => (i.recursive = true)],
    ['onlyRender', (i) => (i.onlyRender = true)],
    ['where the item is', (i) => (i.searchDirs = ['\0other', '\0'])],
    ['the search path', (i) => (i.searchDirs = ['\0app', '\0sub', '\0'])],
  ])('changes with %s', (_, change) => {
    const i = inputs();
    change(i);
    expect(itemInputKey(i)).toMatch(/^[0-9a-f]{64}$/);
    expect(itemInputKey(i)).not.toBe(base);
  });

  it("changes with the code's build id", () => {
    buildIdOverride.value = 'other-code';
    try {
      expect(itemInputKey(inputs())).not.toBe(base);
    } finally {
      buildIdOverride.value = undefined;
    }
    expect(itemInputKey(inputs())).toBe(base);
  });

  it('ignores code entries (covered by the build id) and is undefined for what no digest describes', () => {
    const i = inputs();
    i.vars.images = { get_image: () => 'y' };
    expect(itemInputKey(i)).toBe(base);
    i.vars.when = new Date(0);
    expect(itemInputKey(i)).toBeUndefined();
  });
});

describe('renders that read what no input names', () => {
  it('are never cached: the clock, chance and git history', async () => {
    const dir = writeProject({
      'deployment.yaml':
        'deployments:\n  - path: stable\n  - path: clock\n  - path: chance\n  - path: git\n',
      'stable/cm.yaml': configMap('stable', { v: '{{ 1 + 1 }}' }),
      'clock/cm.yaml': configMap('clock', { v: '{{ time.now() }}' }),
      'chance/cm.yaml': configMap('chance', { v: '{{ [1, 2, 3] | random }}' }),
      'git/cm.yaml': configMap('git', { v: "{{ load_latest_git_commit('cm.yaml') }}" }),
    });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...ENV,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      }).trim();
    git('init', '--quiet', '--initial-branch=main');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'one');
    const cacheDir = path.join(tmp('dir'), 'cache');
    const first = await render({ projectDir: dir, cacheDir });
    expect([first.reused, first.items]).toEqual([0, 4]);
    expect(named(first.objects, 'git').data?.v).toBe(git('rev-parse', 'HEAD'));
    // only the stable item was written
    expect(filesIn(cacheDir).filter((f) => !f.startsWith('shipshape-cache'))).toHaveLength(2);

    // a newer commit of the same file (its content as before): only git history differs
    const cm = readFileSync(path.join(dir, 'git/cm.yaml'));
    git('rm', '--quiet', 'git/cm.yaml');
    git('commit', '--quiet', '-m', 'two');
    write(dir, { 'git/cm.yaml': cm.toString() });
    git('add', '-A');
    git('commit', '--quiet', '-m', 'three');
    const second = await render({ projectDir: dir, cacheDir });
    expect([second.reused, second.items]).toEqual([1, 4]);
    expect(named(second.objects, 'git').data?.v).toBe(git('rev-parse', 'HEAD'));
    expect(named(second.objects, 'stable').data?.v).toBe('2');
    expect(named(second.objects, 'chance').data?.v).toMatch(/^[123]$/);
    expect(named(second.objects, 'clock').data?.v).toMatch(/^\d{4}-\d\d-\d\d/);
  });
});

describe('a diff against a base ref', () => {
  it('renders head and base with one memory cache: the base reuses every item the head did not change', async () => {
    const root = tmp('diff');
    const files: Record<string, string> = {
      'deployment.yaml': 'deployments:\n  - path: a\n  - path: b\n  - path: c\n  - path: d\n',
      'a/cm.yaml': configMap('a', { v: '{{ 1 }}' }),
      'b/cm.yaml': configMap('b', { v: '{{ 2 }}' }),
      'c/cm.yaml': configMap('c', { v: '{{ 3 }}' }),
      'd/cm.yaml': configMap('d', { v: '{{ 4 }}' }),
    };
    write(root, files);
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        env: {
          ...ENV,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      });
    git('init', '--quiet', '--initial-branch=main');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'base');
    git('tag', 'base');
    write(root, { 'c/cm.yaml': configMap('c', { v: '{{ 30 }}' }) });

    const lines: string[] = [];
    const result = await diffAgainstRef({
      render: { projectDir: root, env: ENV, log: (l) => lines.push(l) },
      baseRef: 'base',
    });
    const rendered = (side: string) =>
      lines
        .filter((l) => l.startsWith(`project [${side}] rendered `))
        .map((l) => RENDERED_LINE.exec(l.slice(`project [${side}] `.length))?.slice(2, 4));
    // The head renders first, while git checks the base out.
    expect(rendered('head')).toEqual([['0', '4']]);
    expect(rendered('base')).toEqual([['3', '4']]);
    expect(result.targets).toHaveLength(1);
    const [t] = result.targets;
    expect(t.summary).toEqual({ new: 0, changed: 1, deleted: 0, unchanged: 3 });
    expect(t.objects.map((o) => [o.change, o.kind, o.name])).toEqual([
      ['changed', 'ConfigMap', 'c'],
    ]);
    expect(t.objects[0].changes).toEqual([
      { path: 'data.v', type: 'update', before: '3', after: '30' },
    ]);
  });
});
