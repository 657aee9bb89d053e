// Benchmark for issue 11 (helm-update): a project with 20 helm-chart.yaml files, each pinning a
// different chart of one HTTP chart repository (an index.yaml of 20 charts × 40 versions,
// pre-releases included), checked by `shipshape helm-update -o json` (dist/cli.js) and by
// Renovate's Helm support on the same repository (`--platform=local --dry-run=lookup`, a
// regex manager over helm-chart.yaml with Renovate's helm datasource: none of Renovate's
// built-in helm managers reads kluctl's helm-chart.yaml). Both must find the same 20 updates.
// Wall time (median of runs, fresh processes) and requests to the repository are reported.
// Target: shipshape <= 0.3x Renovate's wall time.
// Run: npm run bundle && npm exec -- tsx bench/helm-update.ts [--runs 3] [--no-renovate] [--cli dist/cli.js]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scratch, startChartRepo } from '../test/helm/support/helm.js';

const RENOVATE_VERSION = '44.121.2';
const { values: o } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-renovate': { type: 'boolean', default: false },
    cli: { type: 'string', default: 'dist/cli.js' },
  },
});
const RUNS = Number(o.runs);
const CHARTS = 20;
const repoRoot = path.resolve(import.meta.dirname, '..');
const node = path.join(repoRoot, 'node_modules/.bin/node');

const chartName = (i: number) => `chart-${String(i).padStart(2, '0')}`;
/** 36 releases 1.0.0 … 4.8.0 and 4 release candidates of 5.0.0. */
const VERSIONS = [
  ...Array.from({ length: 36 }, (_, k) => `${1 + Math.floor(k / 9)}.${k % 9}.0`),
  ...Array.from({ length: 4 }, (_, k) => `5.0.0-rc.${k + 1}`),
];
const NEWEST = '4.8.0';

