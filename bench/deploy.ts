// Benchmark for issue 12: deploying the generated 200-item × 10-object project
// (bench/generated-project.ts, as the render benchmark) into a real kube-apiserver + etcd
// (test/support/kube), against `kluctl deploy` of the same project on the same server.
//
// - API requests per object, counted by the recording proxy: a first deploy (target: one
//   apply per object, plus discovery and one list per kind), and a deploy with nothing
//   changed (target: no write at all).
// - Wall time of `shipshape deploy -y` and `kluctl deploy -y` (each a fresh process, each
//   into a namespace and discriminator of its own), first deploy and no-change re-deploy;
//   target: shipshape ≤ 0.7× kluctl.
// - `shipshape diff` (against the cluster) and `kluctl diff` of the deployed project, with
//   nothing changed and with every Deployment's image changed.
//
// kluctl runs with --write-command-result=false (it would otherwise also write its result
// into the cluster), KLUCTL_NO_UPDATE_CHECK=true.
// Run: npm run bundle && npm exec -- tsx bench/deploy.ts [items=200] [objects=10] [runs=3]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { connectCluster } from '../src/cluster/index.js';
import { startKube } from '../test/support/kube/index.js';
import { startProxy, type RecordedRequest } from '../test/support/kube/proxy.js';
import { kluctlEnv, toolPath, toolVersion } from '../test/support/tools.js';
import { generateProject } from './generated-project.js';

const ITEMS = Number(process.argv[2] ?? 200);
const OBJECTS = Number(process.argv[3] ?? 10);
const RUNS = Number(process.argv[4] ?? 3);
const repo = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-bench-deploy-'));
const project = path.join(work, 'project');
const home = path.join(work, 'home');
generateProject(project, ITEMS, OBJECTS);
const images = path.join(project, 'images.yaml');

interface Run {
  ms: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** Asynchronous: the recording proxy answers from this process while the command runs. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ ms: performance.now() - start, code: code ?? -1, stdout, stderr }),
    );
  });
}

/** Target `dev` renamed to `name`: its discriminator is bench-<name>; its namespace bench-<name>. */
const scope = (name: string) => [
  '-t',
  'dev',
  '-T',
  name,
  '-a',
  `env=${name}`,
  '--fixed-images-file',
  images,
];

async function shipshape(
  command: 'deploy' | 'diff',
  name: string,
  kubeconfig: string,
  extra: string[] = [],
): Promise<Run> {
  const args = [
    path.join(repo, 'dist/cli.js'),
    command,
    '--project-dir',
    project,
    ...scope(name),
    '--kubeconfig',
    kubeconfig,
    '-o',
    'json',
    ...(command === 'deploy' ? ['-y'] : []),
    ...extra,
  ];
  const r = await run(process.execPath, args, { PATH: process.env.PATH, HOME: home });
  if (r.code !== 0 && !(command === 'diff' && r.code === 3))
    throw new Error(`shipshape ${command} failed (${r.code}):\n${r.stderr.slice(-3000)}`);
  return r;
}

