/**
 * `--render-output-dir`: the finished render replaces the directory, so the directory must
 * be one that can be replaced without loss. Refused: a directory that holds the project (or
 * the working directory) or is one of their ancestors, one holding a `.git`, and a
 * non-empty directory that an earlier render did not write (it has no marker file).
 */
import { existsSync, readdirSync, realpathSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';
import { isInside } from '../util/project-boundary.js';

/** Written into every render directory, so a later render knows it may replace it. */
export const RENDER_MARKER = '.shipshape-render';

function real(p: string): string {
  // The deepest existing ancestor decides where a not-yet-existing path really is.
  const missing: string[] = [];
  let cur = path.resolve(p);
  while (!existsSync(cur) && path.dirname(cur) !== cur) {
    missing.unshift(path.basename(cur));
    cur = path.dirname(cur);
  }
  return path.join(realpathSync(cur), ...missing);
}

export function checkRenderOutputDir(dest: string, protect: readonly string[]): void {
  const target = real(dest);
  const refuse = (why: string) =>
    new UserError(
      `--render-output-dir ${dest} ${why}`,
      {},
      'choose a new or empty directory, or one an earlier render wrote (it holds .shipshape-render)',
    );
  for (const p of protect) {
    if (isInside(target, real(p))) throw refuse(`contains ${p}; it would be deleted`);
  }
  if (!existsSync(target)) return;
  const entries = readdirSync(target);
  if (entries.includes('.git')) throw refuse('holds a .git directory; it would be deleted');
  if (entries.length > 0 && !entries.includes(RENDER_MARKER))
    throw refuse('is not empty and was not written by shipshape; it would be deleted');
}

/** Replaces `dest` with the finished render directory `from` (checked by checkRenderOutputDir). */
export function moveIntoPlace(from: string, dest: string): void {
  writeFileSync(path.join(from, RENDER_MARKER), '');
  const old = `${dest}.old-${process.pid}`;
  if (existsSync(dest)) renameSync(dest, old);
  renameSync(from, dest);
  rmSync(old, { recursive: true, force: true });
}
