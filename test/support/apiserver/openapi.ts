/**
 * OpenAPI v3 (/openapi/v3 and /openapi/v3/<api|apis/g>/<v>). kubectl reads it before
 * `apply`/`diff` to learn whether PATCH takes `fieldValidation` (server-side field validation).
 * We publish each resource's paths and operations with their query parameters; schemas are
 * left out, so kubectl falls back to its compiled-in types for strategic merge patches.
 * /openapi/v2 is an empty document: kubectl fetches it (as protobuf) for client-side
 * validation of kinds it cannot verify through v3, and an empty schema validates nothing.
 */
import { createHash } from 'node:crypto';
import { VERSION } from './discovery.js';
import type { Registry, ResourceType } from './resources.js';

const PATCH_PARAMS = ['dryRun', 'fieldManager', 'fieldValidation', 'force'];

function groupVersions(reg: Registry): { path: string; group: string; version: string }[] {
  return [
    { path: 'api/v1', group: '', version: 'v1' },
    ...reg
      .groups()
      .flatMap((g) =>
        g.versions.map((v) => ({ path: `apis/${g.name}/${v}`, group: g.name, version: v })),
      ),
  ];
}

function document(reg: Registry, group: string, version: string) {
  const paths: Record<string, unknown> = {};
  const types = reg
    .all()
    .filter((t: ResourceType) => t.group === group && t.versions.includes(version));
  for (const t of types) {
    const base = `/${group ? `apis/${group}` : 'api'}/${version}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.plural}/{name}`;
    const gvk = { group, version, kind: t.kind };
    const op = (action: string, params: string[]) => ({
      'x-kubernetes-action': action,
      'x-kubernetes-group-version-kind': gvk,
      parameters: params.map((name) => ({
        name,
        in: 'query',
        schema: { type: name === 'force' ? 'boolean' : 'string', uniqueItems: true },
      })),
      responses: { '200': { description: 'OK' } },
    });
    paths[base] = {
      get: op('get', []),
      put: op('put', ['dryRun', 'fieldManager', 'fieldValidation']),
      patch: op('patch', PATCH_PARAMS),
      delete: op('delete', ['dryRun', 'gracePeriodSeconds', 'propagationPolicy']),
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: VERSION.gitVersion },
    paths,
    components: { schemas: {} },
  };
}

const hashOf = (doc: unknown) =>
  createHash('sha512').update(JSON.stringify(doc)).digest('hex').slice(0, 128).toUpperCase();

export function openApiIndex(reg: Registry) {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const gv of groupVersions(reg)) {
    paths[gv.path] = {
      serverRelativeURL: `/openapi/v3/${gv.path}?hash=${hashOf(document(reg, gv.group, gv.version))}`,
    };
  }
  return { paths };
}

/** The document for `api/v1` or `apis/<group>/<version>`, or undefined. */
export function openApiDocument(reg: Registry, path: string) {
  const gv = groupVersions(reg).find((g) => g.path === path);
  return gv && document(reg, gv.group, gv.version);
}

const PROTOBUF_V2 = 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf';

/** Protobuf length-delimited field. */
function pbField(field: number, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from([(field << 3) | 2, payload.length]), payload]);
}

/** /openapi/v2: `{swagger: "2.0", info: {title, version}}` as JSON or as gnostic protobuf. */
export function openApiV2(accept: string | undefined): { contentType: string; body: Buffer } {
  if ((accept ?? '').includes(PROTOBUF_V2)) {
    const info = Buffer.concat([
      pbField(1, Buffer.from('Kubernetes')),
      pbField(2, Buffer.from(VERSION.gitVersion)),
    ]);
    // The apiserver answers with a parseable spelling of the type kubectl asked for.
    return {
      contentType: 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf',
      body: Buffer.concat([pbField(1, Buffer.from('2.0')), pbField(2, info)]),
    };
  }
  const doc = {
    swagger: '2.0',
    info: { title: 'Kubernetes', version: VERSION.gitVersion },
    paths: {},
    definitions: {},
  };
  return { contentType: 'application/json', body: Buffer.from(JSON.stringify(doc)) };
}
