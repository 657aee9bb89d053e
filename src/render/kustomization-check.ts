/**
 * What shipshape checks in the rendered kustomizations before kustomize sees them. kustomize
 * fetches a resource, patch or generator file given as a URL (and clones a git URL) on its
 * own; a project is untrusted, so that would let a pull request make the runner send
 * requests anywhere, loopback services of a self-hosted runner included. Every path-valued
 * field is therefore checked here, and kustomize also runs without network (kustomize.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';
import { isPlainObject } from '../util/merge.js';
import { parseYaml } from '../util/yaml.js';

const KUSTOMIZATION_FILE = /^(kustomization\.ya?ml|Kustomization)$/;

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

function readYamlMapping(file: string): Record<string, unknown> {
  const value = parseYaml(readFileSync(file, 'utf8'), file).value;
  return isPlainObject(value) ? value : {};
}

function checkFile(file: string, shown: string, ky: Record<string, unknown>): void {
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
  }
  const entries = (keys: readonly string[]) =>
    keys.flatMap((key) => {
      const list = ky[key];
      return Array.isArray(list)
        ? list.filter((e): e is string => typeof e === 'string').map((e) => ({ key, e }))
        : [];
    });
  for (const { key, e } of entries(LOCAL_ENTRIES)) {
    if (!existsSync(path.resolve(dir, e)))
      throw new UserError(
        `${shown}: ${key} entry "${e}" does not exist`,
        { file: shown },
        'fix the path (relative to the kustomization); remote resources are not fetched',
      );
  }
  for (const { e } of entries(CONFIG_ENTRIES)) {
    const f = path.resolve(dir, e);
    if (/\.ya?ml$/i.test(f) && existsSync(f)) checkFile(f, shown, readYamlMapping(f));
  }
}

/**
 * Checks every kustomization under `renderRoot`; `display` turns a rendered file into the
 * name the user knows (its project path).
 */
export function checkKustomizations(renderRoot: string, display: (file: string) => string): void {
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && KUSTOMIZATION_FILE.test(e.name))
        checkFile(p, display(p), readYamlMapping(p));
    }
  };
  walk(renderRoot);
}
