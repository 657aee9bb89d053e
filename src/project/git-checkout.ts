import { parseGitRef, parseGitUrl, type GitUrl } from '../sources/git-url.js';
import type { Sources } from '../sources/index.js';
import type { ErrorLocation } from '../util/errors.js';
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
