/**
 * An item's input key (render/cache): a digest of what is known about it before rendering.
 * Together with the deps its last render recorded (cache/deps.ts) it decides whether the
 * objects kustomize built then can be used now. Everything kustomize's output can depend on
 * is here or among the deps: what is not (labels, annotations, image resolution, everything
 * after kustomize) is applied again to cached objects.
 */
import type { Vars } from '../templating/engine.js';
import { buildId } from './cache/build-id.js';
import { Digest, NotDigestible } from './cache/digest.js';
import type { ItemTree } from './template-dir.js';

export interface ItemInputs {
  tree: ItemTree;
  /** What its templates see. */
  vars: Vars;
  /** Entries of `vars` that are code (get_image, version helpers): the build id covers them. */
  code: readonly string[];
  /**
   * The item's directory and the directories its templates look names up in, as key paths
   * (cache/key-paths.ts). The deps of a render name files by where this item is (an include
   * of "../x.j2", a search path, a chart `path:`), and a later lookup re-reads them there:
   * without this, an item with the same files and variables elsewhere would be given the
   * objects of the item that recorded them.
   */
  searchDirs: readonly string[];
  overrideNamespace?: string;
  recursive: boolean;
  onlyRender: boolean;
}

/** The input key, or undefined when the variables hold something no digest describes. */
export function itemInputKey(inputs: ItemInputs): string | undefined {
  const d = new Digest()
    .text('code', buildId())
    // the engine that runs templates and our code
    .text('node', process.version.split('.')[0])
    .value('overrideNamespace', inputs.overrideNamespace ?? null)
    .value('recursive', inputs.recursive)
    .value('onlyRender', inputs.onlyRender);
  for (const dir of inputs.searchDirs) d.text('searchDir', dir);
  const byPath = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : 1);
  for (const dir of [...inputs.tree.dirs].sort()) d.text('dir', dir);
  for (const f of [...inputs.tree.files].sort(byPath))
    d.text('file', f.rel).value('template', f.template).text('digest', f.digest);
  const data = Object.fromEntries(
    Object.entries(inputs.vars).filter(([k]) => !inputs.code.includes(k)),
  );
  try {
    d.value('vars', data);
  } catch (err) {
    if (err instanceof NotDigestible) return undefined;
    throw err;
  }
  return d.hex();
}
