// Benchmark for issue 5: the PR comment for a diff of 2,000 changed objects.
// Measures comparing the objects (normalise, ignore rules, masking, field paths, YAML diff)
// and rendering the markdown: every detail level, and the pick of the first level that fits
// a GitHub comment (65,536 characters). Target: comment rendering <= 1 s.
// Run: npm exec -- tsx bench/diff-markdown.ts [objects] [runs]
import {
  MARKDOWN_LEVELS,
  diffObjects,
  renderMarkdown,
  renderMarkdownWithin,
  type DiffResult,
} from '../src/diff/index.js';
import type { K8sObject } from '../src/util/k8s.js';

const OBJECTS = Number(process.argv[2] ?? 2000);
const RUNS = Number(process.argv[3] ?? 5);
const COMMENT_LIMIT = 65_536;

/** A realistic Deployment (about 60 lines of YAML); `v` changes image, env and a label. */
function deployment(i: number, v: number): K8sObject {
  const name = `svc-${String(i).padStart(4, '0')}`;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: `team-${i % 20}`,
      labels: { app: name, 'app.kubernetes.io/version': `1.${v}.0`, 'kluctl.io/tag-0': 'services' },
      annotations: { 'kluctl.io/deployment-item-dir': `services/${name}` },
    },
    spec: {
      replicas: 2 + v,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'app',
              image: `registry.example.com/${name}:1.${v}.0`,
              ports: [{ containerPort: 8080, name: 'http' }],
              env: Array.from({ length: 8 }, (_, k) => ({
                name: `VAR_${k}`,
                value: `${k === 3 ? v : k}`,
              })),
              resources: {
                requests: { cpu: '100m', memory: '128Mi' },
                limits: { memory: '256Mi' },
              },
              readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5 },
            },
            {
              name: 'proxy',
              image: 'envoyproxy/envoy:v1.29.0',
              args: ['--config-path', '/etc/envoy/envoy.yaml'],
            },
          ],
        },
      },
    },
  };
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const base = Array.from({ length: OBJECTS }, (_, i) => deployment(i, 0));
const head = Array.from({ length: OBJECTS }, (_, i) => deployment(i, 1));
const rules = [{ kind: 'Deployment', fieldPath: ['spec.replicas'] }];

const compareMs: number[] = [];
let result!: DiffResult;
for (let r = 0; r < RUNS; r++) {
  const { ms, value } = time(() => diffObjects(base, head, rules));
  compareMs.push(ms);
  result = {
    base: { ref: 'main', commit: '0123456789abcdef' },
    hasChanges: true,
    targets: [{ target: 'prod', ...value }],
  };
}
if (result.targets[0].summary.changed !== OBJECTS)
  throw new Error('expected every object to change');

const levelMs: Record<string, number[]> = {};
const levelChars: Record<string, number> = {};
for (const level of MARKDOWN_LEVELS) {
  levelMs[level] = [];
  for (let r = 0; r < RUNS; r++) {
    const { ms, value } = time(() => renderMarkdown(result, level));
    levelMs[level].push(ms);
    levelChars[level] = value.length;
  }
}
const commentMs: number[] = [];
let picked = '';
for (let r = 0; r < RUNS; r++) {
  const { ms, value } = time(() => renderMarkdownWithin(result, COMMENT_LIMIT));
  commentMs.push(ms);
  picked = `${value.level} (${value.markdown.length} chars)`;
}

console.log(`diff of ${OBJECTS} changed Deployments, median of ${RUNS} runs`);
console.log(
  `  compare objects (normalise, ignore, paths, YAML diff): ${median(compareMs).toFixed(0)} ms`,
);
for (const level of MARKDOWN_LEVELS)
  console.log(
    `  markdown ${level.padEnd(8)} ${median(levelMs[level]).toFixed(1).padStart(7)} ms  ${levelChars[level]} chars`,
  );
console.log(
  `  comment (first level within ${COMMENT_LIMIT} chars): ${median(commentMs).toFixed(1)} ms → ${picked}`,
);
console.log(
  `  target: comment rendering <= 1000 ms: ${median(commentMs) <= 1000 ? 'met' : 'NOT met'}`,
);
