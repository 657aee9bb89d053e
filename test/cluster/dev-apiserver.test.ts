/**
 * `npm run dev:apiserver` (test/support/apiserver/main.ts): prints the path of a kubeconfig
 * that kubectl can use right away, and stops cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cache = mkdtempSync(join(tmpdir(), 'kubectl-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
  });
}

it('prints a kubeconfig path that kubectl can use, and stops on SIGTERM', async () => {
  const server = spawn(process.execPath, ['--import', 'tsx', 'test/support/apiserver/main.ts'], {
    cwd: root,
  });
  const exited = new Promise<number | null>((resolve) =>
    server.on('exit', (code) => resolve(code)),
  );
  try {
    const kubeconfig = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0].trim());
      });
      server.on('exit', () =>
        reject(new Error('the stand-in exited before printing a kubeconfig path')),
      );
    });
    expect(existsSync(kubeconfig)).toBe(true);
    const ns = await run(process.env.KUBECTL ?? 'kubectl', ['get', 'namespaces', '-o', 'name'], {
      KUBECONFIG: kubeconfig,
      KUBECACHEDIR: cache,
    });
    expect(ns.code).toBe(0);
    expect(ns.stdout.split('\n')).toContain('namespace/default');
  } finally {
    server.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
