import { readFile } from 'node:fs/promises';
import { UsageError, UserError } from '../util/errors.js';
import { deepMerge, getPath, isPlainObject, setPath, type PlainObject } from '../util/merge.js';
import { parseKluctlValue, readYamlFile } from '../util/yaml.js';
import type { ArgSpec } from './types.js';

const ARG_PATTERN = /^[a-zA-Z0-9_./-]*=/;

/**
 * `-a name=value`: the value is YAML (`-a d=true` is a boolean, `-a "e='true'"` a string),
 * `a.b=v` sets a nested value, `@file` reads the value from a file and `\@` escapes it.
 */
export async function parseArgFlags(flags: readonly string[], cwd: string): Promise<PlainObject> {
  let out: PlainObject = {};
  for (const flag of flags) {
    if (!ARG_PATTERN.test(flag)) throw new UsageError(`-a/--arg must be NAME=VALUE, got "${flag}"`);
    const eq = flag.indexOf('=');
    const name = flag.slice(0, eq);
    let raw = flag.slice(eq + 1);
    if (raw.startsWith('@')) {
      const file = new URL(raw.slice(1), `file://${cwd}/`).pathname;
      try {
        raw = await readFile(file, 'utf8');
      } catch {
        throw new UsageError(`-a ${name}: cannot read ${raw.slice(1)}`);
      }
    } else if (raw.startsWith('\\@')) {
      raw = raw.slice(1);
    }
    let value: unknown;
    try {
      value = parseKluctlValue(raw);
    } catch (err) {
      throw new UsageError(
        `-a ${name}: value is not valid YAML: ${(err as Error).message.split('\n')[0]}`,
      );
    }
    const nested: PlainObject = {};
    setPath(nested, name.split('.'), value ?? null);
    out = deepMerge(out, nested);
  }
  return out;
}

/** `--args-from-file`: a YAML mapping whose keys are arguments. */
export async function loadArgsFile(file: string): Promise<PlainObject> {
  const doc = await readYamlFile(file, file, { kluctl: true }).catch(
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') throw new UsageError(`--args-from-file: ${file} not found`);
      throw err;
    },
  );
  if (!isPlainObject(doc.value)) throw new UserError('arguments file must be a mapping', { file });
  return doc.value;
}

/** Defaults underneath, then the given args; fails on a required argument that is missing. */
export function applyArgDefaults(
  specs: readonly ArgSpec[],
  given: PlainObject,
  where: string,
): PlainObject {
  let defaults: PlainObject = {};
  for (const spec of specs) {
    if (!spec.hasDefault) continue;
    const d: PlainObject = {};
    setPath(d, [spec.name], structuredClone(spec.default));
    defaults = deepMerge(defaults, d);
  }
  const args = deepMerge(defaults, given);
  for (const spec of specs) {
    if (!spec.hasDefault && !getPath(args, spec.name.split('.')).found) {
      throw new UserError(
        `required argument "${spec.name}" not set`,
        { file: where },
        `pass it with -a ${spec.name}=VALUE or set it in the target's args`,
      );
    }
  }
  return args;
}
