/**
 * The vars sources that read from elsewhere (kluctl's variable-sources page): git,
 * clusterConfigMap, clusterSecret, http, awsSecretsManager, gcpSecretManager, azureKeyVault
 * and vault. Each gives the variables (or, with targetPath, a value) for vars.ts to merge.
 */
import path from 'node:path';
import { clusterVarValue } from '../sources/cluster-vars.js';
import { awsSecret, azureSecret, gcpSecret, vaultSecret } from '../sources/cloud-vars.js';
import { httpVarsRequest, jsonPathFirst } from '../sources/http-vars.js';
import type { Sources } from '../sources/index.js';
import type { Vars } from '../templating/engine.js';
import { UserError, type ErrorLocation } from '../util/errors.js';
import { isPlainObject, type PlainObject } from '../util/merge.js';
import { ProjectBoundary } from '../util/project-boundary.js';
import type { Schema } from '../util/schema.js';
import { parseYaml, type YamlPath } from '../util/yaml.js';
import { checkoutGitSpec } from './git-checkout.js';
import { findInSearchDirs } from './paths.js';
import type { SourceLocation } from './types.js';
import { parseVarsText, type VarsEnvironment } from './vars.js';

export const REMOTE_SOURCES = [
  'git',
  'clusterConfigMap',
  'clusterSecret',
  'http',
  'awsSecretsManager',
  'gcpSecretManager',
  'azureKeyVault',
  'vault',
] as const;

export interface RemoteVars {
  value: unknown;
  /** Read from somewhere secret: a cluster, a secret store, an http service, a SOPS file. */
  sensitive: boolean;
  imagesSource?: SourceLocation;
  /** Where the value goes (clusterConfigMap/clusterSecret's own targetPath). */
  targetPath?: string;
}

interface Ctx {
  schema: Schema;
  at: YamlPath;
  loc: ErrorLocation & { file: string };
  context: Vars;
  venv: VarsEnvironment;
  displayFile: string;
}

const FIELDS = {
  git: { url: 'string', ref: 'any', path: 'string' },
  cluster: {
    name: 'string',
    labels: 'stringMap',
    namespace: 'string',
    key: 'string',
    targetPath: 'string',
    optional: 'boolean',
  },
  http: {
    url: 'string',
    method: 'string',
    body: 'string',
    headers: 'stringMap',
    jsonPath: 'string',
  },
  awsSecretsManager: { secretName: 'string', region: 'string', profile: 'string' },
  gcpSecretManager: { secretName: 'string' },
  azureKeyVault: { vaultUri: 'string', secretName: 'string' },
  vault: { address: 'string', path: 'string' },
} as const;

const REQUIRED: Record<string, string[]> = {
  git: ['url', 'path'],
  cluster: ['namespace', 'key'],
  http: ['url'],
  awsSecretsManager: ['secretName'],
  gcpSecretManager: ['secretName'],
  azureKeyVault: ['vaultUri', 'secretName'],
  vault: ['address', 'path'],
};

function needSources(venv: VarsEnvironment, type: string, loc: ErrorLocation): Sources {
  if (!venv.sources) throw new UserError(`vars source "${type}" cannot be used here`, loc);
  return venv.sources;
}

/** Strings of length ≥ 6 in a value, reported as secrets. */
function reportSecrets(value: unknown, report: ((v: string) => void) | undefined): void {
  if (!report) return;
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length >= 6) report(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (isPlainObject(v)) Object.values(v).forEach(walk);
  };
  walk(value);
}

/** A YAML text that was rendered as a template (cluster values, cloud secrets), parsed. */
function renderedYaml(text: string, ctx: Ctx, name: string): unknown {
  const rendered = text.includes('{')
    ? ctx.venv.engine.renderString(text, ctx.context, `${ctx.displayFile} (${name})`)
    : text;
  return parseYaml(rendered, `${ctx.loc.file} (${name})`, { firstDocument: true, kluctl: true })
    .value;
}

/**
 * Loads one remote vars source; undefined when it is missing and ignoreMissing allows that.
 */
