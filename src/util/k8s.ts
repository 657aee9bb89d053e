/** A Kubernetes object as plain JSON: unknown fields survive every step. */
export type K8sObject = Record<string, unknown> & {
  apiVersion?: string;
  kind?: string;
  metadata?: Record<string, unknown>;
};

export interface ObjectRef {
  group: string;
  version: string;
  kind: string;
  namespace: string;
  name: string;
}

export function splitApiVersion(apiVersion: string | undefined): {
  group: string;
  version: string;
} {
  const v = apiVersion ?? '';
  const i = v.indexOf('/');
  return i < 0 ? { group: '', version: v } : { group: v.slice(0, i), version: v.slice(i + 1) };
}

export function metadataOf(obj: K8sObject): Record<string, unknown> {
  if (typeof obj.metadata !== 'object' || obj.metadata === null) obj.metadata = {};
  return obj.metadata as Record<string, unknown>;
}

export function refOf(obj: K8sObject): ObjectRef {
  const { group, version } = splitApiVersion(obj.apiVersion);
  const md = (obj.metadata ?? {}) as Record<string, unknown>;
  return {
    group,
    version,
    kind: String(obj.kind ?? ''),
    namespace: typeof md.namespace === 'string' ? md.namespace : '',
    name: typeof md.name === 'string' ? md.name : '',
  };
}

/** Identity of an object regardless of API version: group/Kind/namespace/name. */
export function refKey(ref: ObjectRef): string {
  return `${ref.group}/${ref.kind}/${ref.namespace}/${ref.name}`;
}

/** Human form used in messages: `Kind ns/name` or `Kind name`. */
export function refString(ref: ObjectRef): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

function stringMap(obj: K8sObject, field: 'labels' | 'annotations'): Record<string, string> {
  const md = metadataOf(obj);
  if (typeof md[field] !== 'object' || md[field] === null) md[field] = {};
  return md[field] as Record<string, string>;
}

export const labelsOf = (obj: K8sObject) => stringMap(obj, 'labels');
export const annotationsOf = (obj: K8sObject) => stringMap(obj, 'annotations');

export function getAnnotation(obj: K8sObject, name: string): string | undefined {
  const a = (obj.metadata as Record<string, unknown> | undefined)?.annotations as
    Record<string, unknown> | undefined;
  const v = a?.[name];
  return typeof v === 'string' ? v : undefined;
}

/** kluctl reads boolean annotations leniently ("true", "True", "1"). */
export function annotationTrue(obj: K8sObject, name: string): boolean {
  const v = getAnnotation(obj, name);
  return v !== undefined && ['true', '1', 'yes'].includes(v.toLowerCase());
}
