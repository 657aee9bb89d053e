// Benchmark for issue 11 (Helm rendering): a project with 20 Helm items over 5 distinct charts
// (each made with `helm create`, vendored by `kluctl helm-pull`), rendered with
// `shipshape render --print-all` (dist/cli.js) and with `kluctl render --offline-kubernetes
// --print-all`; wall time of each (median of runs, fresh process each), and how many helm
// processes shipshape started (a counting `helm` wrapper first on the PATH, in the warm-up run).
// Targets: shipshape <= 0.5x kluctl's wall time; 1 helm process per distinct chart + values.
// Run: npm run bundle && npm exec -- tsx bench/helm-render.ts [--runs 5] [--keep DIR] [--cli dist/cli.js]
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { kluctlEnv, toolPath, toolUnavailable } from '../test/support/tools.js';
import {
  kluctl,
  packageChart,
  scratch,
  startChartRepo,
  TOOLS_PATH,
} from '../test/helm/support/helm.js';

const run = promisify(execFile);
const { values: o } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    keep: { type: 'string' },
    cli: { type: 'string', default: 'dist/cli.js' },
  },
});
const RUNS = Number(o.runs);
const CHARTS = ['api', 'worker', 'cache', 'gateway', 'metrics'];
const ITEMS_PER_CHART = 4;
const repoRoot = path.resolve(import.meta.dirname, '..');
const node = path.join(repoRoot, 'node_modules/.bin/node');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function time(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ ms: number; stdout: string }> {
  const t0 = performance.now();
  const { stdout } = await run(cmd, args, { env, cwd, maxBuffer: 256 * 1024 * 1024 });
  return { ms: performance.now() - t0, stdout };
}

async function main() {
  const why = toolUnavailable('helm') ?? toolUnavailable('kluctl');
  if (why) throw new Error(why);
  const repoDir = scratch('bench-helm-repo');
  for (const name of CHARTS) await packageChart(repoDir, { name, version: '1.0.0' });
  const repo = await startChartRepo(repoDir);
  try {
    const project = scratch('bench-helm-project');
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(project, rel)), { recursive: true });
      writeFileSync(path.join(project, rel), text);
    };
    write('.kluctl.yaml', 'targets:\n  - name: bench\n    args:\n      replicas: 2\n');
    const items: string[] = [];
    for (const chart of CHARTS) {
      for (let i = 0; i < ITEMS_PER_CHART; i++) {
        const dir = `apps/${chart}-${i}`;
        items.push(dir);
        write(
          `${dir}/helm-chart.yaml`,
          `helmChart:\n  repo: ${repo.url}\n  chartName: ${chart}\n  chartVersion: 1.0.0\n  releaseName: ${chart}\n  namespace: apps\n`,
        );
        // The same values for every item of a chart: one helm process per chart.
        write(
          `${dir}/helm-values.yaml`,
          'replicaCount: {{ args.replicas }}\nservice:\n  port: 8080\n',
        );
        write(
          `${dir}/kustomization.yaml`,
          `namespace: ${chart}-${i}\nresources:\n  - helm-rendered.yaml\n`,
        );
      }
    }
    write('deployment.yaml', `deployments:\n${items.map((d) => `  - path: ${d}\n`).join('')}`);
    await kluctl(['helm-pull'], project);
    if (o.keep) cpSync(project, o.keep, { recursive: true });

    const wrapperDir = scratch('bench-helm-wrapper');
    const starts = path.join(wrapperDir, 'starts.log');
    writeFileSync(
      path.join(wrapperDir, 'helm'),
      `#!/bin/sh\necho x >> ${starts}\nexec ${toolPath('helm')} "$@"\n`,
    );
    chmodSync(path.join(wrapperDir, 'helm'), 0o755);
    // The counting wrapper (a shell per helm process) only in the first, unmeasured run: kluctl
    // has none to pay for.
    const countingEnv = { ...process.env, PATH: `${wrapperDir}:${TOOLS_PATH}` };
    const ourEnv = { ...process.env, PATH: TOOLS_PATH };
    const kluctlHome = scratch('bench-kluctl-home');
    const theirEnv = { ...kluctlEnv(kluctlHome), PATH: TOOLS_PATH };

    // One warm-up each (file system caches, kluctl's tmp dirs; ours counts helm processes),
    // then the measured runs.
    const ours: number[] = [];
    const theirs: number[] = [];
    let processes = 0;
    let objects = 0;
    for (let r = -1; r < RUNS; r++) {
      writeFileSync(starts, '');
      const a = await time(
        node,
        [
          path.resolve(repoRoot, o.cli as string),
          'render',
          '--project-dir',
          project,
          '-t',
          'bench',
          '--print-all',
        ],
        r < 0 ? countingEnv : ourEnv,
        project,
      );
      const b = await time(
        toolPath('kluctl'),
        ['render', '--offline-kubernetes', '--print-all', '-t', 'bench'],
        theirEnv,
        project,
      );
      if (r < 0) processes = readFileSync(starts, 'utf8').split('\n').filter(Boolean).length;
      const n = parseAllDocuments(a.stdout).filter((d) => d.contents).length;
      const m = parseAllDocuments(b.stdout).filter((d) => d.contents).length;
      if (n !== m) throw new Error(`shipshape rendered ${n} objects, kluctl ${m}`);
      objects = n;
      if (r < 0) continue;
      ours.push(a.ms);
      theirs.push(b.ms);
    }
    console.log(
      `project: ${items.length} Helm items over ${CHARTS.length} charts (helm create), ${objects} objects; ${RUNS} runs each, fresh processes`,
    );
    console.log(
      `shipshape render --print-all (dist/cli.js): median ${fmt(median(ours))} [${ours.map(fmt).join(', ')}]`,
    );
    console.log(
      `kluctl 2.22.1 render --offline-kubernetes --print-all: median ${fmt(median(theirs))} [${theirs.map(fmt).join(', ')}]`,
    );
    console.log(
      `ratio shipshape/kluctl wall time: ${(median(ours) / median(theirs)).toFixed(2)}x (target <= 0.5x)`,
    );
    console.log(
      `helm processes started per render: ${processes} (target: ${CHARTS.length}, one per distinct chart + values + release)`,
    );
  } finally {
    await repo.stop();
    rmSync(scratch('bench-cleanup'), { recursive: true, force: true });
  }
}

await main();
