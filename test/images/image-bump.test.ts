import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { freePort } from '../support/registry/net.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { RegistrySeeder, type SeedImage } from '../support/registry/seed.js';
import { writeProject } from '../support/project.js';
import { changedLines, commitAll } from './git.js';

const unavailable = registryUnavailable();
if (unavailable) console.warn(`skipping image-bump tests: ${unavailable}`);

const month = (m: number) => `2024-${String(m).padStart(2, '0')}-01T00:00:00Z`;
const SEED: SeedImage[] = [
  ...['1.0.0', '1.1.0', '1.2.0', '1.2.0-rc1', 'latest'].map((tag) => ({
    repository: 'team/api',
    tag,
  })),
  { repository: 'team/api', tag: `sha256-${'0'.repeat(64)}.sig` },
  ...['master-3', 'master-9', 'master-12', 'main-99', '1.0'].map((tag) => ({
    repository: 'team/web',
    tag,
  })),
  ...['1.0.0', '1.5.0'].map((tag) => ({ repository: 'team/worker', tag })),
  ...['1.0', '1.1'].map((tag) => ({ repository: 'team/varsimg', tag })),
  { repository: 'team/flux', tag: 'build-a', created: month(1) },
  { repository: 'team/flux', tag: 'build-b', created: month(3) },
  { repository: 'team/flux', tag: 'build-c', created: month(2) },
  { repository: 'team/flux', tag: 'latest', created: month(9) },
  ...['1.0.0', '1.4.0', '2.0.0'].map((tag) => ({ repository: 'team/fluxsem', tag })),
  ...['1.0', '2.0'].map((tag) => ({ repository: 'team/locked', tag })),
  ...['1', '2'].map((tag) => ({ repository: 'team/private', tag })),
];

