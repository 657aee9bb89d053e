/**
 * What a template render reads besides the variables it is given, told to whoever keeps its
 * output for later (render/cache): every name looked up (include, import, extends,
 * load_template, load_sha256, load_base64) with the file found and the digest of what was
 * read from it, and every use of something a later render would not reproduce (the clock,
 * chance, git history, a debug print). A cache that knows all of this can tell whether a
 * later render would read the same, without rendering.
 *
 * Rendering a template is synchronous from start to end, so the reads of one render are
 * collected by making its recorder the active one for that call (`recordingReads`): no
 * filter or global needs to be handed the recorder, and none can forget to use it.
 */
import { hash } from 'node:crypto';

export interface TemplateReads {
  /**
   * `name` was looked up from the template at `fromPath` ('' for a string template) in
   * `searchDirs`: found as `file` whose content has `digest`, or not found (both undefined).
   */
  lookup(
    name: string,
    fromPath: string,
    searchDirs: readonly string[],
    file: string | undefined,
    digest: string | undefined,
  ): void;
  /** The output depends on something no input names (`what` says which). */
  volatile(what: string): void;
}

let active: TemplateReads | undefined;

/** Runs `fn` (a synchronous render) with `reads` told everything it reads. */
export function recordingReads<T>(reads: TemplateReads | undefined, fn: () => T): T {
  const outer = active;
  active = reads;
  try {
    return fn();
  } finally {
    active = outer;
  }
}

export function readLookup(
  name: string,
  fromPath: string,
  searchDirs: readonly string[],
  file: string | undefined,
  digest: string | undefined,
): void {
  active?.lookup(name, fromPath, searchDirs, file, digest);
}

export function readVolatile(what: string): void {
  active?.volatile(what);
}

/** The digest reads report for a file's content. */
export function contentDigest(content: string | Buffer): string {
  // One call, no Hash object: every file of every item is digested, cache hit or not.
  return hash('sha256', content, 'hex');
}
