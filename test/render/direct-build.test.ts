import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDirect, directPlan, NAMESPACED } from '../../src/render/direct-build.js';
import { renderedChartFile } from '../../src/helm/template.js';
import { renderProject } from '../../src/render/index.js';
import { findKustomize, kustomizeBuild } from '../../src/render/kustomize.js';
import { parseYamlStream } from '../../src/util/yaml.js';
import { materialise, type OracleCase } from '../oracle/harness.js';
import { seededRandom } from '../support/random.js';
import { oracleProjects, repoProjects, repoProjectsInGit } from '../oracle/projects.js';

// Items whose kustomization only lists manifests are built without kustomize
// (src/render/direct-build.ts). What comes out must be exactly what the real kustomize
// gives, key order included; where that cannot be promised, kustomize must build the item.
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-direct-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const kustomize = findKustomize();
let cases = 0;

/** The files built by the real kustomize the way the pipeline runs it (fifo order). */
async function byKustomize(files: Record<string, string>, namespace?: string) {
  const dir = path.join(work, `case-${cases++}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const ns = namespace ? `namespace: ${namespace}\n` : '';
  writeFileSync(
    path.join(dir, 'kustomization.yaml'),
    `resources: ${JSON.stringify(Object.keys(files))}\n${ns}sortOptions: { order: fifo }\n`,
  );
  try {
    return parseYamlStream(await kustomizeBuild(kustomize, dir, 'case'), 'kustomize output');
  } catch (err) {
    return err as Error;
  }
}

function direct(files: Record<string, string>, namespace?: string) {
  const plan = directPlan({ resources: Object.keys(files), ...(namespace ? { namespace } : {}) });
  if (!plan) throw new Error('a kustomization of resources and a namespace is always direct');
  return buildDirect(plan, new Map(Object.entries(files)));
}

/** JSON keeps key order, which kustomize's output has sorted (and here tells -0 from 0). */
const exactly = (v: unknown) =>
  JSON.stringify(v, (_, x: unknown) => (Object.is(x, -0) ? '-0 (negative zero)' : x));

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: { tier: front, app: web }
  annotations: { note: "yes", a: '012' }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          args: [--port, "8080", -v]
          ports: [{ containerPort: 8080, protocol: TCP }]
          resources: { limits: { cpu: 100m, memory: 128Mi }, requests: { cpu: 0.5 } }
          env:
            - { name: DEBUG, value: "true" }
            - name: EMPTY
          readinessProbe: { httpGet: { path: /healthz, port: 8080 }, periodSeconds: -1 }
      hostNetwork: false
      nodeSelector: ~
`;

const configMap = `# a comment
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: elsewhere
data:
  zeta: last
  "ü": umlaut
  "😀": astral
  "ｚ": fullwidth
  Alpha: capital
  literal: |
    line one
      indented
  single: 'it''s'
  plainYes: yes
  y: on
  file10.txt: ten
  file9.txt: nine
  file_a: underscore
  fileB: capital
  double: "tab\\tand \\u00e9"
  version: v1.2.3
  path: /etc/config
  url: http://example.com:8080/x?y=1
---
---
# only a comment
---
apiVersion: example.com/v1
kind: Widget
metadata: { name: w }
spec: { size: 10, ratio: 0.25, enabled: true, nothing: null, list: [], map: {} }
`;

describe('building without kustomize', () => {
  it.each([
    ['a Deployment, keys unsorted, into a namespace', { 'deploy.yaml': deployment }, 'team-a'],
    ['a Deployment without a namespace', { 'deploy.yaml': deployment }, undefined],
    [
      'several files and documents: empty ones dropped, order kept, namespace overridden, a custom resource namespaced',
      { 'b.yaml': configMap, 'a.yaml': deployment },
      'team-b',
    ],
    [
      'cluster-scoped kinds when no namespace is set',
      {
        'rbac.yaml':
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: r }\nrules: [{ apiGroups: [""], resources: [pods], verbs: [get] }]\n---\napiVersion: v1\nkind: Namespace\nmetadata: { name: n }\n',
      },
      undefined,
    ],
    [
      'a Secret and a Service',
      {
        's.yaml':
          'apiVersion: v1\nkind: Secret\nmetadata: { name: s }\nstringData: { password: hunter2 }\ntype: Opaque\n---\napiVersion: v1\nkind: Service\nmetadata: { name: svc }\nspec: { ports: [{ port: 80, targetPort: http }], selector: { app: web } }\n',
      },
      'team-c',
    ],
  ])('%s: exactly what kustomize builds', async (_, files, namespace) => {
    const built = direct(files, namespace);
    expect(built, 'built without kustomize').toBeDefined();
    expect(exactly(built)).toBe(exactly(await byKustomize(files, namespace)));
  });

  // Every kind given a namespace here, and custom resources (cluster-scoped ones included:
  // kustomize knows no schema for them).
  it.each([
    ...Object.entries(NAMESPACED).flatMap(([group, kinds]) =>
      [...kinds].map((kind) => [group ? `${group}/v1` : 'v1', kind]),
    ),
    ['example.com/v1', 'Widget'],
    ['cert-manager.io/v1', 'ClusterIssuer'],
  ])('%s %s given a namespace: exactly what kustomize builds', async (apiVersion, kind) => {
    const files = { 'a.yaml': `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: a }\n` };
    const built = direct(files, 'team');
    expect(built, 'built without kustomize').toBeDefined();
    expect(exactly(built)).toBe(exactly(await byKustomize(files, 'team')));
  });

  const fallBack: [string, Record<string, string>, string?][] = [
    [
      '`012` (octal to Go)',
      { 'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec: { n: 012 }\n' },
    ],
    [
      '`1_000`',
      { 'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec: { n: 1_000 }\n' },
    ],
    [
      '`True`',
      { 'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec: { b: True }\n' },
    ],
    [
      'a timestamp',
      {
        'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec: { d: 2001-12-14 }\n',
      },
    ],
    [
      '`1e3`',
      { 'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec: { n: 1e3 }\n' },
    ],
    [
      'a folded block scalar',
      {
        'a.yaml':
          'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec:\n  t: >\n    a\n\n      b\n',
      },
    ],
    [
      'a literal block scalar ending the text without a line break',
      { 'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec:\n  t: |\n    a' },
    ],
    [
      'a string with a control character',
      { 'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec: { t: "\\x01" }\n' },
    ],
    [
      '`-0`, which Go writes as 0',
      { 'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec: { n: -0 }\n' },
    ],
    [
      'anchors and aliases',
      {
        'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec: { x: &v 1, y: *v }\n',
      },
    ],
    [
      'a merge key',
      { 'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec:\n  <<: { x: 1 }\n' },
    ],
    [
      'an explicit tag',
      { 'a.yaml': 'apiVersion: x.io/v1\nkind: A\nmetadata: { name: a }\nspec: { n: !!str 1 }\n' },
    ],
    [
      'an empty annotations map (kustomize drops it)',
      { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a, annotations: {} }\n' },
    ],
    ['a List', { 'a.yaml': 'apiVersion: v1\nkind: List\nmetadata: { name: a }\nitems: []\n' }],
    ['an object without a name', { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n' }],
    [
      'the same object twice',
      {
        'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n',
        'b.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n',
      },
    ],
    [
      'a RoleBinding given a namespace (subjects too)',
      {
        'a.yaml':
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: a }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }\nsubjects: [{ kind: ServiceAccount, name: default, namespace: default }]\n',
      },
      'team',
    ],
    [
      'a cluster-scoped kind given a namespace',
      {
        'a.yaml':
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: a }\n',
      },
      'team',
    ],
    ['YAML that does not parse', { 'a.yaml': 'apiVersion: v1\nkind: [\n' }],
  ];
  it.each(fallBack)('%s: left to kustomize', (_, files, namespace) => {
    expect(direct(files, namespace)).toBeUndefined();
  });

  it('why: Go reads `012` as 10 where YAML 1.2 reads 12', async () => {
    const [obj] = (await byKustomize(fallBack[0][1])) as { spec: { n: number } }[];
    expect(obj.spec.n).toBe(10);
  });

  it.each([
    [
      'a key longer than 1024 characters',
      `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"${'k'.repeat(1100)}": "v"}}`,
    ],
    [
      'an unpaired surrogate escape',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\ndata: { k: "\\ud800" }\n',
    ],
  ])('%s: refused by kustomize, so never built without it', async (_, text) => {
    expect(direct({ 'a.yaml': text })).toBeUndefined();
    expect(await byKustomize({ 'a.yaml': text })).toBeInstanceOf(Error);
  });

  it.each([
    ['patches', { resources: ['a.yaml'], patches: [{ path: 'p.yaml' }] }],
    ['its own sort order', { resources: ['a.yaml'], sortOptions: { order: 'legacy' } }],
    ['a namePrefix', { resources: ['a.yaml'], namePrefix: 'x-' }],
    ['a namespace that is not a string', { resources: ['a.yaml'], namespace: 12 }],
    ['another apiVersion', { apiVersion: 'kustomize.config.k8s.io/v1alpha1', resources: [] }],
  ])('a kustomization with %s is left to kustomize', (_, ky) => {
    expect(directPlan(ky)).toBeUndefined();
  });

  it.each([
    ['a file outside the item', '../other/a.yaml'],
    ['a directory (another kustomization)', 'base'],
    ['a kustomization file', 'sub/kustomization.yaml'],
    ['the same file twice', 'a.yaml'],
  ])('a resource naming %s is left to kustomize', (_, entry) => {
    const manifests = new Map([
      ['a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n'],
      ['sub/kustomization.yaml', 'resources: []\n'],
    ]);
    expect(buildDirect({ resources: ['a.yaml', entry] }, manifests)).toBeUndefined();
  });
});

