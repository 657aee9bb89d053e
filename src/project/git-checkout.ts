import { parseGitRef, parseGitUrl, type GitUrl } from '../sources/git-url.js';
import type { Sources } from '../sources/index.js';
import type { ErrorLocation } from '../util/errors.js';
import { isPlainObject } from '../util/merge.js';
import type { Schema } from '../util/schema.js';
import type { YamlPath } from '../util/yaml.js';

/**
 * The checkout a project's `git:` spec (a git include, a git vars source) names: its url
 * and ref parsed (an invalid ref is an error at `at.ref`), the commit fetched once per run.
 */
export async function checkoutGitSpec(
  sources: Sources,
  spec: { url?: unknown; ref?: unknown },
  schema: Schema,
  at: YamlPath,
  where: ErrorLocation,
) {
  const url: GitUrl = parseGitUrl(String(spec.url), where);
  let ref;
  try {
    ref = parseGitRef(spec.ref);
  } catch (err) {
    throw schema.error([...at, 'ref'], (err as Error).message);
  }
  const checkout = await sources.git.checkout(url, ref, where);
  return { url, checkout, label: `git:${url.display}` };
}

/**
 * Starts fetching a `git:` spec (a string or { url, ref }) before it is needed, so fetches
 * of several repositories overlap. A spec that does not parse is left alone: checkoutGitSpec
 * reports it when its item is reached, and so it does a failed fetch.
 */
export function prefetchGitSpec(sources: Sources, spec: unknown, where: ErrorLocation): void {
  const s = typeof spec === 'string' ? { url: spec } : spec;
  if (!isPlainObject(s) || typeof s.url !== 'string') return;
  try {
    const url = parseGitUrl(s.url, where);
    sources.git.checkout(url, parseGitRef(s.ref), where).catch(() => undefined);
  } catch {
    // reported where the item is loaded
  }
}