async function kluctl(command: 'deploy' | 'diff', name: string, kubeconfig: string): Promise<Run> {
  const args = [
    command,
    '--project-dir',
    project,
    ...scope(name),
    ...(command === 'deploy' ? ['-y', '--write-command-result=false'] : []),
  ];
  const r = await run(toolPath('kluctl'), args, { ...kluctlEnv(home), KUBECONFIG: kubeconfig });
  if (r.code !== 0)
    throw new Error(`kluctl ${command} failed (${r.code}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  return r;
}

function counts(requests: readonly RecordedRequest[]) {
  const n = (pred: (r: RecordedRequest) => boolean) => requests.filter(pred).length;
  const discovery = n(
    (r) =>
      r.method === 'GET' && r.query === '' && /^\/(api|apis)(\/[^/]+(\/[^/]+)?)?$/.test(r.path),
  );
  const lists = n((r) => r.method === 'GET' && r.query.includes('labelSelector'));
  return {
    total: requests.length,
    patch: n((r) => r.method === 'PATCH'),
    put: n((r) => r.method === 'PUT'),
    del: n((r) => r.method === 'DELETE'),
    writes: n((r) => r.method !== 'GET' && !r.query.includes('dryRun=All')),
    discovery,
    lists,
    otherGets: n((r) => r.method === 'GET') - discovery - lists,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const server = await startKube();
const proxy = await startProxy(server.kubeconfigPath);
try {
  const admin = await connectCluster({ kubeconfig: server.kubeconfigPath });
  const namespaces = [
    's0',
    'k0',
    ...Array.from({ length: RUNS }, (_, i) => [`s${i + 1}`, `k${i + 1}`]).flat(),
  ];
  for (const n of namespaces)
    await admin.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `bench-${n}` } });
  await admin.close();
  const objects = ITEMS * OBJECTS;
  console.log(
    `project: ${ITEMS} items × ${OBJECTS} objects = ${objects} objects; ${availableParallelism()} cores; kube-apiserver + etcd on this machine; ${toolVersion('kluctl').replace(/^kluctl version /, 'kluctl ')}`,
  );

  // Requests, through the proxy (s0 shipshape, k0 kluctl).
  const measure = async (label: string, fn: () => Promise<unknown>) => {
    const before = proxy.requests.length;
    await fn();
    const c = counts(proxy.requests.slice(before));
    console.log(
      `${label.padEnd(34)} ${String(c.total).padStart(5)} requests: ${c.patch} PATCH (${(c.patch / objects).toFixed(2)}/object), ${c.put} PUT, ${c.del} DELETE, ${c.otherGets} GET, ${c.lists} lists by label, ${c.discovery} discovery; ${c.writes} writes`,
    );
    return c;
  };
  console.log('\nAPI requests (through the recording proxy):');
  await measure('shipshape deploy, first', () => shipshape('deploy', 's0', proxy.kubeconfigPath));
  await measure('shipshape deploy, nothing changed', () =>
    shipshape('deploy', 's0', proxy.kubeconfigPath),
  );
  await measure('shipshape diff, nothing changed', () =>
    shipshape('diff', 's0', proxy.kubeconfigPath),
  );
  await measure('kluctl deploy, first', () => kluctl('deploy', 'k0', proxy.kubeconfigPath));
  await measure('kluctl deploy, nothing changed', () =>
    kluctl('deploy', 'k0', proxy.kubeconfigPath),
  );
  await measure('kluctl diff, nothing changed', () => kluctl('diff', 'k0', proxy.kubeconfigPath));

  // Wall time, straight to the server.
  const times: Record<string, number[]> = {};
  const time = async (label: string, fn: () => Promise<Run>) =>
    (times[label] ??= []).push((await fn()).ms);
  for (let i = 1; i <= RUNS; i++) {
    await time('shipshape deploy, first', () =>
      shipshape('deploy', `s${i}`, server.kubeconfigPath),
    );
    await time('kluctl deploy, first', () => kluctl('deploy', `k${i}`, server.kubeconfigPath));
    await time('shipshape deploy, nothing changed', () =>
      shipshape('deploy', `s${i}`, server.kubeconfigPath),
    );
    await time('kluctl deploy, nothing changed', () =>
      kluctl('deploy', `k${i}`, server.kubeconfigPath),
    );
    await time('shipshape diff, nothing changed', () =>
      shipshape('diff', `s${i}`, server.kubeconfigPath),
    );
    await time('kluctl diff, nothing changed', () =>
      kluctl('diff', `k${i}`, server.kubeconfigPath),
    );
  }
  // A change to every Deployment (the image) for the diffs.
  const pinned = readFileSync(images, 'utf8');
  writeFileSync(images, pinned.replace('app:1.0.0', 'app:1.1.0'));
  for (let i = 1; i <= RUNS; i++) {
    await time('shipshape diff, 200 changed', () =>
      shipshape('diff', `s${i}`, server.kubeconfigPath),
    );
    await time('kluctl diff, 200 changed', () => kluctl('diff', `k${i}`, server.kubeconfigPath));
  }
  writeFileSync(images, pinned);

  console.log(`\nwall time, median of ${RUNS} (each a new process, straight to the server):`);
  const pairs: [string, string][] = [
    ['shipshape deploy, first', 'kluctl deploy, first'],
    ['shipshape deploy, nothing changed', 'kluctl deploy, nothing changed'],
    ['shipshape diff, nothing changed', 'kluctl diff, nothing changed'],
    ['shipshape diff, 200 changed', 'kluctl diff, 200 changed'],
  ];
  for (const [ours, theirs] of pairs) {
    const a = median(times[ours]);
    const b = median(times[theirs]);
    console.log(
      `${ours.replace('shipshape ', '').padEnd(24)} shipshape ${s(a).padStart(8)}  kluctl ${s(b).padStart(8)}  ratio ${(a / b).toFixed(2)}×  (runs: ${times[ours].map(s).join(', ')} | ${times[theirs].map(s).join(', ')})`,
    );
  }
  console.log('target: deploy ≤ 0.7× kluctl');
} finally {
  await proxy.stop();
  await server.stop();
  if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
