/**
 * The persistent layer of the render cache (src/render/cache/disk.ts, scope.ts; issue 15):
 * only a directory this version made is used, damaged entries are ignored with a warning and
 * rewritten, runs sharing the directory (also in parallel, also as separate processes) see
 * complete entries, entries unused for a week go, nothing secret is ever written, and a pull
 * request can never put an entry where a run of the default branch reads.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { DEFAULT_BRANCH_SCOPE, cacheScopes } from '../../src/render/cache/scope.js';
import type { RenderOptions } from '../../src/render/index.js';
import type { K8sObject } from '../../src/util/k8s.js';
import { configMap, writeProject } from '../support/project.js';
import {
  filesIn,
  localEnv,
  renderCounting,
  scratchDirs,
  type CachedRun,
} from '../support/cached-render.js';
import { toolPath, toolUnavailable } from '../support/tools.js';

const REPO = path.resolve(import.meta.dirname, '../..');

const tmp = scratchDirs();
const newCacheDir = () => path.join(tmp('dir'), 'cache');

/** A run outside GitHub Actions: one cache scope, `local`. */
const ENV = localEnv();

const render = (opts: RenderOptions) => renderCounting(ENV, opts);

const entries = (cacheDir: string, scope: string, kind: 'items' | 'manifests') =>
  filesIn(cacheDir)
    .filter((f) => f.startsWith(`${scope}/${kind}/`))
    .map((f) => path.join(cacheDir, f));

const THREE = {
  'deployment.yaml': 'deployments:\n  - path: a\n  - path: b\n  - path: c\n',
  'a/cm.yaml': configMap('a', { v: '{{ 1 }}' }),
  'b/cm.yaml': configMap('b', { v: '{{ 2 }}' }),
  'c/cm.yaml': configMap('c', { v: '{{ 3 }}' }),
};

/** A project of three items, the objects an uncached render gives, and a new cache directory. */
async function setup() {
  const projectDir = writeProject(THREE);
  const reference = await render({ projectDir });
  expect(reference.objects.map((o) => o.metadata?.name)).toEqual(['a', 'b', 'c']);
  return { projectDir, reference: reference.objects, cacheDir: newCacheDir() };
}

describe('a directory the cache did not make', () => {
  it.each([
    ['files of something else', { 'notes.txt': 'mine' }, /is not a shipshape cache/],
    [
      'the marker of another version',
      { 'shipshape-cache.json': '{"format":"shipshape-render-cache","version":2}\n' },
      /was written by another version of shipshape/,
    ],
    [
      'a marker that is not JSON',
      { 'shipshape-cache.json': '{"format":' },
      /was written by another version of shipshape/,
    ],
  ])('holding %s is not used: a warning, nothing written into it', async (_, files, warning) => {
    const { projectDir, reference, cacheDir } = await setup();
    mkdirSync(cacheDir);
    for (const [f, text] of Object.entries(files)) writeFileSync(path.join(cacheDir, f), text);
    for (let i = 0; i < 2; i++) {
      const run = await render({ projectDir, cacheDir });
      expect(run.objects).toEqual(reference);
      expect(run.reused).toBe(0);
      expect(run.warnings).toHaveLength(1);
      expect(run.warnings[0]).toMatch(warning);
      expect(run.warnings[0]).toContain(cacheDir);
    }
    expect(filesIn(cacheDir)).toEqual(Object.keys(files));
    for (const [f, text] of Object.entries(files))
      expect(readFileSync(path.join(cacheDir, f), 'utf8')).toBe(text);
  });

  it('is used when it holds only the temporary marker of a run making it', async () => {
    // what a run sees while another run makes the directory, or after one was stopped then
    const { projectDir, reference, cacheDir } = await setup();
    mkdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, '.shipshape-cache.json.4242.0a1b2c3d'), '{"format":');
    const first = await render({ projectDir, cacheDir });
    expect(first.warnings).toEqual([]);
    const second = await render({ projectDir, cacheDir });
    expect([second.reused, second.warnings]).toEqual([3, []]);
    expect(second.objects).toEqual(reference);
  });

  it('that is a file is not used, with a warning', async () => {
    const { projectDir, reference, cacheDir } = await setup();
    mkdirSync(path.dirname(cacheDir), { recursive: true });
    writeFileSync(cacheDir, 'a file');
    const run = await render({ projectDir, cacheDir });
    expect(run.objects).toEqual(reference);
    expect(run.warnings).toEqual([expect.stringMatching(/cannot be read .*: not used/)]);
    expect(readFileSync(cacheDir, 'utf8')).toBe('a file');
  });
});

