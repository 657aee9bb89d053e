/**
 * What shipshape checks in the rendered kustomizations before kustomize sees them. kustomize
 * fetches a resource, patch or generator file given as a URL (and clones a git URL) on its
 * own; a project is untrusted, so that would let a pull request make the runner send
 * requests anywhere, loopback services of a self-hosted runner included. Every path-valued
 * field is therefore checked here, and kustomize also runs without network (kustomize.ts).
 */
import path from 'node:path';
import { UserError } from '../util/errors.js';
import { isPlainObject } from '../util/merge.js';
import { parseYaml } from '../util/yaml.js';
import type { RenderedFiles } from './rendered-files.js';

/** Keys whose values are paths (or lists of paths) wherever they appear in a kustomization. */
const PATH_KEYS = new Set([
  'resources',
  'bases',
  'components',
  'crds',
  'configurations',
  'generators',
  'transformers',
  'validators',
  'patchesStrategicMerge',
  'path',
  'files',
  'envs',
  'env',
  'chartHome',
  'valuesFile',
  'additionalValuesFiles',
]);

/** Entries kustomize must find on disk (it would otherwise try them as remote repositories). */
const LOCAL_ENTRIES = ['resources', 'bases', 'components'];
/** Entries that may name further files holding plugin configurations with paths of their own. */
const CONFIG_ENTRIES = ['generators', 'transformers', 'validators'];

const REMOTE = /^[a-z][a-z0-9+.-]*:\/\/|^git@|^(github\.com|gitlab\.com|bitbucket\.org)\//i;

function pathsIn(value: unknown, out: string[]): void {
  if (Array.isArray(value)) return value.forEach((v) => pathsIn(v, out));
  if (!isPlainObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    if (PATH_KEYS.has(k)) {
      for (const s of Array.isArray(v) ? v : [v]) {
        if (typeof s !== 'string') continue;
        // configMapGenerator files: `key=path`
        out.push(k === 'files' && s.includes('=') ? s.slice(s.indexOf('=') + 1) : s);
      }
    }
    pathsIn(v, out);
  }
}

function readYamlMapping(files: RenderedFiles, file: string): Record<string, unknown> {
  const value = parseYaml(files.readText(file), file).value;
  return isPlainObject(value) ? value : {};
}

/** What a rendered item's kustomizations name. */
export interface KustomizationRefs {
  /** Every path they name (absolute), files and directories. */
  paths: string[];
  /** The entries kustomize must find on disk, checked by checkLocalEntries. */
  local: { shown: string; key: string; entry: string; abs: string }[];
  /** The item's directory, written or not. */
  files: RenderedFiles;
}

function readFile(
  file: string,
  shown: string,
  ky: Record<string, unknown>,
  refs: KustomizationRefs,
): void {
  const dir = path.dirname(file);
  const paths: string[] = [];
  pathsIn(ky, paths);
  for (const p of paths) {
    if (REMOTE.test(p.trim()))
      throw new UserError(
        `${shown} refers to the remote location "${p}"`,
        { file: shown },
        'shipshape never fetches remote kustomize resources: vendor the files into the project',
      );
    refs.paths.push(path.resolve(dir, p));
  }
  const entries = (keys: readonly string[]) =>
    keys.flatMap((key) => {
      const list = ky[key];
      return Array.isArray(list)
        ? list.filter((e): e is string => typeof e === 'string').map((e) => ({ key, e }))
        : [];
    });
  for (const { key, e } of entries(LOCAL_ENTRIES))
    refs.local.push({ shown, key, entry: e, abs: path.resolve(dir, e) });
  for (const { e } of entries(CONFIG_ENTRIES)) {
    const f = path.resolve(dir, e);
    if (/\.ya?ml$/i.test(f) && refs.files.exists(f))
      readFile(f, shown, readYamlMapping(refs.files, f), refs);
  }
}

/**
 * Checks every kustomization in a rendered item directory for remote locations and returns
 * what they name. `skip`: directories inside it that belong to other items; `display` turns
 * a rendered file into the name the user knows (its project path); `known`: a kustomization
 * already read (the item's own, as prepareKustomization made it, written or not).
 */
export function kustomizationRefs(
  files: RenderedFiles,
  skip: (dir: string) => boolean,
  display: (file: string) => string,
  known?: { file: string; value: Record<string, unknown> },
): KustomizationRefs {
  const refs: KustomizationRefs = { paths: [], local: [], files };
  // The item's own may not be written yet (PreparedKustomization.write).
  if (known) readFile(known.file, display(known.file), known.value, refs);
  for (const f of files.kustomizationFiles(skip))
    if (f !== known?.file) readFile(f, display(f), readYamlMapping(files, f), refs);
  return refs;
}

/** Fails on an entry kustomize would not find on disk (it would try it as a remote repository). */
export function checkLocalEntries(refs: KustomizationRefs): void {
  for (const { shown, key, entry, abs } of refs.local) {
    if (!refs.files.exists(abs))
      throw new UserError(
        `${shown}: ${key} entry "${entry}" does not exist`,
        { file: shown },
        'fix the path (relative to the kustomization); remote resources are not fetched',
      );
  }
}
