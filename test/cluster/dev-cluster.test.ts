/**
 * `npm run dev:cluster` (test/support/kube/main.ts): prints the path of a kubeconfig kubectl
 * can use right away; Ctrl-C stops the server and removes its files; and if the command itself
 * is killed, the server does not live on.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localServerUnavailable } from './target.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cache = mkdtempSync(join(tmpdir(), 'kubectl-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

function kubectl(kubeconfig: string, args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.KUBECTL ?? 'kubectl', args, {
      env: { ...process.env, KUBECONFIG: kubeconfig, KUBECACHEDIR: cache },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
  });
}

/** Starts dev:cluster as npm runs it (tsx), resolving with the kubeconfig path it prints. */
async function devCluster(): Promise<{
  server: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
  kubeconfig: string;
}> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'test/support/kube/main.ts'], {
    cwd: root,
  });
  const exited = new Promise<number | null>((resolve) =>
    server.on('exit', (code) => resolve(code)),
  );
  let stderr = '';
  server.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const kubeconfig = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0].trim());
    });
    server.on('exit', () => reject(new Error(`dev:cluster exited early:\n${stderr}`)));
  });
  return { server, exited, kubeconfig };
}

/** Whether something accepts connections on the port of the kubeconfig's server. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const serverOf = (kubeconfig: string): string =>
  (parse(readFileSync(kubeconfig, 'utf8')) as { clusters: { cluster: { server: string } }[] })
    .clusters[0].cluster.server;

describe.skipIf(localServerUnavailable())('npm run dev:cluster', () => {
  it('prints a kubeconfig that kubectl can use; Ctrl-C stops the server and removes its files', async () => {
    const { server, exited, kubeconfig } = await devCluster();
    let url = '';
    try {
      expect(existsSync(kubeconfig)).toBe(true);
      url = serverOf(kubeconfig);
      const created = await kubectl(kubeconfig, ['create', 'namespace', 'tryout']);
      expect(created).toMatchObject({ code: 0, stdout: 'namespace/tryout created\n' });
      const ns = await kubectl(kubeconfig, ['get', 'namespaces', '-o', 'name']);
      expect(ns.stdout.split('\n')).toEqual(
        expect.arrayContaining(['namespace/default', 'namespace/tryout']),
      );
    } finally {
      server.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(existsSync(dirname(kubeconfig))).toBe(false);
    expect(await listening(url)).toBe(false);
  });

  it('leaves no server behind when it is killed outright', async () => {
    const { server, exited, kubeconfig } = await devCluster();
    const url = serverOf(kubeconfig);
    try {
      expect(await listening(url)).toBe(true);
      server.kill('SIGKILL');
      await exited;
      // The kernel kills the server processes with their parent (parent-death signal).
      let up = true;
      for (let i = 0; i < 50 && up; i++) {
        await new Promise((r) => setTimeout(r, 100));
        up = await listening(url);
      }
      expect(up).toBe(false);
    } finally {
      // What only a clean stop removes.
      rmSync(dirname(kubeconfig), { recursive: true, force: true });
    }
  });
});