function projectFiles(reg: string, priv: string, deadPort: number): Record<string, string> {
  return {
    '.kluctl.yaml': `# targets pin the api image
targets:
  - name: dev
    images:
      - image: ${reg}/team/api
        resultImage: ${reg}/team/api:1.0.0   # dev pin
  - name: prod
    images:
      - image: ${reg}/team/api
        resultImage: "${reg}/team/api:1.1.0"
`,
    'deployment.yaml': `vars:
  - file: vars.yaml
deployments:
  - path: app
`,
    'vars.yaml': `images:
  - image: ${reg}/team/varsimg
    resultImage: ${reg}/team/varsimg:1.0
`,
    'fixed-images.yaml': `images:
  - image: ${reg}/team/web
    resultImage: '${reg}/team/web:master-3'
  - {image: ${reg}/team/worker, resultImage: ${reg}/team/worker:2.0.0}
  - image: ${reg}/team/missing
    resultImage: ${reg}/team/missing:1.0
  - image: ${reg}/team/odd
    resultImage: ${reg}/team/api:1.0.0
  - image: 127.0.0.1:${deadPort}/team/gone
    resultImage: 127.0.0.1:${deadPort}/team/gone:1.0
  - image: ${priv}/team/private
    resultImage: ${priv}/team/private:1
  - image: ${reg}/team/nonum
    resultImage: ${reg}/team/varsimg:1.0
`,
    'app/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: api
          image: "{{ images.get_image('${reg}/team/api') }}"
        - name: web
          image: "{{ images.get_image('${reg}/team/web', version.prefix('master-', suffix=version.number())) }}"
        - name: worker
          image: "{{ images.get_image('${reg}/team/worker') }}"
        - name: vars
          image: "{{ images.get_image('${reg}/team/varsimg') }}"
        - name: missing
          image: "{{ images.get_image('${reg}/team/missing') }}"
        - name: odd
          image: "{{ images.get_image('${reg}/team/odd', 'latest()') }}"
        - name: gone
          image: "{{ images.get_image('127.0.0.1:${deadPort}/team/gone') }}"
        - name: private
          image: "{{ images.get_image('${priv}/team/private') }}"
        - name: nonum
          image: "{{ images.get_image('${reg}/team/nonum', version.number()) }}"
        - name: unpinned
          image: "{{ images.get_image('${reg}/team/unpinned') }}"
`,
    'flux/workloads.yaml': `# not deployed by kluctl; automated the Flux v1 way
apiVersion: apps/v1
kind: Deployment
metadata:
  name: auto
  annotations:
    fluxcd.io/automated: "true"
    fluxcd.io/tag.main: glob:build-*
    fluxcd.io/tag.side: semver:~1
spec:
  template:
    spec:
      initContainers:
        - name: side
          image: ${reg}/team/fluxsem:1.0.0
      containers:
        - name: main
          image: ${reg}/team/flux:build-a   # rolled by image-bump
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: frozen
  annotations:
    fluxcd.io/automated: "true"
    fluxcd.io/locked: "true"
spec:
  template:
    spec:
      containers:
        - name: c
          image: ${reg}/team/locked:1.0
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: manual
spec:
  template:
    spec:
      containers:
        - name: c
          image: ${reg}/team/locked:1.0
`,
  };
}

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { PATH: process.env.PATH, HOME: '/nonexistent', ...env },
    cwd: '/',
  });
  return { code, stdout, stderr };
}

describe.skipIf(unavailable)('image-bump', () => {
  let reg: RegistryInstance;
  let priv: RegistryInstance;
  let deadPort: number;
  const privEnv = (password: string) => ({
    KLUCTL_REGISTRY_1_HOST: priv.host,
    KLUCTL_REGISTRY_1_USERNAME: 'ci',
    KLUCTL_REGISTRY_1_PASSWORD: password,
  });

  beforeAll(async () => {
    [reg, priv, deadPort] = await Promise.all([
      startRegistry(),
      startRegistry({ htpasswd: { username: 'ci', password: 'ci-registry-pw' } }),
      freePort(),
    ]);
    await new RegistrySeeder({ url: reg.url }).push(
      SEED.filter((s) => s.repository !== 'team/private'),
    );
    const auth = `Basic ${Buffer.from('ci:ci-registry-pw').toString('base64')}`;
    await new RegistrySeeder({ url: priv.url, authorization: () => auth }).push(
      SEED.filter((s) => s.repository === 'team/private'),
    );
  });
  afterAll(async () => {
    await reg?.stop();
    await priv?.stop();
  });

  const project = () => {
    const dir = writeProject(projectFiles(reg.host, priv.host, deadPort));
    commitAll(dir);
    return dir;
  };
  const args = (dir: string, ...more: string[]) => [
    'image-bump',
    '--project-dir',
    dir,
    '--fixed-images-file',
    path.join(dir, 'fixed-images.yaml'),
    ...more,
  ];

  it('-o json --dry-run: reports every decision, writes nothing, exits 1 for the failed images', async () => {
    const dir = project();
    const { code, stdout } = await run(args(dir, '--dry-run', '-o', 'json'));
    expect(code).toBe(1);
    expect(changedLines(dir)).toEqual({ removed: [], added: [] });
    const out = JSON.parse(stdout);
    expect(out.dryRun).toBe(true);
    const brief = (u: Record<string, unknown>) =>
      [u.image, u.current, u.latest, u.filter, u.file].map((x) =>
        String(x).replace(reg.host, 'REG'),
      );
    expect(out.updates.map(brief)).toEqual([
      ['REG/team/api', '1.0.0', '1.2.0', 'semver(allow_no_nums=False)', '.kluctl.yaml'],
      ['REG/team/api', '1.1.0', '1.2.0', 'semver(allow_no_nums=False)', '.kluctl.yaml'],
      [
        'REG/team/web',
        'master-3',
        'master-12',
        'prefix("master-", suffix=number())',
        'fixed-images.yaml',
      ],
      ['REG/team/fluxsem', '1.0.0', '1.4.0', 'semver:~1', 'flux/workloads.yaml'],
      ['REG/team/flux', 'build-a', 'build-b', 'glob:build-*', 'flux/workloads.yaml'],
      ['REG/team/varsimg', '1.0', '1.1', 'semver(allow_no_nums=False)', 'vars.yaml'],
    ]);
    const web = out.updates[2];
    expect(web).toMatchObject({
      kind: 'fixed-image',
      line: 3,
      path: 'images[0].resultImage',
      targets: ['dev', 'prod'],
      from: `${reg.host}/team/web:master-3`,
      to: `${reg.host}/team/web:master-12`,
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      explanation: {
        tags: 5,
        candidates: 3,
        pick: 'master-12',
        rejected: [{ rule: 'without prefix "master-"', count: 2 }],
      },
    });
    expect(out.updates[0]).toMatchObject({
      targets: ['dev'],
      line: 6,
      explanation: { cosignTagsIgnored: 1 },
    });
    expect(out.updates[4]).toMatchObject({
      kind: 'flux',
      workload: 'Deployment/auto',
      container: 'main',
      line: 18,
    });

    const skipped = out.skipped.map((s: Record<string, string>) => [
      s.image.replace(reg.host, 'REG'),
      s.reason,
    ]);
    expect(skipped).toEqual(
      expect.arrayContaining([
        [
          'REG/team/worker',
          'the pinned tag is newer than the newest candidate 1.5.0; not downgrading',
        ],
        ['REG/team/locked', 'fluxcd.io/locked is "true"'],
        ['REG/team/unpinned', 'not pinned: no fixed image matches it'],
      ]),
    );
    expect(skipped).toHaveLength(3);

    const errors = Object.fromEntries(
      out.errors.map((e: Record<string, string>) => [
        e.image.replace(reg.host, 'REG').replace(priv.host, 'PRIV'),
        e,
      ]),
    );
    expect(Object.keys(errors).sort()).toEqual(
      [
        `127.0.0.1:${deadPort}/team/gone`,
        'PRIV/team/private',
        'REG/team/api',
        'REG/team/missing',
        'REG/team/varsimg',
      ].sort(),
    );
    expect(errors['REG/team/varsimg']).toMatchObject({
      line: 14,
      error: 'no tag passes number(): 2 tags listed (2 not a plain number)',
    });
    expect(errors['REG/team/missing']).toMatchObject({
      file: 'fixed-images.yaml',
      line: 6,
      error: expect.stringMatching(/repository not found/),
    });
    expect(errors['REG/team/api']).toMatchObject({
      line: 8,
      error: expect.stringMatching(
        /invalid version filter "latest\(\)" at column 1: unknown filter latest\(\)/,
      ),
    });
    expect(errors[`127.0.0.1:${deadPort}/team/gone`].error).toMatch(/cannot reach registry/);
    expect(errors['PRIV/team/private']).toMatchObject({
      error: expect.stringMatching(/no credentials were found/),
      hint: expect.stringMatching(/docker login/),
    });
  });

  it('writes the bumps in place, touching only the bumped lines, and is idempotent', async () => {
    const dir = project();
    const first = await run(args(dir), privEnv('ci-registry-pw'));
    expect(first.code).toBe(1); // missing repository, bad filter, unreachable registry, no match
    expect(first.stdout).toMatch(
      /^updated 127\.0\.0\.1:\d+\/team\/web master-3 -> master-12 {2}fixed-images\.yaml:3 {2}\[prefix\("master-", suffix=number\(\)\)\]$/m,
    );
    expect(first.stdout).toMatch(
      /^ {2}3 of 5 tags are candidates; 2 without prefix "master-"; picked master-12: highest version of 3 candidates$/m,
    );
    expect(first.stdout).toContain('7 updated, 0 up to date, 3 skipped, 4 errors');
    expect(first.stdout + first.stderr).not.toContain('ci-registry-pw');
    const r = reg.host;
    const p = priv.host;
    expect(changedLines(dir)).toEqual({
      removed: [
        `        resultImage: ${r}/team/api:1.0.0   # dev pin`,
        `        resultImage: "${r}/team/api:1.1.0"`,
        `    resultImage: '${r}/team/web:master-3'`,
        `    resultImage: ${p}/team/private:1`,
        `          image: ${r}/team/fluxsem:1.0.0`,
        `          image: ${r}/team/flux:build-a   # rolled by image-bump`,
        `    resultImage: ${r}/team/varsimg:1.0`,
      ],
      added: [
        `        resultImage: ${r}/team/api:1.2.0   # dev pin`,
        `        resultImage: "${r}/team/api:1.2.0"`,
        `    resultImage: '${r}/team/web:master-12'`,
        `    resultImage: ${p}/team/private:2`,
        `          image: ${r}/team/fluxsem:1.4.0`,
        `          image: ${r}/team/flux:build-b   # rolled by image-bump`,
        `    resultImage: ${r}/team/varsimg:1.1`,
      ],
    });

    const second = await run(args(dir, '-o', 'json'), privEnv('ci-registry-pw'));
    const out = JSON.parse(second.stdout);
    expect(out.updates).toEqual([]);
    expect(out.upToDate).toHaveLength(7);
  });

  it('reports rejected credentials per image without the password', async () => {
    const dir = project();
    const { stdout } = await run(
      args(dir, '-o', 'json', '--dry-run'),
      privEnv('wrong-secret-value'),
    );
    const err = JSON.parse(stdout).errors.find((e: { image: string }) =>
      e.image.includes('team/private'),
    );
    expect(err.error).toContain('the registry rejected the credentials from KLUCTL_REGISTRY_1_*');
    expect(stdout).not.toContain('wrong-secret-value');
  });

  it('a malformed fixed-images file fails its targets with file and line, and nothing is written', async () => {
    const dir = project();
    const bad = path.join(dir, 'fixed-images.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, 'images:\n  - image: x\n    resultImag: y\n');
    commitAll(dir);
    const { code, stdout } = await run(args(dir, '-t', 'dev', '-o', 'json'));
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.errors[0]).toMatchObject({
      target: 'dev',
      error: expect.stringContaining(`${bad}:3`),
    });
    expect(out.updates.every((u: { kind: string }) => u.kind === 'flux')).toBe(true);
    expect(readFileSync(path.join(dir, '.kluctl.yaml'), 'utf8')).toContain('team/api:1.0.0');
  });

  it('rejects an unknown target as a usage error', async () => {
    const dir = project();
    const { code, stderr } = await run(args(dir, '-t', 'nope'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown target "nope"/);
  });
});