describe('damaged entries', () => {
  const DAMAGED =
    /^warning: cache: (\d+) file\(s\) in .* did not hold what their name says .*and were not used; they are rewritten when rendered again/;

  it('an item file truncated, with a flipped byte or under another key is ignored and rewritten', async () => {
    const { projectDir, reference, cacheDir } = await setup();
    await render({ projectDir, cacheDir });
    const items = entries(cacheDir, 'local', 'items');
    expect(items).toHaveLength(3);
    const [truncated, flipped, swapped] = items;
    const original = readFileSync(truncated);
    writeFileSync(truncated, original.subarray(0, original.length >> 1));
    const bytes = readFileSync(flipped);
    bytes[bytes.length - 1] ^= 0x01;
    writeFileSync(flipped, bytes);
    // a whole, checksummed entry, but of another key
    writeFileSync(swapped, original);

    const run = await render({ projectDir, cacheDir });
    expect(run.objects).toEqual(reference);
    expect(run.reused).toBe(0);
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(DAMAGED);
    expect(DAMAGED.exec(run.warnings[0])![1]).toBe('3');
    // rewritten: the next run takes them all, silently
    const next = await render({ projectDir, cacheDir });
    expect([next.reused, next.warnings]).toEqual([3, []]);
    expect(next.objects).toEqual(reference);
  });

  it('an item file whose checksum holds but whose payload is not a build is ignored', async () => {
    const { projectDir, reference, cacheDir } = await setup();
    await render({ projectDir, cacheDir });
    const [file] = entries(cacheDir, 'local', 'items');
    const key = path.basename(file);
    for (const payload of [Buffer.from('not v8 at all'), serialize({ objects: 'nope' })]) {
      const head = JSON.stringify({
        format: 'shipshape-item/1',
        key,
        bytes: payload.length,
        sha256: createHash('sha256').update(payload).digest('hex'),
      });
      writeFileSync(file, Buffer.concat([Buffer.from(`${head}\n`), payload]));
      const run = await render({ projectDir, cacheDir });
      expect(run.objects).toEqual(reference);
      expect(run.reused).toBe(2);
      expect(run.warnings).toEqual([expect.stringMatching(DAMAGED)]);
    }
    const next = await render({ projectDir, cacheDir });
    expect([next.reused, next.warnings]).toEqual([3, []]);
  });

  it('a manifest that is not JSON, or names another input key, is ignored and rewritten', async () => {
    const { projectDir, reference, cacheDir } = await setup();
    await render({ projectDir, cacheDir });
    const manifests = entries(cacheDir, 'local', 'manifests');
    expect(manifests).toHaveLength(3);
    writeFileSync(manifests[0], '{"format":"shipshape-manifest/1","inp');
    writeFileSync(manifests[1], readFileSync(manifests[2]));
    const run = await render({ projectDir, cacheDir });
    expect(run.objects).toEqual(reference);
    expect(run.reused).toBe(1);
    expect(run.warnings).toHaveLength(1);
    expect(DAMAGED.exec(run.warnings[0])?.[1]).toBe('2');
    const next = await render({ projectDir, cacheDir });
    expect([next.reused, next.warnings]).toEqual([3, []]);
    expect(next.objects).toEqual(reference);
  });
});

describe('runs sharing one directory', () => {
  it('two renders at once both succeed, and a third reads complete entries', async () => {
    const { projectDir, reference, cacheDir } = await setup();
    const both = await Promise.all([
      render({ projectDir, cacheDir }),
      render({ projectDir, cacheDir }),
    ]);
    for (const run of both) {
      expect(run.objects).toEqual(reference);
      expect(run.warnings).toEqual([]);
    }
    const third = await render({ projectDir, cacheDir });
    expect([third.reused, third.warnings]).toEqual([3, []]);
    expect(third.objects).toEqual(reference);
    expect(filesIn(path.join(cacheDir, 'local', '.tmp'))).toEqual([]);
  });

  it('two CLI processes at once both succeed, and a third reads complete entries', async () => {
    const projectDir = writeProject({
      'deployment.yaml': `deployments:\n${[...'abcdefgh'].map((n) => `  - path: ${n}\n`).join('')}`,
      ...Object.fromEntries(
        [...'abcdefgh'].map((n) => [`${n}/cm.yaml`, configMap(n, { v: `{{ '${n}' * 3 }}` })]),
      ),
    });
    const cacheDir = newCacheDir();
    const runner = path.join(tmp('runner'), 'runner.mjs');
    writeFileSync(
      runner,
      'const { main } = await import(process.argv[2]);\nprocess.exitCode = await main(process.argv.slice(3));\n',
    );
    const cli = () =>
      promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          runner,
          path.join(REPO, 'src/cli/main.ts'),
          'render',
          '--project-dir',
          projectDir,
          '--print-all',
          '--cache-dir',
          cacheDir,
        ],
        { cwd: REPO, env: ENV as NodeJS.ProcessEnv, maxBuffer: 16 * 1024 * 1024 },
      );
    const [one, two] = await Promise.all([cli(), cli()]);
    const objects = (stdout: string) => parseAllDocuments(stdout).map((d) => d.toJS() as K8sObject);
    expect(objects(one.stdout).map((o) => o.data)).toEqual(
      [...'abcdefgh'].map((n) => ({ v: n.repeat(3) })),
    );
    expect(objects(two.stdout)).toEqual(objects(one.stdout));
    for (const { stderr } of [one, two]) expect(stderr).not.toMatch(/warning|error/);
    const third = await cli();
    expect(third.stderr).toContain('(8 of 8 item(s) from the cache)');
    expect(third.stderr).not.toMatch(/warning|error/);
    expect(objects(third.stdout)).toEqual(objects(one.stdout));
  });
});

