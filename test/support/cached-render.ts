/**
 * Renders for the render-cache tests: what was rendered, and how many items the render says
 * it took from the cache (its progress line), in a scratch area removed after the file.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { renderProject, type RenderOptions } from '../../src/render/index.js';
import type { K8sObject } from '../../src/util/k8s.js';
import { TOOLS_BIN } from './tools.js';

export function scratchDirs(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return (prefix) => {
    const dir = mkdtempSync(path.join(tmpdir(), `shipshape-cache-${prefix}-`));
    made.push(dir);
    return dir;
  };
}

/** A run outside GitHub Actions (one cache scope, `local`), with the test tools on the PATH. */
export function localEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_'))),
    PATH: `${TOOLS_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
    ...extra,
  };
}

export const RENDERED_LINE =
  /^rendered (\d+) object\(s\) in \d+ ms(?: \((\d+) of (\d+) item\(s\) from the cache\))?; kustomize ran for \d+ item\(s\)$/;

export interface CachedRun {
  objects: K8sObject[];
  /** Items taken from the cache; undefined when the render used no cache. */
  reused?: number;
  items?: number;
  warnings: string[];
}

export async function renderCounting(
  env: Record<string, string | undefined>,
  opts: RenderOptions,
): Promise<CachedRun> {
  const lines: string[] = [];
  const result = await renderProject({ env, ...opts, log: (l) => lines.push(l) });
  const m = lines.map((l) => RENDERED_LINE.exec(l)).find(Boolean);
  if (!m) throw new Error(`no "rendered" line in ${JSON.stringify(lines)}`);
  expect(Number(m[1])).toBe(result.objects.length);
  return {
    objects: result.objects,
    reused: m[2] === undefined ? undefined : Number(m[2]),
    items: m[3] === undefined ? undefined : Number(m[3]),
    warnings: lines.filter((l) => l.startsWith('warning:')),
  };
}

/** Files under a directory, relative to it, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
