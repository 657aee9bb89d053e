/**
 * The shape of objects as server-side apply and strategic merge patch see it.
 *
 * Kubernetes derives this from its OpenAPI (x-kubernetes-list-type, -list-map-keys, -map-type,
 * patchStrategy/patchMergeKey). We keep only what changes behaviour: which object fields are
 * named struct fields (vs free-form map keys), which lists merge by key or as sets, and which
 * maps/lists are atomic. Anything unknown is "untyped": maps granular, lists atomic, the way
 * structured-merge-diff deduces types for schemaless data.
 */
export type Schema = ScalarSchema | MapSchema | ListSchema | UntypedSchema;

export interface ScalarSchema {
  kind: 'scalar';
}
export interface UntypedSchema {
  kind: 'untyped';
}
export interface MapSchema {
  kind: 'map';
  /** Named fields of a struct. */
  fields?: Record<string, Schema>;
  /** Type of keys that are not named fields (the values of a map such as labels). */
  elements?: Schema;
  atomic?: boolean;
  /** Strategic merge patch strategy `retainKeys` (e.g. Deployment strategy, volume sources). */
  retainKeys?: boolean;
}
export interface ListSchema {
  kind: 'list';
  listType: 'atomic' | 'set' | 'map';
  /** listType map: the keys identifying an item. */
  keys?: string[];
  /** Defaults of key fields (a container port's protocol is TCP when omitted). */
  keyDefaults?: Record<string, unknown>;
  items?: Schema;
  /** Strategic merge patch: merge items by this key; `true` merges a list of scalars as a set. */
  patchMergeKey?: string | true;
}

export const scalar: ScalarSchema = { kind: 'scalar' };
export const untyped: UntypedSchema = { kind: 'untyped' };
const untypedMap: MapSchema = { kind: 'map', elements: untyped };
const atomicUntypedList: ListSchema = { kind: 'list', listType: 'atomic' };

/** The concrete schema of `value` at a node typed `schema` (resolves untyped nodes). */
export function resolve(schema: Schema, value: unknown): ScalarSchema | MapSchema | ListSchema {
  if (schema.kind !== 'untyped') return schema;
  if (Array.isArray(value)) return atomicUntypedList;
  if (typeof value === 'object' && value !== null) return untypedMap;
  return scalar;
}

/** Schema of field `name` inside a map node. */
export function fieldSchema(schema: MapSchema, name: string): Schema {
  return schema.fields?.[name] ?? schema.elements ?? untyped;
}

export function isNamedField(schema: MapSchema, name: string): boolean {
  return !!schema.fields && Object.hasOwn(schema.fields, name);
}

// ---- a small vocabulary for writing schemas ----

export const struct = (
  fields: Record<string, Schema> = {},
  opts: Partial<MapSchema> = {},
): MapSchema => ({
  kind: 'map',
  fields,
  ...opts,
});
/** A string map such as labels: granular, keys are not named fields. */
export const stringMap = (): MapSchema => ({ kind: 'map', elements: scalar });
export const atomicMap = (): MapSchema => ({ kind: 'map', elements: scalar, atomic: true });
export const atomicStruct = (): MapSchema => ({ kind: 'map', fields: {}, atomic: true });
export const atomic: ListSchema = { kind: 'list', listType: 'atomic' };
/** A list of scalars merged as a set (`x-kubernetes-list-type: set`, patchStrategy merge). */
export const setList = (): ListSchema => ({
  kind: 'list',
  listType: 'set',
  items: scalar,
  patchMergeKey: true,
});
export function mapList(
  keys: string[],
  items: Schema,
  opts: { patchMergeKey?: string | null; keyDefaults?: Record<string, unknown> } = {},
): ListSchema {
  return {
    kind: 'list',
    listType: 'map',
    keys,
    items,
    keyDefaults: opts.keyDefaults,
    // Most associative lists are also strategic-merge lists keyed by their first key.
    patchMergeKey: opts.patchMergeKey === null ? undefined : (opts.patchMergeKey ?? keys[0]),
  };
}

/** A top-level object: apiVersion/kind/metadata plus the kind's own fields. */
export function root(fields: Record<string, Schema>, objectMeta: Schema): MapSchema {
  return struct({ apiVersion: scalar, kind: scalar, metadata: objectMeta, ...fields });
}

/**
 * A CRD's structural OpenAPI v3 schema as our Schema, honouring the Kubernetes list/map
 * extensions (https://kubernetes.io/docs/reference/using-api/server-side-apply/#merge-strategy).
 */
export function fromOpenApi(s: unknown): Schema {
  if (typeof s !== 'object' || s === null) return untyped;
  const o = s as Record<string, unknown>;
  if (o['x-kubernetes-int-or-string']) return scalar;
  const props = o.properties as Record<string, unknown> | undefined;
  if (o.type === 'array') {
    const listType = (o['x-kubernetes-list-type'] as string | undefined) ?? 'atomic';
    if (listType === 'map') {
      const keys = (o['x-kubernetes-list-map-keys'] as string[] | undefined) ?? [];
      return mapList(keys, fromOpenApi(o.items), { patchMergeKey: null });
    }
    if (listType === 'set') return { kind: 'list', listType: 'set', items: scalar };
    return atomic;
  }
  if (o.type === 'object' || props || o.additionalProperties !== undefined) {
    if (!props && o.additionalProperties === undefined) return untyped;
    const fields: Record<string, Schema> = {};
    for (const [k, v] of Object.entries(props ?? {})) fields[k] = fromOpenApi(v);
    const ap = o.additionalProperties;
    return {
      kind: 'map',
      fields,
      elements: ap && ap !== true ? fromOpenApi(ap) : undefined,
      atomic: o['x-kubernetes-map-type'] === 'atomic',
    };
  }
  if (o['x-kubernetes-preserve-unknown-fields']) return untyped;
  return o.type ? scalar : untyped;
}
