/**
 * Node's on-disk cache of compiled code (Node 22.1 and later, so the actions' Node 24): a
 * later run of the CLI or an action skips compiling the bundle, a quarter of its start
 * (bench/action-cold-start.ts). The entry files of dist/ call this before they load the
 * bundle (scripts/bundle.mjs), which is why it imports nothing of it.
 *
 * The cache lives in the user's own cache directory, never in a shared temporary one: code
 * found there is run, so nobody else may be able to write it. NODE_DISABLE_COMPILE_CACHE=1
 * turns it off, as for any Node program.
 */
import { existsSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  // Node 20 (supported for the CLI) has no compile cache.
  if (typeof module.enableCompileCache !== 'function') return;
  try {
    const base = env.XDG_CACHE_HOME || os.homedir();
    // Node makes the directories it needs, but not a home directory that is not there
    // (HOME=/nonexistent for service accounts).
    if (!existsSync(base)) return;
    const cache = env.XDG_CACHE_HOME || path.join(base, '.cache');
    // Node reports a directory it cannot use in the result and goes on without a cache.
    module.enableCompileCache(path.join(cache, 'shipshape', 'node-compile-cache'));
  } catch {
    // no home directory: run without the cache
  }
}
