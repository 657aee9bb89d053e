/**
 * Where the cluster commands of the actions find their cluster: the `kubeconfig` input (the
 * file's content, usually from a secret) or the runner's KUBECONFIG (set by the cloud's
 * login actions), then ~/.kube/config. The content is masked in the log, and every token,
 * key and password in it is redacted from everything the action publishes.
 */
import * as core from '@actions/core';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { ClusterAccess } from '../deploy/index.js';
import { parseDuration } from '../deploy/index.js';
import { UserError } from '../util/errors.js';
import { optionalInput } from './inputs.js';
import { addRunnerSecret } from './runner-secrets.js';

/** Keys of a kubeconfig whose values are credentials. */
const SECRET_KEYS = new Set([
  'token',
  'password',
  'client-key-data',
  'client-certificate-data',
  'id-token',
  'refresh-token',
  'access-token',
  'client-secret',
  'idp-certificate-authority-data',
]);

/** Every credential in a parsed kubeconfig (exec plugins' env values included). */
function credentials(v: unknown, key = '', out: string[] = []): string[] {
  if (typeof v === 'string') {
    if (SECRET_KEYS.has(key)) out.push(v);
  } else if (Array.isArray(v)) {
    for (const x of v) credentials(x, key === 'env' ? 'env' : '', out);
  } else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // exec: env: [{name, value}]
    if (key === 'env' && typeof o.value === 'string') out.push(o.value);
    for (const [k, x] of Object.entries(o)) credentials(x, k, out);
  }
  return out;
}

function mask(value: string): void {
  core.setSecret(value);
  addRunnerSecret(value);
}

/** The kubeconfig and context to use; a `kubeconfig` input is written to a private file. */
export function clusterAccessFromInputs(): ClusterAccess {
  const content = core.getInput('kubeconfig');
  const context = optionalInput('context');
  if (!content.trim()) return { context };
  // The whole text, each line long enough to mean something, and each credential on its own
  // (the runner masks a multi-line value only as a whole).
  mask(content);
  for (const line of content.split(/\r?\n/)) if (line.trim().length >= 16) mask(line.trim());
  try {
    for (const c of credentials(parse(content))) mask(c);
  } catch {
    // Not YAML: connecting fails with a clear error; the lines are masked already.
  }
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'shipshape-kube-'));
  const file = path.join(dir, 'kubeconfig');
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { kubeconfig: file, context };
}

/** A duration input (`5m`, `30s`); `dflt` when empty. */
export function durationInput(name: string, dflt: number): number {
  const v = core.getInput(name).trim();
  if (!v) return dflt;
  const ms = parseDuration(v);
  if (ms === undefined)
    throw new UserError(`input ${name} must be a duration such as 30s, 5m or 1h, got "${v}"`);
  return ms;
}
