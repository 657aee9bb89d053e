// Benchmark for issue 2: `render --print-all` of a generated project (200 items × 10 objects)
// against the floor of running kustomize serially over the same rendered directories.
// Run: npm run bundle && npm exec -- tsx bench/render.ts [items] [objectsPerItem]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { findKustomize } from '../src/render/kustomize.js';
import { generateProject } from './generated-project.js';

const ITEMS = Number(process.argv[2] ?? 200);
const OBJECTS = Number(process.argv[3] ?? 10);
const repo = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-bench-render-'));
const project = path.join(work, 'project');

function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

generateProject(project, ITEMS, OBJECTS);
const rendered = path.join(work, 'rendered');
const cliArgs = [
  'render',
  '--project-dir',
  project,
  '-t',
  'dev',
  '--fixed-images-file',
  path.join(project, 'images.yaml'),
  '--print-all',
];

// The floor: kustomize over the same (already rendered) directories, one after the other.
execFileSync(
  process.execPath,
  [path.join(repo, 'dist/cli.js'), ...cliArgs.slice(0, -1), '--render-output-dir', rendered],
  { stdio: 'ignore' },
);
const tool = findKustomize();
const floorRuns: number[] = [];
for (let run = 0; run < 3; run++) {
  floorRuns.push(
    timeMs(() => {
      for (let i = 0; i < ITEMS; i++)
        execFileSync(
          tool.command,
          tool.args(path.join(rendered, 'services', `svc-${String(i).padStart(3, '0')}`)),
          { stdio: 'ignore', maxBuffer: 1 << 28 },
        );
    }),
  );
}

// Our render, in a fresh process each time, reporting its own peak RSS.
const probe = `const m = await import(${JSON.stringify(path.join(repo, 'dist/index.js'))});
let n = 0; const code = await m.cli(${JSON.stringify(cliArgs)}, { stdout: (t) => { n += t.length; }, stderr: () => {}, env: process.env, cwd: process.cwd() });
console.log(JSON.stringify({ code, bytes: n, maxRssKb: process.resourceUsage().maxRSS }));`;
const runs: { ms: number; rssMb: number; bytes: number }[] = [];
for (let run = 0; run < 3; run++) {
  let out = '';
  const ms = timeMs(() => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    out = r.stdout;
  });
  const res = JSON.parse(out.trim().split('\n').pop() as string) as {
    code: number;
    bytes: number;
    maxRssKb: number;
  };
  if (res.code !== 0) throw new Error(`render exited ${res.code}`);
  runs.push({ ms, rssMb: res.maxRssKb / 1024, bytes: res.bytes });
}
if (process.env.BENCH_KEEP) console.log(`kept ${project}`);
else rmSync(work, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floor = median(floorRuns);
const ours = median(runs.map((r) => r.ms));
console.log(
  `project: ${ITEMS} items × ${OBJECTS} objects, ${availableParallelism()} cores, kustomize: ${path.basename(tool.command)}`,
);
console.log(
  `serial kustomize floor: ${floor.toFixed(0)} ms (runs: ${floorRuns.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `shipshape render --print-all: ${ours.toFixed(0)} ms (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')}), output ${(runs[0].bytes / 1024).toFixed(0)} KiB`,
);
console.log(`ratio: ${(ours / floor).toFixed(2)}× the floor (target ≤ 0.6×)`);
console.log(
  `peak memory (RSS of the shipshape process): ${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} MB (target < 400 MB)`,
);
