// Benchmark for issue 10: `render --print-all` of the generated 200-item project and of the
// bundled example (examples/shop), shipshape (dist/cli.js) against kluctl
// (`kluctl render --offline-kubernetes --print-all`), same machine, same run, alternating.
// Wall time is the median of N runs; peak memory is measured two ways:
//   - the largest single process (GNU time -v "Maximum resident set size"), and
//   - the whole process tree (the tool plus its kustomize / python helpers), sampled from /proc.
// Target: shipshape ≤ 0.5× kluctl's wall time, and lower peak memory.
// Run: npm run bundle && npm exec -- tsx bench/render-vs-kluctl.ts [runs] [items] [objectsPerItem]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { kluctlEnv, toolPath } from '../test/support/tools.js';
import { generateProject } from './generated-project.js';

const RUNS = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 5);
const ITEMS = Number(process.argv[3] ?? 200);
const OBJECTS = Number(process.argv[4] ?? 10);
const repo = path.resolve(import.meta.dirname, '..');
const cli = path.join(repo, 'dist/cli.js');
const TIME = '/usr/bin/time';
const PAGE_KB = 4;

if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run bundle first`);
if (!existsSync(toolPath('kluctl')))
  throw new Error(`${toolPath('kluctl')} is missing: run scripts/install-test-deps.sh`);

const work = mkdtempSync(path.join(tmpdir(), 'shipshape-bench-vs-kluctl-'));
const home = path.join(work, 'home');
mkdirSync(home);
const generated = path.join(work, 'generated');
generateProject(generated, ITEMS, OBJECTS);

interface Run {
  ms: number;
  /** Largest single process, from GNU time (undefined without /usr/bin/time). */
  maxRssMb?: number;
  /** Sum over the process tree at its largest, sampled from /proc. */
  treeRssMb: number;
  bytes: number;
}

/** Descendants of `pid` (children first found through /proc/<pid>/task/<tid>/children). */
function tree(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const t of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const c of children.split(' ').filter(Boolean).map(Number)) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return out;
}

function rssKb(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KB;
  } catch {
    return 0;
  }
}

/** Runs a command, returning wall time, peak memory and the size of what it printed. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const useTime = existsSync(TIME);
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = useTime
      ? spawn(TIME, ['-v', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let stderr = '';
    let peakKb = 0;
    child.stdout.on('data', (d: Buffer) => (bytes += d.length));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const sampler = setInterval(() => {
      const pids = useTime ? tree(child.pid!) : [child.pid!, ...tree(child.pid!)];
      peakKb = Math.max(
        peakKb,
        pids.reduce((sum, p) => sum + rssKb(p), 0),
      );
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`));
        return;
      }
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({
        ms,
        maxRssMb: m ? Number(m[1]) / 1024 : undefined,
        treeRssMb: peakKb / 1024,
        bytes,
      });
    });
  });
}

interface Subject {
  name: string;
  flags: string[];
}

const subjects: Subject[] = [
  {
    name: `generated project (${ITEMS} items × ${OBJECTS} objects)`,
    flags: [
      '--project-dir',
      generated,
      '-t',
      'dev',
      '--fixed-images-file',
      path.join(generated, 'images.yaml'),
    ],
  },
  {
    name: 'examples/shop (target dev)',
    flags: ['--project-dir', path.join(repo, 'examples/shop'), '-t', 'dev'],
  },
];

const tools = {
  shipshape: (flags: string[]) =>
    measure(process.execPath, [cli, 'render', '--print-all', ...flags], { ...process.env }),
  kluctl: (flags: string[]) =>
    measure(
      toolPath('kluctl'),
      ['render', '--offline-kubernetes', '--print-all', ...flags],
      kluctlEnv(home),
    ),
};

// Without KLUCTL_NO_UPDATE_CHECK, `kluctl version` asks GitHub for a newer release.
const kluctlVersion = execFileSync(toolPath('kluctl'), ['version'], {
  env: kluctlEnv(home),
  encoding: 'utf8',
}).trim();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);
const fmt = (x: number) => x.toFixed(0);

console.log(
  `shipshape ${path.relative(repo, cli)} (node ${process.version}) vs kluctl ${kluctlVersion}; ` +
    `${availableParallelism()} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${RUNS} runs each, alternating, after one warm-up run each`,
);
const summary: string[] = [];
try {
  for (const s of subjects) {
    await tools.shipshape(s.flags);
    await tools.kluctl(s.flags);
    const runs: Record<keyof typeof tools, Run[]> = { shipshape: [], kluctl: [] };
    for (let i = 0; i < RUNS; i++)
      for (const t of ['shipshape', 'kluctl'] as const) runs[t].push(await tools[t](s.flags));
    console.log(`\n${s.name}`);
    for (const t of ['shipshape', 'kluctl'] as const) {
      const r = runs[t];
      const single = r.every((x) => x.maxRssMb !== undefined)
        ? `, largest process ${fmt(max(r.map((x) => x.maxRssMb!)))} MB`
        : '';
      console.log(
        `  ${t.padEnd(9)} ${fmt(median(r.map((x) => x.ms)))} ms median (runs: ${r.map((x) => fmt(x.ms)).join(', ')}); ` +
          `peak RSS: process tree ${fmt(max(r.map((x) => x.treeRssMb)))} MB${single}; output ${fmt(r[0].bytes / 1024)} KiB`,
      );
    }
    const ratio = median(runs.shipshape.map((x) => x.ms)) / median(runs.kluctl.map((x) => x.ms));
    const memTree =
      max(runs.shipshape.map((x) => x.treeRssMb)) / max(runs.kluctl.map((x) => x.treeRssMb));
    const line = `  ratio shipshape/kluctl: time ${ratio.toFixed(2)}× (target ≤ 0.5×: ${ratio <= 0.5 ? 'met' : 'NOT met'}), peak memory (tree) ${memTree.toFixed(2)}× (target < 1: ${memTree < 1 ? 'met' : 'NOT met'})`;
    console.log(line);
    summary.push(`${s.name}:${line.trimStart().slice('ratio shipshape/kluctl:'.length)}`);
  }
  console.log(`\nsummary\n${summary.map((l) => `  ${l}`).join('\n')}`);
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
