import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/images');

/** A conformance file copied from the shared suite (see each file's header for its rules). */
export function conformance<T>(name: string): T {
  return parse(readFileSync(path.join(dir, name), 'utf8')) as T;
}
