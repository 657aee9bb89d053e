/**
 * Identifies the code that renders: a cache entry written by other code (an older
 * shipshape, other dependencies) is never used. In dist/ this module is replaced by the
 * digest of the bundled code (scripts/bundle.mjs); run from the sources, it is the digest of
 * src/ and the locked dependencies, computed once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

let id: string | undefined;

export function buildId(): string {
  return (id ??= digestOfSources());
}

function digestOfSources(): string {
  const src = path.resolve(import.meta.dirname, '../..');
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(`${path.relative(src, p)}\0`).update(readFileSync(p));
    }
  };
  walk(src);
  hash.update(readFileSync(path.join(src, '..', 'package-lock.json')));
  return `source-${hash.digest('hex')}`;
}
