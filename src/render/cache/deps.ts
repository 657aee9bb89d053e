/**
 * What an item's render reads besides its own files and its variables (those make its input
 * key): templates and files looked up by name, Helm charts, the helm binary and, for an item
 * kustomize built, kustomize (an item built without it does not depend on its version, so a
 * render or diff that builds every item directly never runs it to ask). A render
 * records each with its value; a later render re-reads each (without rendering) and uses the
 * cached objects only when every value is the same, which is exactly when rendering would
 * read the same.
 */
import type { TemplateReads } from '../../templating/engine.js';
import { Digest } from './digest.js';
import type { KeyPaths } from './key-paths.js';

/** Paths are key paths (key-paths.ts). */
export type Dep =
  /** A template or file found by name, as an include would find it (or not). */
  | { kind: 'lookup'; name: string; from: string; search: string[] }
  /** A Helm chart directory helm-chart.yaml led to (vendored or local). */
  | { kind: 'chart'; dir: string }
  /** The helm binary and what charts are told about the cluster. */
  | { kind: 'helm' }
  /** The kustomize (or kubectl) that built the item's objects. */
  | { kind: 'kustomize' };

/** Reads a dep now: its value, or undefined when it cannot be known (then nothing is reused). */
export interface DepReader {
  paths: KeyPaths;
  lookupFile(
    name: string,
    from: string,
    search: readonly string[],
  ): { file: string; digest: string } | undefined;
  chartDigest(dir: string): string;
  helmIdentity(): Promise<string | undefined>;
  kustomizeIdentity(): Promise<string | undefined>;
}

const lookupValue = (paths: KeyPaths, found: { file: string; digest: string } | undefined) =>
  found ? `${paths.key(found.file)}@${found.digest}` : 'not found';

export async function readDep(dep: Dep, r: DepReader): Promise<string | undefined> {
  switch (dep.kind) {
    case 'lookup': {
      const from = r.paths.abs(dep.from);
      const search = dep.search.map((s) => r.paths.abs(s));
      if (from === undefined || search.some((s) => s === undefined)) return undefined;
      return lookupValue(r.paths, r.lookupFile(dep.name, from, search as string[]));
    }
    case 'chart': {
      const dir = r.paths.abs(dep.dir);
      return dir === undefined ? undefined : r.chartDigest(dir);
    }
    case 'helm':
      return r.helmIdentity();
    case 'kustomize':
      return r.kustomizeIdentity();
  }
}

/** The deps one render read, with their values, in the order it read them. */
export class DepRecorder implements TemplateReads {
  private readonly values = new Map<string, { dep: Dep; value: string }>();
  /** What made the render impossible to reuse, if anything. */
  volatileReason: string | undefined;

  constructor(private readonly paths: KeyPaths) {}

  add(dep: Dep, value: string): void {
    const id = JSON.stringify(dep);
    if (!this.values.has(id)) this.values.set(id, { dep, value });
  }

  lookup(
    name: string,
    fromPath: string,
    searchDirs: readonly string[],
    file: string | undefined,
    digest: string | undefined,
  ): void {
    const dep: Dep = {
      kind: 'lookup',
      name,
      from: this.paths.key(fromPath),
      search: searchDirs.map((d) => this.paths.key(d)),
    };
    this.add(dep, lookupValue(this.paths, file && digest ? { file, digest } : undefined));
  }

  /** A chart directory of the project and its content hash (render/helm-items.ts). */
  chart(dir: string, hash: string): void {
    this.add({ kind: 'chart', dir: this.paths.key(dir) }, hash);
  }

  volatile(what: string): void {
    this.volatileReason ??= what;
  }

  get deps(): Dep[] {
    return [...this.values.values()].map((v) => v.dep);
  }

  /** The key of what was rendered: the input key and every dep with its value. */
  key(inputKey: string): string {
    return fullKey(
      inputKey,
      [...this.values.values()].map((v) => v.value),
      this.deps,
    );
  }
}

/** An item's cache key: its input key and, in order, each dep it read and what it read. */
export function fullKey(inputKey: string, values: readonly string[], deps: readonly Dep[]): string {
  const d = new Digest().text('inputs', inputKey);
  deps.forEach((dep, i) => d.text('dep', JSON.stringify(dep)).text('value', values[i]));
  return d.hex();
}

/** The key a render would have now, given the deps an earlier render with the same inputs read. */
export async function currentKey(
  inputKey: string,
  deps: readonly Dep[],
  reader: DepReader,
): Promise<string | undefined> {
  const values: string[] = [];
  for (const dep of deps) {
    const v = await readDep(dep, reader);
    if (v === undefined) return undefined;
    values.push(v);
  }
  return fullKey(inputKey, values, deps);
}

/** Whether a manifest read from disk is a list of deps this code knows. */
export function isDepList(v: unknown): v is Dep[] {
  const str = (x: unknown) => typeof x === 'string';
  return (
    Array.isArray(v) &&
    v.every((d: Record<string, unknown>) => {
      if (!d || typeof d !== 'object') return false;
      switch (d.kind) {
        case 'lookup':
          return str(d.name) && str(d.from) && Array.isArray(d.search) && d.search.every(str);
        case 'chart':
          return str(d.dir);
        case 'helm':
        case 'kustomize':
          return true;
        default:
          return false;
      }
    })
  );
}
