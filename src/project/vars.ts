import path from 'node:path';
import type { TemplateEngine, TemplateScope, Vars } from '../templating/engine.js';
import { UserError } from '../util/errors.js';
import { deepMerge, isPlainObject, newMap, setPath, type PlainObject } from '../util/merge.js';
import { toData } from '../sops/index.js';
import { isSecretName, type EnvAccess } from './env-access.js';
import type { ProjectBoundary } from '../util/project-boundary.js';
import {
  parseKluctlValue,
  parseYaml,
  parseYamlStream,
  type LocatedYaml,
  type YamlPath,
} from '../util/yaml.js';
import { findInSearchDirs } from './paths.js';
import { Schema } from '../util/schema.js';
import type { SourceLocation } from './types.js';
import type { Sources } from '../sources/index.js';
import { loadRemoteVars, REMOTE_SOURCES, type RemoteVars } from './vars-remote.js';

/** The variables visible at one point of the deployment tree. */
export interface VarsContext {
  vars: PlainObject;
  /** Where the current `images` variable came from, so image-bump can edit it there. */
  imagesSource?: SourceLocation;
  /**
   * Some variable came from a secret source (SOPS, a cluster, a secret store, `http`, a
   * `sensitive: true` source, an environment variable named like a secret): what is rendered
   * from these variables is never written to a persistent cache.
   */
  sensitive?: boolean;
}

export interface VarsEnvironment {
  engine: TemplateEngine;
  /** What project files may be read (vars files). */
  boundary: ProjectBoundary;
  /** The environment `systemEnvVars` reads, with the runner's secrets held back. */
  env: EnvAccess;
  /** The template context for `vars` (adds globals such as `images.get_image`). */
  templateContext(vars: PlainObject): Vars;
  /** git/OCI/cluster/http/cloud sources and SOPS of this run; absent: only local sources. */
  sources?: Sources;
  /** The target's kubeconfig context (cluster vars sources read its cluster). */
  clusterContext?: string;
  /** Told values of sensitive sources (Secrets, cloud secret stores), to mask and redact them. */
  onSecret?: (value: string) => void;
}

const SOURCE_FIELDS = {
  values: 'map',
  file: 'string',
  systemEnvVars: 'map',
  ignoreMissing: 'boolean',
  noOverride: 'boolean',
  when: 'string',
  sensitive: 'boolean',
  targetPath: 'string',
  multidoc: 'boolean',
} as const;
const LOCAL = ['values', 'file', 'systemEnvVars'];
const SUPPORTED = [...LOCAL, ...REMOTE_SOURCES];
// Recognised so the error names them, not "unknown field": sources of newer kluctl releases.
const UNSUPPORTED = ['gitFiles', 'clusterObject'];
const ALL_FIELDS = {
  ...SOURCE_FIELDS,
  ...Object.fromEntries([...REMOTE_SOURCES, ...UNSUPPORTED].map((k) => [k, 'any' as const])),
};

function renderStrings(value: unknown, render: (s: string) => string): unknown {
  if (typeof value === 'string') return value.includes('{') ? render(value) : value;
  if (Array.isArray(value)) return value.map((v) => renderStrings(v, render));
  if (isPlainObject(value))
    return newMap(Object.entries(value).map(([k, v]) => [k, renderStrings(v, render)]));
  return value;
}

/** The variables `systemEnvVars` reads; `sensitive` when one is named like a secret. */
function envVars(
  spec: PlainObject,
  env: VarsEnvironment['env'],
  ignoreMissing: boolean,
  error: (msg: string, hint?: string) => UserError,
): { value: PlainObject; sensitive: boolean } {
  const out = newMap();
  let sensitive = false;
  const walk = (v: unknown, keys: (string | number)[]) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...keys, i]));
    if (isPlainObject(v)) return Object.entries(v).forEach(([k, x]) => walk(x, [...keys, k]));
    if (typeof v !== 'string')
      throw error(
        `systemEnvVars: the value at ${keys.join('.')} must be an environment variable name`,
      );
    const colon = v.indexOf(':');
    const name = colon < 0 ? v : v.slice(0, colon);
    const read = env.read(name);
    sensitive ||= read.value !== undefined && isSecretName(name);
    if (read.refused)
      throw error(
        `systemEnvVars: environment variable ${name} may hold a secret of the runner and cannot be read`,
        `if the project really needs it, allow it by name: --allow-env ${name} (CLI) or the action's allow-env input`,
      );
    let raw = read.value;
    if (raw === undefined) {
      if (colon < 0) {
        if (ignoreMissing) return;
        throw error(`environment variable ${name} is not set (needed for ${keys.join('.')})`);
      }
      // An empty default means the empty string, not null.
      raw = v.slice(colon + 1) || '""';
    }
    let parsed: unknown;
    try {
      parsed = parseKluctlValue(raw);
    } catch {
      parsed = raw;
    }
    setPath(out, keys, parsed ?? null);
  };
  walk(spec, []);
  return { value: out, sensitive };
}

/** Parses a rendered vars file's text: SOPS-decrypted first when it is encrypted. */
export function parseVarsText(
  text: string,
  file: string,
  display: string,
  multidoc: boolean,
  venv: VarsEnvironment,
  loc: { file: string; line?: number },
): { value: unknown; decrypted: boolean } {
  const format = /\.json$/i.test(file) ? 'json' : 'yaml';
  const decrypted = venv.sources?.sops.decryptDocuments(text, format, display, loc);
  if (decrypted) {
    const docs = decrypted.map(toData);
    return { value: multidoc ? docs : (docs[0] ?? {}), decrypted: true };
  }
  const value = multidoc
    ? parseYamlStream(text, file, { kluctl: true })
    : (parseYaml(text, file, { firstDocument: true, kluctl: true }).value ?? {});
  return { value, decrypted: false };
}

