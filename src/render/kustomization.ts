import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document } from 'yaml';
import { UserError } from '../util/errors.js';
import { isPlainObject, type PlainObject } from '../util/merge.js';
import { parseYamlForEdit } from '../util/yaml.js';
import { directPlan, type DirectPlan } from './direct-build.js';
import type { RenderedFiles } from './rendered-files.js';

const isYaml = (name: string) => /\.ya?ml$/i.test(name);
const isHelmFile = (name: string) => /^helm-(values|chart)\.ya?ml$/i.test(name);

export interface PreparedKustomization {
  barrier: boolean;
  waitReadiness: boolean;
  /** Whether the kustomization builds the same inside a batch (see kustomize-batch.ts). */
  batchable: boolean;
  /** Set when kustomize would only read the listed manifests (direct-build.ts). */
  direct?: DirectPlan;
  /** The kustomization file and what it holds, so nothing has to read it again. */
  kustomization?: { file: string; value: PlainObject };
  /**
   * Writes the kustomization as kustomize must read it (generated, or with the namespace and
   * order set), once something will read it: kustomize building this item or another item
   * naming its directory. An item built without kustomize never needs it.
   */
  write(): void;
}

/**
 * Makes sure a rendered item directory has a kustomization: the user's own, or one listing
 * its YAML files (sorted, helm files excluded). Sets `namespace` from overrideNamespace when
 * the kustomization has none, so kustomize applies it to namespaced kinds only.
 */
export function prepareKustomization(
  files: RenderedFiles,
  opts: { overrideNamespace?: string; recursive: boolean; itemName: string },
): PreparedKustomization {
  const existing = files.findYaml('kustomization');
  let ky: PlainObject;
  // Edits go through the document, so every scalar keeps the form the user wrote: kustomize
  // reads `"yes"` and `yes` differently.
  let doc: Document;
  const file = existing ?? path.join(files.dir, 'kustomization.yaml');
  if (existing) {
    if (opts.recursive)
      throw new UserError(
        `recursive: true cannot be used when ${opts.itemName} has a kustomization`,
        { file: existing },
      );
    const located = parseYamlForEdit(files.readText(existing), existing);
    const parsed = located.value ?? {};
    if (!isPlainObject(parsed))
      throw new UserError('kustomization must be a mapping', { file: existing });
    ky = parsed;
    doc = located.document;
  } else {
    const resources = files
      .listFiles(opts.recursive)
      .filter((f) => isYaml(f) && !isHelmFile(path.basename(f)));
    ky = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources };
    doc = new Document(ky);
  }
  const direct = directPlan(ky, opts.overrideNamespace);
  let changed = !existing;
  if (
    opts.overrideNamespace !== undefined &&
    (ky.namespace === undefined || ky.namespace === null || ky.namespace === '')
  ) {
    doc.set('namespace', opts.overrideNamespace);
    changed = true;
  }
  // kluctl keeps the order kustomize reads the objects in (its files in order, generated
  // objects last), where the kustomize CLI would sort them by kind (its "legacy" order).
  const ownSortOptions = ky.sortOptions !== undefined;
  if (!ownSortOptions) {
    doc.set('sortOptions', { order: 'fifo' });
    changed = true;
  }
  let pending = changed;
  const write = () => {
    if (pending) writeFileSync(file, doc.toString());
    pending = false;
  };
  const annotations =
    isPlainObject(ky.metadata) && isPlainObject(ky.metadata.annotations)
      ? ky.metadata.annotations
      : {};
  const flag = (name: string) => ['true', 'True', '1', 'yes'].includes(String(annotations[name]));
  return {
    barrier: flag('kluctl.io/barrier'),
    waitReadiness: flag('kluctl.io/wait-readiness'),
    // Both only take effect at the top of a build (a batch's top orders fifo too).
    batchable: !ownSortOptions && ky.buildMetadata === undefined,
    direct,
    kustomization: { file, value: ky },
    write,
  };
}
