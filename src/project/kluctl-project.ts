import { parseFixedImages } from '../images/fixed-images.js';
import { isPlainObject } from '../util/merge.js';
import { readYamlFile } from '../util/yaml.js';
import { findYamlFileSync } from './find-file.js';
import { Schema } from '../util/schema.js';
import type { ArgSpec, KluctlProjectConfig, TargetConfig } from './types.js';

const PROJECT_FIELDS = {
  discriminator: 'string',
  targets: 'list',
  args: 'list',
  // Accepted for compatibility with kluctl projects; shipshape has no AWS/SOPS integration.
  aws: 'map',
  secretsConfig: 'map',
} as const;

const TARGET_FIELDS = {
  name: 'string',
  context: 'string',
  args: 'map',
  images: 'list',
  discriminator: 'string',
  aws: 'map',
  sealingConfig: 'map',
} as const;

/** Loads `.kluctl.yaml`; a project without one has no targets and no declared args. */
export async function loadKluctlProject(dir: string): Promise<KluctlProjectConfig> {
  const file = findYamlFileSync(dir, '.kluctl');
  if (!file) return { dir, targets: [], args: [] };
  const doc = await readYamlFile(file, file, { kluctl: true });
  const schema = new Schema(doc);
  const root = schema.object(doc.value ?? {}, [], '.kluctl.yaml', PROJECT_FIELDS);

  const args: ArgSpec[] = schema.list(root.args, ['args'], 'args').map((a, i) => {
    const o = schema.object(a, ['args', i], 'argument', { name: 'string', default: 'any' }, [
      'name',
    ]);
    return { name: o.name as string, hasDefault: 'default' in o, default: o.default };
  });

  const seen = new Set<string>();
  const targets: TargetConfig[] = schema.list(root.targets, ['targets'], 'targets').map((t, i) => {
    const o = schema.object(t, ['targets', i], 'target', TARGET_FIELDS, ['name']);
    const name = o.name as string;
    if (seen.has(name))
      throw schema.error(
        ['targets', i, 'name'],
        `duplicate target "${name}"`,
        'target names must be unique',
      );
    seen.add(name);
    return {
      name,
      context: o.context as string | undefined,
      args: isPlainObject(o.args) ? o.args : {},
      images: parseFixedImages(doc, o.images, ['targets', i, 'images'], 'target'),
      // An empty discriminator falls back to the project's, as in kluctl.
      discriminator:
        (o.discriminator as string | undefined) || (root.discriminator as string | undefined),
      values: o,
    };
  });

  return {
    dir,
    file,
    discriminator: root.discriminator as string | undefined,
    aws: isPlainObject(root.aws) ? root.aws : undefined,
    targets,
    args,
  };
}
