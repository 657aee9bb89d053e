// Benchmark for issue 13: a project with 30 SOPS-encrypted files (20 manifests, 10 vars
// files), 5 git includes and 20 images resolved from the registry (get_image without a fixed
// image). shipshape renders it in-process (tsx; one Sources, so the counters are exact)
// against `kluctl render --offline-kubernetes --print-all` on the same project (kluctl 2.22
// has no registry lookups: it gets the 20 images as -F, the tags shipshape found).
// Reported: wall time (median of N, alternating), registry requests (target: one listing per
// distinct image), git fetches (target: one per distinct url+ref).
// Run: npm exec -- tsx bench/sources.ts [runs]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderProject } from '../src/render/index.js';
import { Sources } from '../src/sources/index.js';
import { commitFiles, startGitHttpServer } from '../test/support/git/http-server.js';
import { startRegistry } from '../test/support/registry/registry.js';
import { RegistrySeeder } from '../test/support/registry/seed.js';
import { kluctlEnv, toolPath } from '../test/support/tools.js';

const RUNS = Number(process.argv[2] ?? 5);
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-bench-sources-'));
const home = path.join(work, 'home');
mkdirSync(home);
const project = path.join(work, 'project');
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(project, rel)), { recursive: true });
  writeFileSync(path.join(project, rel), text);
};

const git = await startGitHttpServer();
const reg = await startRegistry();
const keyFile = path.join(work, 'age.txt');
execFileSync('age-keygen', ['-o', keyFile], { stdio: 'ignore' });
const recipient = /public key: (age1\w+)/.exec(readFileSync(keyFile, 'utf8'))![1];
const sops = (file: string, text: string) => {
  const plain = path.join(work, `plain-${path.basename(file)}`);
  writeFileSync(plain, text);
  return execFileSync(
    toolPath('sops'),
    [
      '-e',
      '--age',
      recipient,
      '--encrypted-regex',
      '^(data|stringData|secret.*)$',
      '--input-type',
      'yaml',
      '--output-type',
      'yaml',
      plain,
    ],
    { encoding: 'utf8' },
  );
};

// 20 images with 50 tags each
const seeder = new RegistrySeeder({ url: reg.url });
const images: string[] = [];
for (let i = 0; i < 20; i++) {
  const repo = `bench/img-${i}`;
  await seeder.pushTags(
    repo,
    Array.from({ length: 50 }, (_, t) => `1.${t}.${i}`),
  );
  images.push(`${reg.host}/${repo}`);
}

// 5 git includes (one repository each, one component per repository)
for (let g = 0; g < 5; g++)
  commitFiles(git.root, `inc-${g}`, {
    'deployment.yaml': 'deployments:\n  - path: cm\n',
    'cm/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: inc-${g}\ndata:\n  v: "{{ secret_0 }}"\n`,
  });

const deployments = ['vars:'];
for (let v = 0; v < 10; v++) {
  write(`vars/v${v}.yaml`, sops(`v${v}.yaml`, `secret_${v}: value-${v}\nplain_${v}: p${v}\n`));
  deployments.push(`  - file: vars/v${v}.yaml`);
}
deployments.push('deployments:');
for (let s = 0; s < 20; s++) {
  write(
    `items/s${s}/secret.yaml`,
    sops(
      `s${s}.yaml`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s${s}\nstringData:\n  password: pw-${s}\n`,
    ),
  );
  write(
    `items/s${s}/deploy.yaml`,
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${s}\nspec:\n  selector: {matchLabels: {a: d${s}}}\n  template:\n    metadata: {labels: {a: d${s}}}\n    spec:\n      containers:\n        - name: c\n          image: "{{ images.get_image('${images[s]}') }}"\n`,
  );
  deployments.push(`  - path: items/s${s}`);
}
for (let g = 0; g < 5; g++) deployments.push(`  - git: {url: "${git.url}/inc-${g}.git"}`);
write('deployment.yaml', `${deployments.join('\n')}\n`);

const env = { ...process.env, SOPS_AGE_KEY_FILE: keyFile };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ship: number[] = [];
const kl: number[] = [];
let stats = { gitFetches: 0, ociPulls: 0, registryRequests: 0 };
let fixed: string[] = [];
for (let r = 0; r < RUNS; r++) {
  git.fetches.clear();
  const sources = new Sources({ env, cwd: project });
  let t = performance.now();
  const result = await renderProject({ projectDir: project, env, sources });
  ship.push(performance.now() - t);
  stats = sources.stats();
  await sources.close();
  // a file, not -F: kluctl's -F cannot take a registry with a port
  const fixedFile = path.join(work, 'fixed.yaml');
  writeFileSync(
    fixedFile,
    JSON.stringify({
      images: result.images.map((i) => ({ image: i.image, resultImage: i.resultImage })),
    }),
  );
  fixed = ['--fixed-images-file', fixedFile];
  const kenv = { ...kluctlEnv(home), SOPS_AGE_KEY_FILE: keyFile };
  t = performance.now();
  // async: the git and registry servers run in this process and must keep answering
  const k = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(
      toolPath('kluctl'),
      ['render', '--offline-kubernetes', '--print-all', '--project-dir', project, ...fixed],
      { env: kenv, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
  kl.push(performance.now() - t);
  if (k.code !== 0)
    throw new Error(
      `kluctl failed: ${k.stderr
        .split('\n')
        .filter((l) => l.trim())
        .slice(-6)
        .join('\n')}`,
    );
}
const s = median(ship);
const k = median(kl);
console.log(
  `project: 30 SOPS files (20 manifests, 10 vars files), 5 git includes, 20 dynamic images (50 tags each)`,
);
console.log(
  `shipshape render: ${s.toFixed(0)} ms (median of ${RUNS}); kluctl render: ${k.toFixed(0)} ms -> ${(s / k).toFixed(2)}x (target <= 0.5x)`,
);
console.log(
  `registry requests: ${stats.registryRequests} for 20 distinct images (1 /v2/ probe + 1 tag listing per image)`,
);
console.log(
  `git fetches: ${[...git.fetches.values()].reduce((a, b) => a + b, 0)} for 5 distinct url+ref (Sources counted ${stats.gitFetches})`,
);
await git.stop();
await reg.stop();
rmSync(work, { recursive: true, force: true });