function indexYaml(): string {
  const lines = ['apiVersion: v1', 'entries:'];
  for (let i = 0; i < CHARTS; i++) {
    lines.push(`  ${chartName(i)}:`);
    for (const v of [...VERSIONS].reverse()) {
      const digest = Buffer.from(`${i}-${v}`).toString('hex').padEnd(64, '0').slice(0, 64);
      lines.push(
        `  - apiVersion: v2`,
        `    appVersion: "${v}"`,
        `    created: "2024-01-01T00:00:00Z"`,
        `    description: Benchmark chart ${i}, a service that does its job well`,
        `    digest: ${digest}`,
        `    name: ${chartName(i)}`,
        `    type: application`,
        `    urls:`,
        `    - ${chartName(i)}-${v}.tgz`,
        `    version: ${v}`,
      );
    }
  }
  lines.push('generated: "2024-01-01T00:00:00Z"', '');
  return lines.join('\n');
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
  const repoDir = scratch('bench-update-repo');
  writeFileSync(path.join(repoDir, 'index.yaml'), indexYaml());
  const repo = await startChartRepo(repoDir, { ownIndex: true });
  try {
    const project = scratch('bench-update-project');
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(project, rel)), { recursive: true });
      writeFileSync(path.join(project, rel), text);
    };
    write('.kluctl.yaml', 'targets:\n  - name: bench\n');
    write(
      'deployment.yaml',
      `deployments:\n${Array.from({ length: CHARTS }, (_, i) => `  - path: apps/${chartName(i)}\n`).join('')}`,
    );
    for (let i = 0; i < CHARTS; i++)
      write(
        `apps/${chartName(i)}/helm-chart.yaml`,
        `helmChart:\n  repo: ${repo.url}\n  chartName: ${chartName(i)}\n  chartVersion: 1.0.0\n  releaseName: ${chartName(i)}\n`,
      );
    // The same repository for Renovate: the project plus its configuration, in git.
    write(
      'renovate.json',
      JSON.stringify(
        {
          enabledManagers: ['custom.regex'],
          customManagers: [
            {
              customType: 'regex',
              managerFilePatterns: ['/(^|/)helm-chart\\.yaml$/'],
              matchStrings: [
                'repo: (?<registryUrl>\\S+)\\s+chartName: (?<depName>\\S+)\\s+chartVersion: (?<currentValue>\\S+)',
              ],
              datasourceTemplate: 'helm',
            },
          ],
        },
        null,
        2,
      ),
    );
    execFileSync('git', ['init', '-q'], { cwd: project });
    execFileSync('git', ['add', '-A'], { cwd: project });
    execFileSync(
      'git',
      ['-c', 'user.name=b', '-c', 'user.email=b@example.com', 'commit', '-qm', 'x'],
      { cwd: project },
    );

    const ours: number[] = [];
    let oursRequests = 0;
    for (let r = 0; r < RUNS; r++) {
      const from = repo.log.length;
      const res = await run(
        node,
        [
          path.resolve(repoRoot, o.cli as string),
          'helm-update',
          '--project-dir',
          project,
          '-o',
          'json',
        ],
        {
          cwd: project,
          env: { HOME: scratch('bench-home') },
        },
      );
      if (res.code > 1)
        throw new Error(`shipshape helm-update failed: ${res.stderr.slice(0, 1500)}`);
      const out = JSON.parse(res.stdout) as { updates: { latest: string }[]; errors: unknown[] };
      if (
        out.errors.length ||
        out.updates.length !== CHARTS ||
        out.updates.some((u) => u.latest !== NEWEST)
      )
        throw new Error(
          `helm-update did not find ${CHARTS} updates to ${NEWEST}: ${res.stdout.slice(0, 1500)}`,
        );
      ours.push(res.ms);
      oursRequests = repo.log.length - from;
    }
    console.log(
      `repository: ${CHARTS} charts × ${VERSIONS.length} versions in one index.yaml; ${CHARTS} helm-chart.yaml files`,
    );
    console.log(
      `shipshape helm-update -o json (dist/cli.js): median ${fmt(median(ours))} of ${RUNS} runs [${ours.map(fmt).join(', ')}], ${oursRequests} request(s) to the repository`,
    );

    if (o['no-renovate']) return;
    const bin = ensureRenovate();
    const theirs: number[] = [];
    let theirRequests = 0;
    for (let r = 0; r < RUNS; r++) {
      const cache = mkdtempSync(path.join(tmpdir(), 'shipshape-bench-renovate-cache-'));
      const from = repo.log.length;
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
          cwd: project,
          env: {
            LOG_LEVEL: 'debug',
            LOG_FORMAT: 'json',
            RENOVATE_CACHE_DIR: cache,
            RENOVATE_REPOSITORY_CACHE: 'disabled',
            RENOVATE_X_IGNORE_NODE_WARN: 'true',
          },
        },
      );
      const found = (
        res.stdout.match(new RegExp(`"newValue":"${NEWEST.replace(/\./g, '\\.')}"`, 'g')) ?? []
      ).length;
      if (res.code !== 0 || found < CHARTS) {
        const tail = (res.stdout + res.stderr)
          .split('\n')
          .filter((l) => /"level":(40|50|60)/.test(l))
          .slice(0, 5)
          .join('\n');
        throw new Error(`renovate exited ${res.code} with ${found} updates to ${NEWEST}:\n${tail}`);
      }
      theirs.push(res.ms);
      theirRequests = repo.log.length - from;
    }
    console.log(
      `renovate ${RENOVATE_VERSION} --platform=local --dry-run=lookup: median ${fmt(median(theirs))} of ${RUNS} runs [${theirs.map(fmt).join(', ')}], ${theirRequests} request(s) to the repository`,
    );
    console.log(
      `ratio shipshape/renovate wall time: ${(median(ours) / median(theirs)).toFixed(2)}x (target <= 0.3x)`,
    );
  } finally {
    await repo.stop();
  }
}

await main();