// Random documents from values that read differently somewhere (Go's YAML, YAML 1.1, 1.2):
// whatever is built without kustomize must equal kustomize's build.
describe('building without kustomize, random documents', () => {
  const plains = [
    'abc',
    'a b',
    '10m',
    '128Mi',
    '1.2.3',
    '012',
    '0o17',
    '0x1F',
    '1e3',
    '1_000',
    'true',
    'True',
    'FALSE',
    'yes',
    'no',
    'on',
    'Off',
    'y',
    'null',
    'Null',
    '~',
    '-1',
    '0',
    '0.5',
    '-0',
    '+1',
    '.5',
    '2001-12-14',
    '12:30',
    'v1.2',
    '/path/x',
    '$HOME',
    '_x',
    'a:b',
    'http://x',
    'NaN',
    '.inf',
    '9007199254740993',
    '123456789012345',
    '1.0',
    '3.14159265358979323846',
    '1Gi',
    '0.0.0.0',
    '2001-12-14t21:59:43.10-05:00',
  ];
  const blocks = [
    '|\n    a\n    b\n',
    '|-\n    a\n',
    '|+\n    a\n\n',
    '>\n    a\n    b\n\n      c\n    d\n\n',
    '>-\n    x\n     y\n',
    '|2\n     indented\n',
    '|\n\n    after a blank line\n',
    '|\n    trailing spaces  \n',
  ];
  const quoted = [
    '"multi\n    line"',
    "'single\n\n    para'",
    '"esc \\x41\\u00e9\\N\\_"',
    'plain\n    continued',
  ];
  const keys = [
    'a',
    'b',
    'Z',
    'ä',
    'y',
    'n',
    '1',
    'on',
    'key-1',
    'key_1',
    'key1',
    'key10',
    'key9',
    'key09',
    'key0',
    'k00',
    'k01',
    'x1y',
    'x10y',
    '_k',
    'K',
    '😀',
    'ｚ',
    'name',
    'a.b',
    'a-b',
    'aB',
    'a_b',
    '010',
    'Ab1',
    'ab1',
    'ab',
    'a9',
    'a10',
    'a-9',
    'a-10',
    '_9',
    'ÿ',
    'ā',
  ];
  const { random, pick } = seededRandom(Number(process.env.DIRECT_BUILD_SEED ?? 7));
  const scalar = () => {
    const s = pick(plains);
    return [s, `'${s}'`, `"${s}"`][random(3)];
  };
  const doc = (i: number) => {
    const fields = Array.from(
      { length: 6 },
      () => `  ${pick(keys)}: ${random(3) ? 'v' : scalar()}`,
    );
    const unique = [...new Map(fields.map((f) => [f.split(':')[0], f])).values()];
    const text = `apiVersion: ${pick(['v1', 'example.com/v1'])}\nkind: ${pick(['ConfigMap', 'Widget'])}\nmetadata:\n  name: obj-${i}\nspec:\n${unique.join('\n')}\n  list: [${random(2) ? 'v' : scalar()}]\n  ${random(2) ? `quoted: ${pick(quoted)}` : `block: ${pick(blocks)}`}`;
    // Rendered templates often end without a line break.
    return random(2) ? text : text.replace(/\n+$/, '');
  };

  it('equal to kustomize wherever built without it', async () => {
    let taken = 0;
    const total = Number(process.env.DIRECT_BUILD_CASES ?? 300);
    for (let i = 0; i < total; i++) {
      const files = { 'a.yaml': doc(i) };
      const namespace = pick([undefined, 'ns']);
      const built = direct(files, namespace);
      if (!built) continue;
      taken++;
      expect(exactly(built), files['a.yaml']).toBe(exactly(await byKustomize(files, namespace)));
    }
    // The comparison means something only if many documents were built directly.
    expect(taken).toBeGreaterThan(total / 12);
  });
});

