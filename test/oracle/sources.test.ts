/**
 * Differential tests of what a project pulls in from elsewhere, against kluctl 2.22.1: git
 * includes (branch, tag, commit, subDir), library projects (args, defaults, passVars), OCI
 * includes (artifacts pushed by kluctl and by shipshape), git vars sources and the cluster
 * vars sources (clusterConfigMap / clusterSecret on the real kube-apiserver). These need
 * servers, so the projects are written here rather than under test/fixtures/oracle.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { connectCluster } from '../../src/cluster/index.js';
import { commitFiles, startGitHttpServer, type GitHttpServer } from '../support/git/http-server.js';
import { kubeUnavailable, startKube, type KubeServer, CONTEXTS } from '../support/kube/index.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { motoUnavailable, startMoto, type Moto } from '../support/moto.js';
import { kluctlEnv, toolPath } from '../support/tools.js';
import {
  expectSame,
  kluctlMissing,
  runKluctl,
  runShipshape,
  type CaseOutcome,
  type OracleCase,
} from './harness.js';

const cm = (name: string, data: Record<string, string>) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${Object.entries(data)
    .map(([k, v]) => `  ${k}: "${v}"`)
    .join('\n')}\n`;

let work: string;
let home: string;
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(work, 'p-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

async function both(
  id: string,
  dir: string,
  opts: {
    env?: Record<string, string>;
    kluctlFlags?: string[];
    shipFlags?: string[];
    fail?: boolean;
  } = {},
): Promise<CaseOutcome> {
  const env = { ...kluctlEnv(home), ...opts.env };
  const base = ['render', '--print-all', '--project-dir', dir];
  const [kluctl, shipshape] = await Promise.all([
    runKluctl([...base, ...(opts.kluctlFlags ?? ['--offline-kubernetes'])], dir, env),
    runShipshape([...base, ...(opts.shipFlags ?? ['--offline-kubernetes'])], dir, env),
  ]);
  const c: OracleCase = { name: id, fail: opts.fail };
  return {
    id: `sources/${id}`,
    project: { id: 'sources', description: id, source: dir, cases: [c] },
    case: c,
    command: 'render',
    argv: base,
    kluctl,
    shipshape,
  };
}

describe.skipIf(kluctlMissing)('kluctl oracle: git includes, library projects, git vars', () => {
  let git: GitHttpServer;
  let commit: string;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'shipshape-oracle-sources-'));
    home = path.join(work, 'home');
    mkdirSync(home);
    git = await startGitHttpServer();
    commit = commitFiles(git.root, 'base', {
      'deployment.yaml':
        'commonLabels: {from: base}\ndeployments:\n  - path: cm\n  - include: nested\n',
      'cm/cm.yaml': cm('base-cm', { who: '{{ who | default("nobody") }}' }),
      'nested/deployment.yaml': 'deployments:\n  - path: deep\n',
      'nested/deep/cm.yaml': cm('base-deep', {}),
    });
    commitFiles(
      git.root,
      'base',
      { 'deployment.yaml': 'deployments:\n  - path: cm\n', 'cm/cm.yaml': cm('base-tagged', {}) },
      { branch: 'v1-branch', tag: 'v1' },
    );
    commitFiles(git.root, 'lib', {
      'libs/web/.kluctl-library.yaml':
        'args:\n  - name: name\n  - name: replicas\n    default: 2\n  - name: extra\n    default: {a: 1}\n',
      'libs/web/deployment.yaml': 'deployments:\n  - path: res\n',
      'libs/web/res/cm.yaml': cm('lib-{{ args.name }}', {
        replicas: '{{ args.replicas }}',
        extra: '{{ args.extra.a }}',
        who: '{{ who | default("unset") }}',
      }),
    });
    commitFiles(git.root, 'vars', { 'v/vars.yaml': 'who: "from-git-{{ prefix }}"\n' });
  });
  afterAll(async () => {
    await git?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it(
    'git includes: default branch, tag, commit, subDir, vars and tags',
    { timeout: 300_000 },
    async () => {
      const dir = project({
        'deployment.yaml': [
          'vars:\n  - values: {who: parent, prefix: p}',
          'deployments:',
          `  - git: {url: "${git.url}/base.git"}`,
          '    tags: [t1]',
          `  - git: {url: "${git.url}/base.git", ref: {tag: v1}}`,
          `  - git: {url: "${git.url}/base.git", ref: {commit: "${commit}"}, subDir: nested}`,
          '',
        ].join('\n'),
      });
      expectSame(await both('git-includes', dir));
    },
  );

  it('library projects: args with defaults, passVars', { timeout: 300_000 }, async () => {
    const dir = project({
      'deployment.yaml': [
        'vars:\n  - values: {who: parent}',
        'deployments:',
        `  - git: {url: "${git.url}/lib.git", subDir: libs/web}`,
        '    args: {name: small}',
        `  - git: {url: "${git.url}/lib.git", subDir: libs/web}`,
        '    args: {name: big, replicas: 5, extra: {a: 9}}',
        '    passVars: true',
        '',
      ].join('\n'),
    });
    expectSame(await both('library', dir));
    const missing = project({
      'deployment.yaml': `deployments:\n  - git: {url: "${git.url}/lib.git", subDir: libs/web}\n`,
    });
    expectSame(await both('library-missing-arg', missing, { fail: true }));
  });

  it('git vars source', { timeout: 300_000 }, async () => {
    const dir = project({
      'deployment.yaml': `vars:\n  - values: {prefix: x}\n  - git: {url: "${git.url}/vars.git", path: v/vars.yaml}\ndeployments:\n  - path: a\n`,
      'a/cm.yaml': cm('out', { who: '{{ who }}' }),
    });
    expectSame(await both('git-vars', dir));
  });

  it('bad input fails in both: unknown ref, git include cycle', { timeout: 300_000 }, async () => {
    expectSame(
      await both(
        'unknown-ref',
        project({
          'deployment.yaml': `deployments:\n  - git: {url: "${git.url}/base.git", ref: {branch: nope}}\n`,
        }),
        { fail: true },
      ),
    );
  });
});

const registryMissing = registryUnavailable();
describe.skipIf(kluctlMissing || registryMissing)('kluctl oracle: OCI includes', () => {
  let reg: RegistryInstance;
  beforeAll(async () => {
    work ??= mkdtempSync(path.join(tmpdir(), 'shipshape-oracle-sources-'));
    home ??= path.join(work, 'home');
    mkdirSync(home, { recursive: true });
    reg = await startRegistry();
  });
  afterAll(() => reg?.stop());

  it(
    'an artifact pushed by kluctl and one pushed by shipshape, by tag and subDir',
    { timeout: 300_000 },
    async () => {
      const src = project({
        'deployment.yaml': 'deployments:\n  - path: a\n  - include: sub\n',
        'a/cm.yaml': cm('oci-a', { x: '{{ args.x | default("d") }}' }),
        'sub/deployment.yaml': 'deployments:\n  - path: b\n',
        'sub/b/cm.yaml': cm('oci-b', {}),
      });
      const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' };
      for (const a of [
        ['init', '-q'],
        ['remote', 'add', 'origin', 'https://example.com/x.git'],
        ['add', '-A'],
        ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'x'],
      ])
        execFileSync('git', a, { cwd: src, env: gitEnv });
      const env = { KLUCTL_REGISTRY_HOST: reg.host, KLUCTL_REGISTRY_PLAIN_HTTP: 'true' };
      execFileSync(
        toolPath('kluctl'),
        ['oci', 'push', '--project-dir', src, '--url', `oci://${reg.host}/by-kluctl:v1`],
        { env: { ...kluctlEnv(home), ...env } },
      );
      await runShipshape(
        ['oci', 'push', '--project-dir', src, '--url', `oci://${reg.host}/by-shipshape:v1`],
        src,
        { ...kluctlEnv(home), ...env },
      );
      const dir = project({
        'deployment.yaml': `deployments:\n  - oci: {url: "oci://${reg.host}/by-kluctl", ref: {tag: v1}}\n  - oci: {url: "oci://${reg.host}/by-shipshape", ref: {tag: v1}, subDir: sub}\n`,
      });
      expectSame(await both('oci-includes', dir, { env }));
    },
  );
});

const kubeMissing = kubeUnavailable();
describe.skipIf(kluctlMissing || kubeMissing)(
  'kluctl oracle: cluster vars sources (real kube-apiserver)',
  () => {
    let kube: KubeServer;
    beforeAll(async () => {
      work ??= mkdtempSync(path.join(tmpdir(), 'shipshape-oracle-sources-'));
      home ??= path.join(work, 'home');
      mkdirSync(home, { recursive: true });
      kube = await startKube();
      const c = await connectCluster({ kubeconfig: kube.kubeconfigPath });
      await c.apply({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'vars', namespace: 'default', labels: { l: 'v' } },
        data: { vars: 'a: from-cm\nb: "{{ 1 + 2 }}"\n', num: '42' },
      });
      await c.apply({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'sec', namespace: 'default' },
        stringData: { vars: 'pw: from-secret\n' },
      });
      await c.close();
    }, 180_000);
    afterAll(() => kube?.stop());

    it(
      'clusterConfigMap (by name, by labels, targetPath, ignoreMissing) and clusterSecret',
      { timeout: 300_000 },
      async () => {
        const dir = project({
          '.kluctl.yaml': `targets:\n  - name: t\n    context: ${CONTEXTS.admin}\n`,
          'deployment.yaml': [
            'vars:',
            '  - clusterConfigMap: {name: vars, namespace: default, key: vars}',
            '  - clusterConfigMap: {labels: {l: v}, namespace: default, key: num, targetPath: deep.num}',
            '  - clusterConfigMap: {name: gone, namespace: default, key: x}',
            '    ignoreMissing: true',
            '  - clusterSecret: {name: sec, namespace: default, key: vars}',
            'deployments:\n  - path: a\n',
          ].join('\n'),
          // with a namespace: an online kluctl render also fills in `default` (shipshape does
          // that when deploying), which is not what this case is about
          'a/cm.yaml': cm('out', {
            a: '{{ a }}',
            b: '{{ b }}',
            num: '{{ deep.num }}',
            pw: '{{ pw }}',
          }).replace('name: out', 'name: out\n  namespace: default'),
        });
        const env = { KUBECONFIG: kube.kubeconfigPath };
        const o = await both('cluster-vars', dir, {
          env,
          kluctlFlags: ['-t', 't'],
          shipFlags: ['-t', 't', '--kubeconfig', kube.kubeconfigPath],
        });
        expectSame(o);
      },
    );
  },
);

// kluctl's AWS SDK and shipshape's both honour AWS_ENDPOINT_URL_SECRETS_MANAGER, so both
// read the same secrets from moto. The SDK in shipshape reads the process environment.
const motoMissing = motoUnavailable();
describe.skipIf(kluctlMissing || motoMissing)('kluctl oracle: awsSecretsManager (moto)', () => {
  let moto: Moto;
  let env: Record<string, string>;
  const saved: NodeJS.ProcessEnv = {};
  beforeAll(async () => {
    work ??= mkdtempSync(path.join(tmpdir(), 'shipshape-oracle-sources-'));
    home ??= path.join(work, 'home');
    mkdirSync(home, { recursive: true });
    moto = await startMoto();
    const config = path.join(work, 'aws-config');
    writeFileSync(config, '');
    env = {
      AWS_ENDPOINT_URL_SECRETS_MANAGER: moto.url,
      AWS_ACCESS_KEY_ID: 'AKIDORACLE',
      AWS_SECRET_ACCESS_KEY: 'oracle-secret-key',
      AWS_CONFIG_FILE: config,
      AWS_SHARED_CREDENTIALS_FILE: config,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) saved[k] = process.env[k];
    for (const k of Object.keys(saved)) delete process.env[k];
    Object.assign(process.env, env);
    const sm = await import('@aws-sdk/client-secrets-manager');
    const client = new sm.SecretsManagerClient({ region: 'eu-central-1', endpoint: moto.url });
    for (const [Name, SecretString] of [
      ['app/vars', '{"who": "from-aws", "nested": {"n": 1}}'],
      ['app/yaml', 'who: from-yaml\nlist: [a, b]\n'],
    ])
      await client.send(new sm.CreateSecretCommand({ Name, SecretString }));
    client.destroy();
  }, 120_000);
  afterAll(async () => {
    for (const k of Object.keys(env ?? {})) delete process.env[k];
    Object.assign(process.env, saved);
    await moto?.stop();
  });

  // A top-level targetPath (a plain string secret into one variable) is newer kluctl than
  // the oracle: the kept divergence target-path (docs/kluctl-differences.md).
  it(
    'JSON and YAML secrets merged as vars, a missing one ignored',
    { timeout: 300_000 },
    async () => {
      const dir = project({
        'deployment.yaml': [
          'vars:',
          '  - awsSecretsManager: {secretName: app/yaml, region: eu-central-1}',
          '  - awsSecretsManager: {secretName: app/vars, region: eu-central-1}',
          '  - awsSecretsManager: {secretName: app/gone, region: eu-central-1}',
          '    ignoreMissing: true',
          'deployments:',
          '  - path: a',
          '',
        ].join('\n'),
        'a/cm.yaml': cm('aws', {
          who: '{{ who }}',
          n: '{{ nested.n }}',
          list: '{{ list | join(",") }}',
        }),
      });
      expectSame(await both('aws-secrets-manager', dir, { env }));
    },
  );

  it('a missing secret fails in both', { timeout: 300_000 }, async () => {
    const dir = project({
      'deployment.yaml':
        'vars:\n  - awsSecretsManager: {secretName: app/gone, region: eu-central-1}\ndeployments:\n  - path: a\n',
      'a/cm.yaml': cm('aws', {}),
    });
    expectSame(await both('aws-missing', dir, { env, fail: true }));
  });
});