export async function loadRemoteVars(
  type: (typeof REMOTE_SOURCES)[number],
  source: PlainObject,
  ignoreMissing: boolean,
  ctx: Ctx,
): Promise<RemoteVars | undefined> {
  const { schema, at, loc, venv } = ctx;
  const fieldsKey = type === 'clusterConfigMap' || type === 'clusterSecret' ? 'cluster' : type;
  const spec = schema.object(
    source[type],
    [...at, type],
    `${type} vars source`,
    FIELDS[fieldsKey],
    REQUIRED[fieldsKey],
  );
  const where = { file: loc.file, line: loc.line };
  switch (type) {
    case 'git': {
      const sources = needSources(venv, type, where);
      const { url, checkout, label } = await checkoutGitSpec(
        sources,
        spec,
        schema,
        [...at, 'git'],
        where,
      );
      venv.engine.addSourceRoot(checkout.dir, label);
      const rel = String(spec.path);
      const file = findInSearchDirs(
        ProjectBoundary.exactly(checkout.dir),
        [checkout.dir],
        rel,
        'git vars file',
        where,
      );
      if (!file) {
        if (ignoreMissing) return undefined;
        throw schema.error(
          [...at, 'git', 'path'],
          `${rel} not found in ${url.display}`,
          'the path is relative to the repository root',
        );
      }
      const text = venv.engine.renderFile(file, ctx.context, { searchDirs: [checkout.dir] });
      const parsed = parseVarsText(
        text,
        file,
        `${label}/${path.relative(checkout.dir, file)}`,
        false,
        venv,
        where,
      );
      return { value: parsed.value, sensitive: parsed.decrypted };
    }
    case 'clusterConfigMap':
    case 'clusterSecret': {
      const sources = needSources(venv, type, where);
      if (
        !spec.name === !spec.labels ||
        (spec.labels && !Object.keys(spec.labels as object).length)
      )
        throw schema.error([...at, type], `${type}: exactly one of name or labels must be set`);
      const kind = type === 'clusterConfigMap' ? 'ConfigMap' : 'Secret';
      const cluster = await sources.cluster(
        venv.clusterContext,
        `vars source ${type} (${ctx.displayFile})`,
      );
      const raw = await clusterVarValue(
        cluster,
        kind,
        {
          name: spec.name as string | undefined,
          labels: spec.labels as Record<string, string> | undefined,
          namespace: String(spec.namespace),
          key: String(spec.key),
        },
        ignoreMissing || spec.optional === true,
        where,
      );
      if (raw === undefined) return undefined;
      if (kind === 'Secret') venv.onSecret?.(raw);
      const parsed = renderedYaml(
        raw,
        ctx,
        `${type} ${spec.namespace}/${spec.name ?? 'by labels'}`,
      );
      if (kind === 'Secret') reportSecrets(parsed, venv.onSecret);
      if (!spec.targetPath && !isPlainObject(parsed))
        throw new UserError(
          `failed to load vars from ${kind} ${spec.namespace}/${spec.name ?? '(by labels)'} and key ${spec.key}: value is not a YAML dictionary`,
          where,
          'set targetPath to put a simple value into a variable',
        );
      return {
        value: parsed,
        sensitive: true,
        targetPath: spec.targetPath as string | undefined,
      };
    }
    case 'http': {
      const body = await httpVarsRequest(
        {
          url: String(spec.url),
          method: spec.method as string | undefined,
          body: spec.body as string | undefined,
          headers: spec.headers as Record<string, string> | undefined,
        },
        venv.sources?.opts.env ?? {},
        ignoreMissing,
        where,
      );
      if (body === undefined) return undefined;
      let doc: unknown;
      try {
        doc = parseYaml(body, `http vars ${spec.url}`, { firstDocument: true, kluctl: true }).value;
      } catch {
        throw new UserError(
          `http vars source: the answer of ${spec.url} is not YAML or JSON`,
          where,
        );
      }
      if (spec.jsonPath !== undefined) {
        let found;
        try {
          found = jsonPathFirst(doc, String(spec.jsonPath));
        } catch (err) {
          throw schema.error([...at, 'http', 'jsonPath'], (err as Error).message);
        }
        if (!found.found)
          throw new UserError(
            `${spec.jsonPath} not found in result from http request ${spec.url}`,
            where,
          );
        // kluctl wants a string holding YAML there; an object (as its docs show) is taken as is.
        doc =
          typeof found.value === 'string'
            ? parseYaml(found.value, `http vars ${spec.url}`, { firstDocument: true, kluctl: true })
                .value
            : found.value;
      }
      if (!isPlainObject(doc))
        throw new UserError(
          `result of http request ${spec.url} is not an object`,
          where,
          'point the URL (or jsonPath) at a YAML/JSON mapping',
        );
      // a service's answer may be anything, credentials included
      return { value: doc, sensitive: true };
    }
    default: {
      const env = venv.sources?.opts.env ?? {};
      const cwd = venv.sources?.opts.cwd ?? process.cwd();
      let text: string | undefined;
      if (type === 'awsSecretsManager')
        text = await awsSecret(
          {
            secretName: String(spec.secretName),
            region: spec.region as string | undefined,
            profile: spec.profile as string | undefined,
          },
          env,
          cwd,
          where,
          venv.sources?.opts.log,
        );
      else if (type === 'gcpSecretManager')
        text = await gcpSecret(String(spec.secretName), cwd, where);
      else if (type === 'azureKeyVault')
        text = await azureSecret(
          { vaultUri: String(spec.vaultUri), secretName: String(spec.secretName) },
          env,
          cwd,
          where,
        );
      else
        text = await vaultSecret(
          { address: String(spec.address), path: String(spec.path) },
          env,
          where,
        );
      if (text === undefined) {
        if (ignoreMissing) return undefined;
        const name =
          type === 'azureKeyVault'
            ? `${spec.secretName} in ${spec.vaultUri}`
            : String(spec.secretName ?? spec.path);
        throw new UserError(
          `${type}: the secret ${name} was not found`,
          where,
          'check the name (and region or vault), or set ignoreMissing: true',
        );
      }
      venv.onSecret?.(text);
      const parsed = renderedYaml(text, ctx, type);
      reportSecrets(parsed, venv.onSecret);
      // as in kluctl: with targetPath any value (a plain string secret) goes there
      if (source.targetPath) return { value: parsed, sensitive: true };
      if (parsed === null || parsed === undefined) return { value: {}, sensitive: true };
      if (!isPlainObject(parsed))
        throw new UserError(
          `${type}: the secret is not a YAML or JSON mapping`,
          where,
          'store the variables as a YAML/JSON document, or set targetPath to put the value into one variable',
        );
      return { value: parsed, sensitive: true };
    }
  }
}
