/**
 * The remote vars sources against real servers: http (a local server), clusterConfigMap /
 * clusterSecret (the real kube-apiserver), vault (a local server speaking Vault's KV v2 HTTP
 * API: HashiCorp ships no emulator through the package registries). The cloud secret stores
 * are in cloud-vars.test.ts.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { connectCluster } from '../../src/cluster/index.js';
import { runCli } from '../support/cli.js';
import { kubeUnavailable, startKube, type KubeServer } from '../support/kube/index.js';
import { configMap, writeProject } from '../support/project.js';

const data = (stdout: string, name: string) =>
  (
    parseAllDocuments(stdout)
      .map((d) => d.toJS())
      .find((o) => o?.metadata?.name === name) ?? {}
  ).data;

const project = (vars: string) =>
  writeProject({
    'deployment.yaml': `vars:\n${vars}\ndeployments:\n  - path: cm\n`,
    'cm/cm.yaml': configMap('out', {
      v: "{{ (value | default('unset')) | string }}",
      n: "{{ (nested | default({})).values() | list | join(',') }}",
    }),
  });

async function serve(
  handler: (req: IncomingMessage, body: string) => [number, string],
): Promise<{ url: string; server: Server; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push(req);
      const [status, text] = handler(req, body);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(text);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen };
}

describe('http vars source', () => {
  let http: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    http = await serve((req, body) => {
      if (req.url === '/vars')
        return [200, JSON.stringify({ value: 'from-http', method: req.method, body })];
      if (req.url === '/api')
        return [
          200,
          JSON.stringify([{ data: 'value: nested-yaml\n' }, { data: { value: 'as-object' } }]),
        ];
      if (req.url === '/list') return [200, '[1, 2]'];
      return [404, '{}'];
    });
  });
  afterAll(() => http.server.close());
  const allow = { SHIPSHAPE_HTTP_VARS_ALLOW: '127.0.0.1' };

  it('GETs or POSTs with headers and body, narrows with jsonPath, ignores a 404 when asked', async () => {
    const dir = project(
      `  - http: {url: "${http.url}/vars", method: POST, body: hello, headers: {X-Test: "yes"}}\n  - http: {url: "${http.url}/missing"}\n    ignoreMissing: true`,
    );
    const r = await runCli(['render', '--project-dir', dir, '--print-all'], { env: allow });
    expect(r.stderr).not.toContain('error');
    expect(data(r.stdout, 'out').v).toBe('from-http');
    const req = http.seen.find((s) => s.url === '/vars')!;
    expect(req.method).toBe('POST');
    expect(req.headers['x-test']).toBe('yes');
    expect(req.headers.authorization).toBeUndefined();
    const j = await runCli(
      [
        'render',
        '--project-dir',
        project(`  - http: {url: "${http.url}/api", jsonPath: "$[0].data"}`),
        '--print-all',
      ],
      { env: allow },
    );
    expect(data(j.stdout, 'out').v).toBe('nested-yaml');
    const o = await runCli(
      [
        'render',
        '--project-dir',
        project(`  - http: {url: "${http.url}/api", jsonPath: "$[1].data"}`),
        '--print-all',
      ],
      { env: allow },
    );
    expect(data(o.stdout, 'out').v).toBe('as-object');
  });

  it('bad input: internal addresses refused by default, non-object answers, errors with status', async () => {
    const blocked = await runCli([
      'render',
      '--project-dir',
      project(`  - http: {url: "${http.url}/vars"}`),
      '--print-all',
    ]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(
      /127\.0\.0\.1 is an internal address .* SHIPSHAPE_HTTP_VARS_ALLOW/s,
    );
    const meta = await runCli([
      'render',
      '--project-dir',
      project('  - http: {url: "http://169.254.169.254/latest/meta-data/"}'),
      '--print-all',
    ]);
    expect(meta.stderr).toMatch(/169\.254\.169\.254 is an internal address/);
    const list = await runCli(
      ['render', '--project-dir', project(`  - http: {url: "${http.url}/list"}`), '--print-all'],
      { env: allow },
    );
    expect(list.stderr).toMatch(/result of http request .*\/list is not an object/);
    const nf = await runCli(
      ['render', '--project-dir', project(`  - http: {url: "${http.url}/nope"}`), '--print-all'],
      { env: allow },
    );
    expect(nf.stderr).toMatch(/failed with status code 404/);
    const path = await runCli(
      [
        'render',
        '--project-dir',
        project(`  - http: {url: "${http.url}/api", jsonPath: "$[5].data"}`),
        '--print-all',
      ],
      { env: allow },
    );
    expect(path.stderr).toMatch(/\$\[5\]\.data not found in result/);
  });
});

describe('vault vars source (Vault KV v2 HTTP API)', () => {
  let vault: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    vault = await serve((req) => {
      if (req.headers['x-vault-token'] !== 'root-token-123')
        return [403, '{"errors":["permission denied"]}'];
      if (req.url === '/v1/secret/data/app')
        return [200, JSON.stringify({ data: { data: { value: 'from-vault', nested: { a: 1 } } } })];
      return [404, '{"errors":[]}'];
    });
  });
  afterAll(() => vault.server.close());

  it('reads a KV v2 secret with VAULT_TOKEN, only from the configured Vault', async () => {
    const env = { VAULT_TOKEN: 'root-token-123', VAULT_ADDR: vault.url };
    const ok = await runCli(
      [
        'render',
        '--project-dir',
        project(`  - vault: {address: "${vault.url}", path: secret/data/app}`),
        '--print-all',
      ],
      { env },
    );
    expect(ok.stderr).not.toContain('error');
    expect(data(ok.stdout, 'out')).toEqual({ v: 'from-vault', n: '1' });
    const missing = await runCli(
      [
        'render',
        '--project-dir',
        project(
          `  - vault: {address: "${vault.url}", path: secret/data/none}\n    ignoreMissing: true`,
        ),
        '--print-all',
      ],
      { env },
    );
    expect(missing.code).toBe(0);
    const other = await runCli(
      [
        'render',
        '--project-dir',
        project('  - vault: {address: "https://vault.attacker.example", path: secret/data/app}'),
        '--print-all',
      ],
      { env },
    );
    expect(other.stderr).toMatch(
      /asks vault\.attacker\.example, which is not the Vault this machine uses/,
    );
    expect(other.stderr).not.toContain('root-token-123');
  });
});

const kubeMissing = kubeUnavailable();
if (kubeMissing) console.warn(`cluster vars tests skipped: ${kubeMissing}`);

describe.skipIf(kubeMissing)(
  'clusterConfigMap / clusterSecret vars sources (real kube-apiserver)',
  () => {
    let kube: KubeServer;
    beforeAll(async () => {
      kube = await startKube();
      const c = await connectCluster({ kubeconfig: kube.kubeconfigPath });
      await c.apply({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'vars', namespace: 'default', labels: { role: 'vars' } },
        data: { vars: 'value: from-cm\nnested: {x: "{{ 1 + 1 }}"}\n', simple: '123' },
      });
      await c.apply({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'sec', namespace: 'default' },
        stringData: { vars: 'value: cluster-secret-value\n' },
      });
      await c.close();
    }, 120_000);
    afterAll(() => kube?.stop());

    it('reads a key by name or labels (rendered as a template), with targetPath, ignoreMissing; Secrets decoded', async () => {
      const args = (dir: string) => [
        'render',
        '--project-dir',
        dir,
        '--print-all',
        '--kubeconfig',
        kube.kubeconfigPath,
      ];
      const cm = await runCli(
        args(
          project('  - clusterConfigMap: {labels: {role: vars}, namespace: default, key: vars}'),
        ),
      );
      expect(cm.stderr).not.toContain('error');
      expect(data(cm.stdout, 'out')).toEqual({ v: 'from-cm', n: '2' });
      const tp = await runCli(
        args(
          project(
            '  - clusterConfigMap: {name: vars, namespace: default, key: simple, targetPath: value}\n  - clusterConfigMap: {name: gone, namespace: default, key: x}\n    ignoreMissing: true',
          ),
        ),
      );
      expect(data(tp.stdout, 'out').v).toBe('123');
      const sec = await runCli(
        args(project('  - clusterSecret: {name: sec, namespace: default, key: vars}')),
      );
      expect(data(sec.stdout, 'out').v).toBe('cluster-secret-value');
    });

    it('bad input: missing object or key, a non-dict value without targetPath, no cluster given', async () => {
      const args = (dir: string) => [
        'render',
        '--project-dir',
        dir,
        '--print-all',
        '--kubeconfig',
        kube.kubeconfigPath,
      ];
      const gone = await runCli(
        args(project('  - clusterConfigMap: {name: gone, namespace: default, key: x}')),
      );
      expect(gone.stderr).toMatch(/ConfigMap default\/gone not found on the cluster/);
      const key = await runCli(
        args(project('  - clusterConfigMap: {name: vars, namespace: default, key: nope}')),
      );
      expect(key.stderr).toMatch(/key nope not found in ConfigMap default\/vars on the cluster/);
      const simple = await runCli(
        args(project('  - clusterConfigMap: {name: vars, namespace: default, key: simple}')),
      );
      expect(simple.stderr).toMatch(/value is not a YAML dictionary/);
      const offline = await runCli([
        'render',
        '--project-dir',
        project('  - clusterSecret: {name: sec, namespace: default, key: vars}'),
        '--print-all',
      ]);
      expect(offline.stderr).toMatch(/needs a cluster, and render does not connect to one/);
    });
  },
);
