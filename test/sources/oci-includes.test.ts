import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runCli } from '../support/cli.js';
import { configMap, writeProject } from '../support/project.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { RegistrySeeder } from '../support/registry/seed.js';
import { kluctlEnv, toolPath, toolUnavailable } from '../support/tools.js';

const missing = registryUnavailable();
if (missing) console.warn(`OCI include tests skipped: ${missing}`);
const kluctlMissing = toolUnavailable('kluctl');

const names = (stdout: string) =>
  parseAllDocuments(stdout)
    .map((d) => d.toJS() as { metadata: { name: string } })
    .filter(Boolean)
    .map((o) => o.metadata.name)
    .sort();

describe.skipIf(missing)('OCI includes', () => {
  let reg: RegistryInstance;
  let lib: string;
  beforeAll(async () => {
    reg = await startRegistry();
    lib = writeProject({
      'deployment.yaml': 'deployments:\n  - path: cm\n  - include: sub\n',
      'cm/cm.yaml': configMap('from-oci', { v: '{{ args.v }}' }),
      'sub/deployment.yaml': 'deployments:\n  - path: x\n',
      'sub/x/cm.yaml': configMap('from-oci-sub'),
      '.kluctl-library.yaml': 'args:\n  - name: v\n    default: dflt\n',
      'ignored.txt': 'x',
      '.gitignore': 'ignored.txt\n',
    });
  });
  afterAll(() => reg?.stop());

  it('shipshape oci push makes an artifact shipshape includes (tag, digest, subDir)', async () => {
    const push = await runCli([
      'oci',
      'push',
      '--project-dir',
      lib,
      '--url',
      `oci://${reg.host}/lib:v1`,
      '-o',
      'json',
    ]);
    expect(push.stderr).toBe('');
    expect(push.code).toBe(0);
    const { digest } = JSON.parse(push.stdout) as { digest: string };
    const dir = writeProject({
      'deployment.yaml': [
        'deployments:',
        `  - oci: {url: "oci://${reg.host}/lib", ref: {tag: v1}}`,
        '    args: {v: given}',
        `  - oci: {url: "oci://${reg.host}/lib", ref: {digest: "${digest}"}, subDir: sub}`,
        '',
      ].join('\n'),
    });
    const r = await runCli(['render', '--project-dir', dir, '--print-all']);
    expect(r.stderr).not.toContain('error');
    expect(names(r.stdout)).toEqual(['from-oci', 'from-oci-sub', 'from-oci-sub']);
    expect(r.stdout).toContain('v: given');
  });

  it.skipIf(kluctlMissing)(
    'kluctl includes what shipshape pushed, and shipshape what kluctl pushed',
    async () => {
      await runCli([
        'oci',
        'push',
        '--project-dir',
        lib,
        '--url',
        `oci://${reg.host}/by-shipshape:v1`,
      ]);
      const project = writeProject({
        'deployment.yaml': `deployments:\n  - oci: {url: "oci://${reg.host}/by-shipshape", ref: {tag: v1}}\n`,
      });
      const home = path.join(project, '.home');
      mkdirSync(home);
      const env = {
        ...kluctlEnv(home),
        KLUCTL_REGISTRY_HOST: reg.host,
        KLUCTL_REGISTRY_PLAIN_HTTP: 'true',
      };
      const out = execFileSync(
        toolPath('kluctl'),
        ['render', '--offline-kubernetes', '--print-all', '--project-dir', project],
        { env, encoding: 'utf8' },
      );
      expect(names(out)).toEqual(['from-oci', 'from-oci-sub']);
      const ship = await runCli(['render', '--project-dir', project, '--print-all']);
      expect(ship.stdout === out || names(ship.stdout).join() === names(out).join()).toBe(true);

      // kluctl oci push (needs a git repository with a remote; 2.22.1 panics without) → shipshape includes it
      const repo = writeProject({
        'deployment.yaml': 'deployments:\n  - path: a\n',
        'a/cm.yaml': configMap('pushed-by-kluctl'),
      });
      for (const args of [
        ['init', '-q'],
        ['remote', 'add', 'origin', 'https://example.com/repo.git'],
        ['add', '-A'],
        ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'x'],
      ])
        execFileSync('git', args, {
          cwd: repo,
          env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
        });
      execFileSync(
        toolPath('kluctl'),
        ['oci', 'push', '--project-dir', repo, '--url', `oci://${reg.host}/by-kluctl:v2`],
        { env, encoding: 'utf8' },
      );
      const inc = writeProject({
        'deployment.yaml': `deployments:\n  - oci: {url: "oci://${reg.host}/by-kluctl", ref: {tag: v2}}\n`,
      });
      const r = await runCli(['render', '--project-dir', inc, '--print-all']);
      expect(r.stderr).not.toContain('error');
      expect(names(r.stdout)).toEqual(['pushed-by-kluctl']);
    },
  );

  it('refuses an artifact of another format, a tag in the url, and a missing tag', async () => {
    await new RegistrySeeder({ url: reg.url }).push([{ repository: 'an-image', tag: 'v1' }]);
    const cases: [string, RegExp][] = [
      [`{url: "oci://${reg.host}/an-image", ref: {tag: v1}}`, /is not a kluctl project artifact/],
      [`{url: "oci://${reg.host}/lib:v1"}`, /must not contain a tag or digest/],
      [`{url: "oci://${reg.host}/lib", ref: {tag: nope}}`, /tag "nope" not found/],
      [`{url: "https://${reg.host}/lib"}`, /must start with oci:\/\//],
    ];
    for (const [spec, re] of cases) {
      const dir = writeProject({ 'deployment.yaml': `deployments:\n  - oci: ${spec}\n` });
      const r = await runCli(['render', '--project-dir', dir, '--print-all']);
      expect(r.code, spec).toBe(1);
      expect(r.stderr, spec).toMatch(re);
    }
  });
});
