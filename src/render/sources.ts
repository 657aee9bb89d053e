/**
 * What a render needs from src/sources: the run's Sources (git/OCI includes, remote vars,
 * SOPS), the SOPS hook for rendered item files, dynamic images, and the protection of a
 * kept render directory (decrypted values never stay in it unless asked).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadOciCredentials } from '../helm/credentials.js';
import { DynamicImages } from '../images/dynamic.js';
import { Sources, type ClusterConnector } from '../sources/index.js';
import type { K8sObject } from '../util/k8s.js';
import { addSensitive, hasSensitive, redactSensitive } from '../util/sensitive.js';
import type { RenderOptions } from './types.js';

export interface RenderSources {
  sources: Sources;
  /**
   * Decrypts a rendered item file when it is SOPS-encrypted (kluctl: everything kustomize
   * reads), remembering the encrypted form for protectRenderDir.
   */
  decrypt: (file: string, content: Buffer, display: string) => Buffer;
  /** Rendered files that were decrypted, with their encrypted content. */
  decrypted: Map<string, Buffer>;
  dynamic?: DynamicImages;
  close(): Promise<void>;
}

/** The run's sources: the caller's (shared across targets) or a new one closed after the render. */
export function openRenderSources(
  opts: RenderOptions,
  targetContext: () => string | undefined,
): RenderSources {
  const onSecret = (v: string) => {
    addSensitive(v);
    opts.onSecret?.(v);
  };
  const own = !opts.sources;
  const sources =
    opts.sources ??
    new Sources({
      env: opts.env ?? process.env,
      cwd: opts.cwd ?? process.cwd(),
      log: opts.log,
      onSecret,
      // the --registry-* flags count for OCI includes and dynamic images too
      registryCredentials: () => loadOciCredentials(opts.env ?? process.env, opts.helmCredentials),
      cluster: opts.cluster,
      offlineReason: opts.cluster
        ? undefined
        : 'render does not connect to one (pass --kubeconfig or --context)',
    });
  const decrypted = new Map<string, Buffer>();
  const decrypt = (file: string, content: Buffer, display: string) => {
    const out = sources.sops.maybeDecrypt(content, file, display);
    if (out !== content) decrypted.set(file, content);
    return out;
  };
  const dynamic =
    opts.dynamicImages === false
      ? undefined
      : new DynamicImages({
          registry: () => sources.registry(),
          deployedObject: sources.online
            ? async (obj: K8sObject) => {
                const cluster = await sources.cluster(
                  targetContext(),
                  'looking up deployed images',
                );
                return cluster.get(obj).catch(() => undefined);
              }
            : undefined,
        });
  return {
    sources,
    decrypt,
    decrypted,
    dynamic,
    close: () => (own ? sources.close() : Promise.resolve()),
  };
}

/**
 * A render directory that outlives the render must not hold decrypted values: SOPS files go
 * back to their encrypted form and every sensitive value in a rendered file is replaced by
 * `***` — unless the user asked to keep them (--render-output-secrets).
 */
export function protectRenderDir(
  dir: string,
  restore: ReadonlyMap<string, Buffer>,
  keepSecrets: boolean,
): void {
  if (keepSecrets) return;
  for (const [file, original] of restore) writeFileSync(file, original);
  if (!hasSensitive()) return;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && !restore.has(p) && statSync(p).size < 64 << 20) {
        const text = readFileSync(p, 'utf8');
        const scrubbed = redactSensitive(text);
        if (scrubbed !== text) writeFileSync(p, scrubbed);
      }
    }
  };
  walk(dir);
}

export type { ClusterConnector };
