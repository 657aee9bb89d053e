import { UserError, nearest } from './errors.js';
import { isPlainObject, newMap, type PlainObject } from './merge.js';
import type { LocatedYaml, YamlPath } from './yaml.js';

export type FieldType =
  'string' | 'boolean' | 'list' | 'map' | 'stringList' | 'stringMap' | 'scalar' | 'any';

const describe: Record<FieldType, string> = {
  string: 'a string',
  boolean: 'true or false',
  list: 'a list',
  map: 'a mapping',
  stringList: 'a list of strings',
  stringMap: 'a mapping of strings',
  scalar: 'a string, number or boolean',
  any: 'a value',
};

function isScalar(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function matches(type: FieldType, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'list':
      return Array.isArray(v);
    case 'map':
      return isPlainObject(v);
    case 'stringList':
      return Array.isArray(v) && v.every(isScalar);
    case 'stringMap':
      return isPlainObject(v) && Object.values(v).every((x) => isScalar(x) || x === null);
    case 'scalar':
      return isScalar(v);
    case 'any':
      return true;
  }
}

const pathText = (path: YamlPath) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** Validates mappings of a YAML document and reports problems at their line. */
export class Schema {
  constructor(readonly doc: LocatedYaml) {}

  error(path: YamlPath, message: string, hint?: string): UserError {
    const pos = this.doc.positionOf(path);
    return new UserError(message, { file: this.doc.file, line: pos?.line, col: pos?.col }, hint);
  }

  /**
   * Checks that `value` at `path` is a mapping whose keys are all in `fields` with the given
   * types and that `required` keys are present; unknown keys fail with the nearest valid name.
   */
  object(
    value: unknown,
    path: YamlPath,
    what: string,
    fields: Record<string, FieldType>,
    required: string[] = [],
  ): PlainObject {
    if (!isPlainObject(value)) throw this.error(path, `${what} must be a mapping`);
    for (const [key, v] of Object.entries(value)) {
      const type = fields[key];
      if (!type) {
        const guess = nearest(key, Object.keys(fields));
        throw this.error(
          [...path, key],
          `unknown field "${key}" in ${what}`,
          guess ? `did you mean "${guess}"?` : `allowed fields: ${Object.keys(fields).join(', ')}`,
        );
      }
      if (v !== null && !matches(type, v))
        throw this.error([...path, key], `${pathText([...path, key])} must be ${describe[type]}`);
    }
    for (const key of required) {
      if (value[key] === undefined || value[key] === null)
        throw this.error(path, `${what} needs "${key}"`);
    }
    return value;
  }

  list(value: unknown, path: YamlPath, what: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.error(path, `${what} must be a list`);
    return value;
  }
}

/** Label/annotation maps: YAML scalars become strings, as Kubernetes needs. */
export function toStringMap(v: unknown): Record<string, string> {
  if (!isPlainObject(v)) return newMap();
  return newMap(Object.entries(v).map(([k, x]) => [k, x === null ? '' : String(x)]));
}