describe('entries no run used for a week', () => {
  it('are removed when a run closes; the entries it used are kept and marked used', async () => {
    const projectDir = writeProject(THREE);
    const cacheDir = newCacheDir();
    const files = () => new Set(filesIn(cacheDir).filter((f) => f.startsWith('local/')));
    const added = (before: Set<string>) => [...files()].filter((f) => !before.has(f));
    const setB = (v: string) =>
      writeFileSync(path.join(projectDir, 'b/cm.yaml'), configMap('b', { v }));

    await render({ projectDir, cacheDir });
    const first = files();
    setB('{{ 20 }}');
    await render({ projectDir, cacheDir });
    const b2 = added(first);
    setB('{{ 200 }}');
    const before3 = files();
    await render({ projectDir, cacheDir });
    const b3 = added(before3);
    expect([b2.length, b3.length]).toEqual([2, 2]);
    const day = 24 * 3600;
    const now = Date.now() / 1000;
    for (const f of files()) utimesSync(path.join(cacheDir, f), now - 8 * day, now - 8 * day);
    // b's second version: unused, but not for a week yet
    for (const f of b2) utimesSync(path.join(cacheDir, f), now - 6 * day, now - 6 * day);
    // a temporary file a stopped run left behind
    const leftover = path.join(cacheDir, 'local', '.tmp', '999-0123456789abcdef');
    writeFileSync(leftover, 'half');
    utimesSync(leftover, now - 8 * day, now - 8 * day);
    // the scope of a pull request closed long ago: no run of its own will clean it
    const orphan = path.join(cacheDir, 'run-0123456789abcdef', 'items', 'ab', 'ab12');
    const recent = path.join(cacheDir, 'run-fedcba9876543210', 'items', 'cd', 'cd34');
    for (const f of [orphan, recent]) {
      mkdirSync(path.dirname(f), { recursive: true });
      writeFileSync(f, 'x');
    }
    utimesSync(orphan, now - 8 * day, now - 8 * day);

    const run = await render({ projectDir, cacheDir });
    expect(run.reused).toBe(3);
    const after = files();
    const b1 = [...first].filter((f) => !after.has(f));
    // b's first version (a manifest and an item) is gone, and so is the leftover
    expect(b1).toHaveLength(2);
    expect(b1.some((f) => f.startsWith('local/items/'))).toBe(true);
    expect(after.has(path.relative(cacheDir, leftover))).toBe(false);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    for (const f of b2) expect(after.has(f)).toBe(true);
    // what the run used is kept, with a new date
    const used = [...after].filter((f) => !b2.includes(f));
    expect(used).toHaveLength(6);
    for (const f of used)
      expect(statSync(path.join(cacheDir, f)).mtimeMs).toBeGreaterThan(Date.now() - 3600_000);
  });
});

const noSops = toolUnavailable('sops') ?? toolUnavailable('age');
if (noSops) console.warn(`render cache SOPS test skipped: ${noSops}`);

