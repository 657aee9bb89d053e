/**
 * A bounded fuzz pass over whole projects (issue 9): random deployment.yaml trees, vars
 * sources, `-a` flags and manifests mixing `__proto__`, `constructor` and `prototype` keys,
 * `targetPath`s through them, symlinks to inside and outside the project, and YAML anchors
 * up to alias bombs. Every render must succeed or end in an error the user can read (a
 * UserError/UsageError), never in a JavaScript error or a crash; no built-in prototype may
 * change, and nothing from outside the project may appear in an output or a message.
 *
 * The cases are a pure function of the seed; the pass stops after TIME_BUDGET_MS. A failure
 * names the seed and the case: PROJECT_FUZZ_SEED=<seed> npx vitest run test/security/project-fuzz.test.ts
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { UsageError, UserError } from '../../src/util/errors.js';
import { expectPrototypesUnchanged, snapshotPrototypes } from '../templating/prototypes.js';
import { random, type Random } from './fuzz-random.js';

const SEED = Number(process.env.PROJECT_FUZZ_SEED ?? 0x9e3779b9);
const TIME_BUDGET_MS = 10_000;

const work = mkdtempSync(path.join(tmpdir(), 'shipshape-project-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const MARKER = 'outside-marker-c0ffee';
const outsideFile = path.join(work, 'outside.yaml');
writeFileSync(outsideFile, `secret: ${MARKER}\n`);

const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'polluted', 'a', 'images'];

function key(r: Random): string {
  return r.pick(KEYS);
}

function value(r: Random, depth = 0): string {
  if (depth > 2 || r.next() < 0.4) return r.pick(['1', 'x', 'true', '"{{ 1 + 1 }}"', 'null']);
  const n = r.int(3) + 1;
  const entries = Array.from(
    { length: n },
    () => `${JSON.stringify(key(r))}: ${value(r, depth + 1)}`,
  );
  return `{${entries.join(', ')}}`;
}

function dottedPath(r: Random): string {
  return Array.from({ length: r.int(3) + 1 }, () => key(r)).join('.');
}

function aliasDoc(r: Random): string {
  // From a harmless anchor to a 9^levels expansion.
  const levels = r.int(10);
  const lines = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: aliases',
    'data:',
    '  l0: &l0 "x"',
  ];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `  l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(',')}]`,
    );
  return lines.join('\n') + '\n';
}

interface Case {
  files: Record<string, string>;
  links: Record<string, string>;
  args: string[];
}

function makeCase(r: Random): Case {
  const vars: string[] = [];
  for (let i = r.int(4); i > 0; i--) {
    const kind = r.int(4);
    if (kind === 0) vars.push(`  - values: ${value(r)}`);
    else if (kind === 1)
      vars.push(`  - values: ${value(r)}\n    targetPath: ${JSON.stringify(dottedPath(r))}`);
    else if (kind === 2)
      vars.push(
        `  - systemEnvVars: {${JSON.stringify(key(r))}: {${JSON.stringify(key(r))}: "UNSET:x"}}`,
      );
    else
      vars.push(
        `  - file: ${r.pick(['vars.yaml', 'link.yaml', 'missing.yaml'])}\n    ignoreMissing: true`,
      );
  }
  const files: Record<string, string> = {
    'deployment.yaml': [
      ...(vars.length ? ['vars:', ...vars] : []),
      `commonLabels: {${JSON.stringify(key(r))}: "v"}`,
      'deployments:',
      `  - path: ${r.pick(['app', 'applink', 'app'])}`,
    ].join('\n'),
    'vars.yaml': `${JSON.stringify(key(r))}: ${value(r)}\n`,
    'app/cm.yaml':
      r.next() < 0.3
        ? aliasDoc(r)
        : `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  k: "{{ ${r.pick(['a', '__proto__', 'constructor', 'args'])} | default('d') }}"\n`,
  };
  const links: Record<string, string> = {};
  if (r.next() < 0.5) links['link.yaml'] = r.next() < 0.5 ? outsideFile : 'vars.yaml';
  if (r.next() < 0.3) links.applink = r.next() < 0.5 ? work : 'app';
  if (r.next() < 0.3) links['app/leak.yaml'] = outsideFile;
  const args = Array.from(
    { length: r.int(3) },
    () => `${dottedPath(r)}=${r.pick(['1', '{x: 2}', 'y'])}`,
  );
  return { files, links, args };
}

function write(dir: string, c: Case): void {
  for (const [rel, text] of Object.entries(c.files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  for (const [rel, target] of Object.entries(c.links)) symlinkSync(target, path.join(dir, rel));
}

describe('project fuzz', () => {
  it(`renders random hostile projects safely (seed ${SEED})`, async () => {
    const r = random(SEED);
    const before = snapshotPrototypes();
    const started = Date.now();
    let n = 0;
    for (; Date.now() - started < TIME_BUDGET_MS; n++) {
      const c = makeCase(r);
      const dir = path.join(work, `case-${n}`);
      write(dir, c);
      const where = `seed ${SEED}, case ${n}: ${JSON.stringify(c)}`;
      try {
        const result = await renderProject({ projectDir: dir, args: c.args, env: {} });
        expect(JSON.stringify(result.objects), where).not.toContain(MARKER);
      } catch (err) {
        if (!(err instanceof UserError || err instanceof UsageError))
          throw new Error(`${where}\n${(err as Error).stack}`);
        expect(err.message, where).not.toContain(MARKER);
      }
      expectPrototypesUnchanged(before, where);
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`project fuzz: ${n} cases in ${TIME_BUDGET_MS / 1000} s (seed ${SEED})`);
    expect(n).toBeGreaterThan(10);
  }, 60_000);
});