// Helm's output is written as JSON documents (helm/template.ts) and built from the objects
// it was written from, without reading the text back: that must be what reading it gives.
describe('building Helm output from the objects it was written from', () => {
  const { random, pick } = seededRandom(Number(process.env.DIRECT_BUILD_SEED ?? 11));
  const strings = [
    'abc',
    '012',
    'yes',
    'True',
    '1e3',
    '-0',
    'a\nb',
    'tab\there',
    'nel\u0085',
    'ls\u2028',
    'bad\ufffd',
    'bell\u0007',
    'lone\ud800',
    '😀',
    'ｚ',
  ];
  const numbers = [
    0,
    -0,
    1,
    -7,
    0.5,
    1.25,
    1e21,
    1e-7,
    2 ** 53,
    2 ** 53 + 2,
    123456789012345,
    1234567890123456,
    NaN,
    Infinity,
    3.14159,
  ];
  const keys = ['a', 'b', 'key9', 'key10', 'Z', 'ä', '1', '_k', 'x'.repeat(1001), 'k\u0001'];
  const scalar = (): unknown =>
    [() => pick(strings), () => pick(numbers), () => random(2) === 1, () => null][random(4)]();
  const value = (depth: number): unknown => {
    const r = depth > 2 ? 0 : random(4);
    if (r === 1) return Array.from({ length: random(3) }, () => value(depth + 1));
    if (r === 2)
      return Object.fromEntries(
        Array.from({ length: random(4) }, () => [pick(keys), value(depth + 1)]),
      );
    return scalar();
  };
  const object = (i: number) => {
    const o: Record<string, unknown> = {
      apiVersion: pick(['v1', 'example.com/v1']),
      kind: pick(['ConfigMap', 'Widget']),
      metadata: {
        name: `obj-${i}`,
        ...(random(3) ? {} : { labels: { [pick(keys)]: pick(strings) } }),
      },
      spec: value(0),
    };
    if (!random(8)) Object.assign(o, JSON.parse('{"__proto__": {"x": 1}}'));
    return o;
  };

  it('the same objects as reading the text, and as kustomize where built', async () => {
    let taken = 0;
    const total = Number(process.env.DIRECT_BUILD_CASES ?? 300);
    for (let i = 0; i < total; i++) {
      const objects = Array.from({ length: 1 + random(2) }, (_, j) => object(i * 10 + j));
      const namespace = pick([undefined, 'apps']);
      const { text, documents } = renderedChartFile(
        objects,
        namespace,
        `helm template r c${pick(strings)}`,
      );
      const plan = { resources: ['helm-rendered.yaml'] };
      const files = new Map([['helm-rendered.yaml', text]]);
      const fromText = buildDirect(plan, files);
      const fromObjects = buildDirect(plan, files, new Map([['helm-rendered.yaml', documents]]));
      expect(exactly(fromObjects), text).toBe(exactly(fromText));
      if (!fromObjects) continue;
      // every tenth built case through the real kustomize too
      if (taken++ % 10 === 0)
        expect(exactly(fromObjects), text).toBe(
          exactly(await byKustomize({ 'helm-rendered.yaml': text })),
        );
    }
    expect(taken).toBeGreaterThan(total / 12);
  });
});