describe.skipIf(noSops)('what comes from a secret', () => {
  it('is never written to the cache directory, and rendered again by the next run', async () => {
    const keys = tmp('age');
    const keyFile = path.join(keys, 'key.txt');
    execFileSync('age-keygen', ['-o', keyFile], { stdio: 'ignore' });
    const recipient = /public key: (age1\w+)/.exec(readFileSync(keyFile, 'utf8'))![1];
    const sops = (name: string, text: string, flags: string[] = []) => {
      writeFileSync(path.join(keys, name), text);
      return execFileSync(toolPath('sops'), ['-e', '--age', recipient, ...flags, name], {
        cwd: keys,
        encoding: 'utf8',
      });
    };
    const SECRETS = {
      stringData: 'string-data-value-5f2c',
      data: 'data-value-81ad',
      sopsManifest: 'sops-manifest-value-77e1',
      sopsVars: 'sops-vars-value-3b9d',
      sensitiveVars: 'sensitive-vars-value-c04e',
    };
    const projectDir = writeProject({
      'deployment.yaml': [
        'deployments:',
        '  - path: plain',
        '  - path: secret',
        '  - path: sops',
        '  - path: sops-vars',
        '    vars:',
        '      - file: sops-vars.yaml',
        '  - path: sensitive',
        '    vars:',
        '      - file: sensitive-vars.yaml',
        '        sensitive: true',
        '',
      ].join('\n'),
      'plain/cm.yaml': configMap('plain', { v: '{{ 1 + 1 }}' }),
      'secret/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: secret\nstringData:\n  s: ${SECRETS.stringData}\ndata:\n  d: ${Buffer.from(SECRETS.data).toString('base64')}\n`,
      'sops/cm.yaml': sops('cm.yaml', configMap('sops', { v: SECRETS.sopsManifest }), [
        '--encrypted-regex',
        '^data$',
      ]),
      'sops-vars.yaml': sops('vars.yaml', `password: ${SECRETS.sopsVars}\n`),
      'sops-vars/cm.yaml': configMap('sops-vars', { v: '{{ password }}' }),
      'sensitive-vars.yaml': `token: ${SECRETS.sensitiveVars}\n`,
      'sensitive/cm.yaml': configMap('sensitive', { v: '{{ token }}' }),
    });
    const env = { ...ENV, SOPS_AGE_KEY_FILE: keyFile };
    const cacheDir = newCacheDir();
    const data = (run: CachedRun) =>
      Object.fromEntries(run.objects.map((o) => [o.metadata?.name, o.data ?? o.stringData]));

    const first = await render({ projectDir, cacheDir, env });
    expect(data(first)).toEqual({
      plain: { v: '2' },
      secret: { d: Buffer.from(SECRETS.data).toString('base64') },
      sops: { v: SECRETS.sopsManifest },
      'sops-vars': { v: SECRETS.sopsVars },
      sensitive: { v: SECRETS.sensitiveVars },
    });
    expect((first.objects[1] as { stringData?: unknown }).stringData).toEqual({
      s: SECRETS.stringData,
    });
    const everything = Buffer.concat(
      filesIn(cacheDir).map((f) => readFileSync(path.join(cacheDir, f))),
    );
    for (const value of Object.values(SECRETS))
      for (const encoded of [
        Buffer.from(value),
        Buffer.from(value, 'utf16le'),
        Buffer.from(Buffer.from(value).toString('base64')),
      ])
        expect(everything.includes(encoded), `${value} in the cache directory`).toBe(false);
    // only the plain item is there (a manifest and an item)
    expect(entries(cacheDir, 'local', 'items')).toHaveLength(1);
    expect(entries(cacheDir, 'local', 'manifests')).toHaveLength(1);

    const second = await render({ projectDir, cacheDir, env });
    expect([second.reused, second.items]).toEqual([1, 5]);
    expect(second.objects).toEqual(first.objects);
  });
});

