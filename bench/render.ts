// Benchmark for issue 2: `render --print-all` of a generated project (200 items × 10 objects)
// against the floor of running kustomize serially over the same rendered directories.
// Run: npm run bundle && npm exec -- tsx bench/render.ts [items] [objectsPerItem]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { findKustomize } from '../src/render/kustomize.js';

const ITEMS = Number(process.argv[2] ?? 200);
const OBJECTS = Number(process.argv[3] ?? 10);
const repo = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-bench-render-'));
const project = path.join(work, 'project');

function generate(): void {
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(project, rel)), { recursive: true });
    writeFileSync(path.join(project, rel), text);
  };
  write(
    '.kluctl.yaml',
    'discriminator: bench-{{ target.name }}\ntargets:\n  - name: dev\n    args: { env: dev }\nargs:\n  - name: env\n',
  );
  write(
    'images.yaml',
    'images:\n  - imageRegex: "registry.example.com/.*"\n    resultImage: registry.example.com/app:1.0.0\n',
  );
  const items: string[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const name = `svc-${String(i).padStart(3, '0')}`;
    items.push(`  - path: services/${name}`);
    // Half the items bring their own kustomization, half get a generated one.
    if (i % 2 === 0)
      write(
        `services/${name}/kustomization.yaml`,
        `resources:\n${Array.from({ length: OBJECTS }, (_, j) => `  - obj-${j}.yaml`).join('\n')}\n`,
      );
    for (let j = 0; j < OBJECTS; j++) {
      const text =
        j === 0
          ? `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: {{ 1 + 1 }}\n  selector:\n    matchLabels: { app: ${name} }\n  template:\n    metadata:\n      labels: { app: ${name}, env: "{{ args.env }}" }\n    spec:\n      containers:\n        - name: app\n          image: "{{ images.get_image('registry.example.com/${name}') }}"\n          env:\n{% for k in ['A', 'B', 'C'] %}            - { name: ${name.toUpperCase().replace('-', '_')}_{{ k }}, value: "{{ loop.index }}" }\n{% endfor %}`
          : `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-cm-${j}\n  labels: { env: "{{ args.env }}" }\ndata:\n  key: "{{ '${name}' | upper }}-${j}"\n`;
      write(`services/${name}/obj-${j}.yaml`, text);
    }
  }
  write(
    'deployment.yaml',
    `overrideNamespace: bench-{{ args.env }}\ncommonLabels: { app.kubernetes.io/part-of: bench }\ndeployments:\n${items.join('\n')}\n`,
  );
}

function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

generate();
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