// Every project the kluctl oracle renders, rendered with and without building directly.
describe('projects render the same with and without kustomize for plain items', () => {
  const projects = [...repoProjects, ...repoProjectsInGit, ...oracleProjects].flatMap((p) =>
    p.cases
      .filter((c) => !c.fail && !c.flags && !c.env)
      .map((c): [string, typeof p, OracleCase] => [`${p.id}#${c.name ?? c.target ?? ''}`, p, c]),
  );
  let direct = 0;
  afterAll(() => {
    // Most items of these projects are plain: the comparison above exercised the direct path.
    expect(direct).toBeGreaterThan(50);
  });

  it.each(projects)('%s', async (_, project, c) => {
    const root = materialise(project, work);
    const projectDir = path.join(root, project.projectDir ?? '.');
    const opts = {
      projectDir,
      target: c.target,
      args: c.args,
      fixedImages: c.fixedImages,
      fixedImagesFiles: c.fixedImagesFiles?.map((f) => path.join(root, f)),
      includeTags: c.includeTags,
      excludeTags: c.excludeTags,
      cwd: root,
    };
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    const fast = await renderProject({ ...opts, log }).catch((e: Error) => e);
    const slow = await renderProject({ ...opts, log: () => {} }, { directBuild: false }).catch(
      (e: Error) => e,
    );
    if (fast instanceof Error || slow instanceof Error) {
      expect(String(fast)).toBe(String(slow));
      return;
    }
    expect(exactly(fast.items)).toBe(exactly(slow.items));
    const built = lines.map((l) => /kustomize ran for (\d+) item/.exec(l)).find(Boolean);
    direct += fast.items.length - Number(built?.[1] ?? fast.items.length);
  });
});