describe('scopes on GitHub Actions', () => {
  const github = (event: string, ref: string, payload: object) => {
    const file = path.join(tmp('event'), 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    return {
      ...ENV,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_EVENT_NAME: event,
      GITHUB_REF: ref,
      GITHUB_EVENT_PATH: file,
    };
  };
  const repository = { default_branch: 'main', full_name: 'owner/repo' };
  const pr = (n: number) =>
    github('pull_request', `refs/pull/${n}/merge`, { pull_request: { number: n }, repository });
  const pushTo = (branch: string) => github('push', `refs/heads/${branch}`, { repository });
  const scopesIn = (cacheDir: string) =>
    readdirSync(cacheDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  const snapshot = (dir: string) =>
    filesIn(dir).map((f) => `${f}@${statSync(path.join(dir, f)).mtimeMs}`);

  it('a pull request never writes where the default branch reads; it reads what the default branch wrote', async () => {
    const { projectDir, reference, cacheDir } = await setup();
    const run = async (env: Record<string, string | undefined>) => {
      const r = await render({ projectDir, cacheDir, env });
      expect(r.objects).toEqual(reference);
      expect(r.warnings).toEqual([]);
      return r.reused;
    };

    expect(await run(pr(7))).toBe(0);
    const prScopes = scopesIn(cacheDir);
    expect(prScopes).toEqual([expect.stringMatching(/^run-[0-9a-f]{16}$/)]);
    expect(await run(pr(7))).toBe(3);

    // the default branch renders everything itself, and writes its own scope
    expect(await run(pushTo('main'))).toBe(0);
    expect(scopesIn(cacheDir)).toEqual([DEFAULT_BRANCH_SCOPE, ...prScopes]);
    expect(await run(pushTo('main'))).toBe(3);
    expect(await run(github('schedule', 'refs/heads/main', { repository }))).toBe(3);

    // another pull request reads the default branch's entries, and writes nothing there
    const defaultBranch = path.join(cacheDir, DEFAULT_BRANCH_SCOPE);
    const written = snapshot(defaultBranch);
    expect(await run(pr(8))).toBe(3);
    expect(snapshot(defaultBranch)).toEqual(written);
  });

  it('neither does a push to another branch, nor an untrusted event on the default branch', async () => {
    const { projectDir, cacheDir } = await setup();
    const run = async (env: Record<string, string | undefined>) =>
      (await render({ projectDir, cacheDir, env })).reused;
    expect(await run(pushTo('main'))).toBe(0);
    const defaultBranch = path.join(cacheDir, DEFAULT_BRANCH_SCOPE);
    const written = snapshot(defaultBranch);

    writeFileSync(path.join(projectDir, 'b/cm.yaml'), configMap('b', { v: 'changed' }));
    expect(await run(pushTo('feature'))).toBe(2);
    // pull_request_target runs on the default branch's ref
    expect(
      await run(
        github('pull_request_target', 'refs/heads/main', {
          pull_request: { number: 9 },
          repository,
        }),
      ),
    ).toBe(2);
    expect(snapshot(defaultBranch)).toEqual(written);
    expect(scopesIn(cacheDir)).toHaveLength(3);
    // so the default branch renders b itself
    expect(await run(pushTo('main'))).toBe(2);
  });

  it.each<[string, Record<string, string | undefined>, { write: string; read: string[] }]>([
    ['outside GitHub Actions', {}, { write: 'local', read: ['local'] }],
    [
      'a push to the default branch',
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' },
      { write: DEFAULT_BRANCH_SCOPE, read: [DEFAULT_BRANCH_SCOPE] },
    ],
    [
      'workflow_dispatch on the default branch',
      { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main' },
      { write: DEFAULT_BRANCH_SCOPE, read: [DEFAULT_BRANCH_SCOPE] },
    ],
    [
      'a push to a tag',
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/main' },
      { write: 'own', read: ['own', DEFAULT_BRANCH_SCOPE] },
    ],
    [
      'a pull request',
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/1/merge' },
      { write: 'own', read: ['own', DEFAULT_BRANCH_SCOPE] },
    ],
    [
      'pull_request_target (the default branch ref)',
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main' },
      { write: 'own', read: ['own', DEFAULT_BRANCH_SCOPE] },
    ],
    [
      'workflow_run on the default branch',
      { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REF: 'refs/heads/main' },
      { write: 'own', read: ['own', DEFAULT_BRANCH_SCOPE] },
    ],
  ])('%s', (_, vars, expected) => {
    const file = path.join(tmp('event'), 'event.json');
    writeFileSync(file, JSON.stringify({ repository, pull_request: { number: 1 } }));
    const env = Object.keys(vars).length
      ? { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: file, ...vars }
      : {};
    const scopes = cacheScopes(env);
    const own = (s: string) => (/^run-[0-9a-f]{16}$/.test(s) ? 'own' : s);
    expect({ write: own(scopes.write), read: scopes.read.map(own) }).toEqual(expected);
  });

  it('a push is trusted only on the branch its event names as the default', () => {
    const file = path.join(tmp('event'), 'event.json');
    writeFileSync(file, JSON.stringify({ repository: { default_branch: 'develop' } }));
    const env = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file };
    expect(cacheScopes({ ...env, GITHUB_REF: 'refs/heads/main' }).write).not.toBe(
      DEFAULT_BRANCH_SCOPE,
    );
    expect(cacheScopes({ ...env, GITHUB_REF: 'refs/heads/develop' }).write).toBe(
      DEFAULT_BRANCH_SCOPE,
    );
    expect(
      cacheScopes({ ...env, GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: '/nonexistent' })
        .write,
    ).not.toBe(DEFAULT_BRANCH_SCOPE);
  });
});