/**
 * Loads a `vars` list (deployment project or item) into a copy of `ctx`. Each source sees the
 * variables loaded before it; string values of the source are rendered first (as kluctl does),
 * so a source can use earlier variables and have a `when`.
 */
export async function loadVars(
  ctx: VarsContext,
  doc: LocatedYaml,
  listPath: YamlPath,
  list: unknown,
  scope: TemplateScope,
  venv: VarsEnvironment,
  boundary: ProjectBoundary = venv.boundary,
): Promise<VarsContext> {
  const schema = new Schema(doc);
  let cur: VarsContext = {
    vars: ctx.vars,
    imagesSource: ctx.imagesSource,
    sensitive: ctx.sensitive,
  };
  const displayFile = path.basename(doc.file);
  for (const [i, raw] of schema.list(list, listPath, 'vars').entries()) {
    const at = [...listPath, i];
    const fields = schema.object(raw, at, 'vars source', ALL_FIELDS);
    const unsupported = UNSUPPORTED.find((k) => k in fields);
    if (unsupported) {
      throw schema.error(
        [...at, unsupported],
        `vars source "${unsupported}" is not supported by shipshape (nor by kluctl 2.22)`,
        `use ${SUPPORTED.join(', ')}`,
      );
    }
    const types = SUPPORTED.filter((k) => k in fields);
    if (types.length === 0)
      throw schema.error(
        at,
        `unknown vars source type: a vars source needs one of ${SUPPORTED.join(', ')}`,
      );
    if (types.length !== 1)
      throw schema.error(at, `more than one vars source type (${types.join(', ')}) in one entry`);
    const error = (msg: string, hint?: string) => schema.error(at, msg, hint);

    const context = venv.templateContext(cur.vars);
    const source = renderStrings(fields, (s) =>
      venv.engine.renderString(s, context, `${displayFile} (vars[${i}])`, scope),
    ) as PlainObject;
    if (
      source.when !== undefined &&
      source.when !== '' &&
      !venv.engine.evaluate(String(source.when), context, displayFile)
    )
      continue;
    const ignoreMissing = source.ignoreMissing === true;
    if (source.multidoc === true && !source.targetPath)
      throw error('multidoc vars sources need targetPath');

    let value: unknown;
    let imagesSource: SourceLocation | undefined;
    let sensitive = source.sensitive === true;
    const loc = { file: doc.file, line: doc.positionOf(at)?.line };
    if (types[0] !== 'values' && types[0] !== 'file' && types[0] !== 'systemEnvVars') {
      const remote: RemoteVars | undefined = await loadRemoteVars(
        types[0] as (typeof REMOTE_SOURCES)[number],
        source,
        ignoreMissing,
        { schema, at, loc, context, venv, displayFile },
      );
      if (remote === undefined) continue;
      value = remote.value;
      sensitive ||= remote.sensitive;
      imagesSource = remote.imagesSource;
      if (remote.targetPath) source.targetPath = remote.targetPath;
    } else if (source.values !== undefined) {
      value = source.values;
      imagesSource = { file: doc.file, path: [...at, 'values'] };
    } else if (source.file !== undefined) {
      const name = String(source.file);
      const file = findInSearchDirs(boundary, scope.searchDirs, name, 'vars file', {
        file: doc.file,
        line: doc.positionOf([...at, 'file'])?.line,
      });
      if (!file) {
        if (ignoreMissing) continue;
        throw schema.error(
          [...at, 'file'],
          `vars file "${name}" not found`,
          'the path is relative to the deployment.yaml directory (or a parent project directory)',
        );
      }
      const text = venv.engine.renderFile(file, context, scope);
      const parsed = parseVarsText(
        text,
        file,
        venv.engine.displayName(file),
        source.multidoc === true,
        venv,
        loc,
      );
      value = parsed.value;
      sensitive ||= parsed.decrypted;
      imagesSource = { file, path: [] };
    } else {
      const read = envVars(source.systemEnvVars as PlainObject, venv.env, ignoreMissing, error);
      value = read.value;
      sensitive ||= read.sensitive;
    }

    let newVars: PlainObject;
    if (source.targetPath) {
      const keys = String(source.targetPath).split('.');
      if (keys.some((k) => k === '' || /[[\]*]/.test(k)))
        throw error(`targetPath "${source.targetPath}" must be a simple dotted path`);
      newVars = newMap();
      setPath(newVars, keys, value);
      if (imagesSource)
        imagesSource = keys[0] === 'images' && keys.length === 1 ? imagesSource : undefined;
    } else {
      if (!isPlainObject(value)) throw error('the variables must be a mapping (or set targetPath)');
      newVars = value;
      if (imagesSource) imagesSource = { ...imagesSource, path: [...imagesSource.path, 'images'] };
    }

    const setsImages = Object.hasOwn(newVars, 'images');
    if (source.noOverride === true) {
      const had = Object.hasOwn(cur.vars, 'images');
      cur = {
        vars: deepMerge(newVars, cur.vars),
        imagesSource: had ? cur.imagesSource : setsImages ? imagesSource : cur.imagesSource,
        sensitive: cur.sensitive || sensitive,
      };
    } else {
      cur = {
        vars: deepMerge(cur.vars, newVars),
        imagesSource: setsImages ? imagesSource : cur.imagesSource,
        sensitive: cur.sensitive || sensitive,
      };
    }
  }
  return cur;
}
