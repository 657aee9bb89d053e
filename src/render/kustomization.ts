import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { findYamlFileSync } from '../project/find-file.js';
import { UserError } from '../util/errors.js';
import { isPlainObject, type PlainObject } from '../util/merge.js';
import { parseYaml } from '../util/yaml.js';

const isYaml = (name: string) => /\.ya?ml$/i.test(name);
const isHelmFile = (name: string) => /^helm-(values|chart)\.ya?ml$/i.test(name);

function listFiles(dir: string, recursive: boolean): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!recursive || e.name === '.git') continue;
        if (/^kustomization\.ya?ml$/i.test(e.name)) continue;
        walk(path.join(d, e.name), rel);
      } else if (e.isFile()) {
        if (recursive && prefix && /^kustomization\.ya?ml$/.test(e.name)) {
          throw new UserError(
            `recursive: true cannot be used when ${rel} exists`,
            {},
            'remove the nested kustomization or drop recursive: true',
          );
        }
        out.push(rel);
      }
    }
  };
  walk(dir, '');
  return out;
}

export interface PreparedKustomization {
  barrier: boolean;
  waitReadiness: boolean;
  /** Whether the kustomization builds the same inside a batch (see kustomize-batch.ts). */
  batchable: boolean;
}

/**
 * Makes sure a rendered item directory has a kustomization: the user's own, or one listing
 * its YAML files (sorted, helm files excluded). Sets `namespace` from overrideNamespace when
 * the kustomization has none, so kustomize applies it to namespaced kinds only.
 */
export function prepareKustomization(
  dir: string,
  opts: { overrideNamespace?: string; recursive: boolean; itemName: string },
): PreparedKustomization {
  const existing = findYamlFileSync(dir, 'kustomization');
  let ky: PlainObject;
  let file = existing ?? path.join(dir, 'kustomization.yaml');
  if (existing) {
    if (opts.recursive)
      throw new UserError(
        `recursive: true cannot be used when ${opts.itemName} has a kustomization`,
        { file: existing },
      );
    const parsed = parseYaml(readFileSync(existing, 'utf8'), existing).value ?? {};
    if (!isPlainObject(parsed))
      throw new UserError('kustomization must be a mapping', { file: existing });
    ky = parsed;
  } else {
    const resources = listFiles(dir, opts.recursive).filter(
      (f) => isYaml(f) && !isHelmFile(path.basename(f)),
    );
    ky = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources };
    file = path.join(dir, 'kustomization.yaml');
  }
  let changed = !existing;
  if (
    opts.overrideNamespace !== undefined &&
    (ky.namespace === undefined || ky.namespace === null || ky.namespace === '')
  ) {
    ky.namespace = opts.overrideNamespace;
    changed = true;
  }
  if (changed) writeFileSync(file, stringify(ky));
  const annotations =
    isPlainObject(ky.metadata) && isPlainObject(ky.metadata.annotations)
      ? ky.metadata.annotations
      : {};
  const flag = (name: string) => ['true', 'True', '1', 'yes'].includes(String(annotations[name]));
  return {
    barrier: flag('kluctl.io/barrier'),
    waitReadiness: flag('kluctl.io/wait-readiness'),
    // Both only take effect at the top of a build.
    batchable: ky.sortOptions === undefined && ky.buildMetadata === undefined,
  };
}
