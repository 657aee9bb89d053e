import { Schema } from '../util/schema.js';
import type { FixedImage } from './types.js';
import { UsageError, UserError } from '../util/errors.js';
import { readYamlFile, type LocatedYaml, type YamlPath } from '../util/yaml.js';

const FIELDS = {
  image: 'string',
  imageRegex: 'string',
  resultImage: 'string',
  namespace: 'string',
  deployment: 'string',
  container: 'string',
  // Written by list-images for information; ignored when resolving.
  latestVersion: 'string',
  deployedImage: 'any',
  registryImage: 'any',
  versionFilter: 'any',
  chosen: 'any',
  why: 'any',
  deployTags: 'any',
  deploymentDir: 'any',
  object: 'any',
} as const;

/** Parses a fixed-images list (the same format everywhere: file, target, `images` var). */
export function parseFixedImages(
  doc: LocatedYaml,
  list: unknown,
  path: YamlPath,
  origin: FixedImage['origin'],
): FixedImage[] {
  const schema = new Schema(doc);
  return schema.list(list, path, 'images').map((entry, i) => {
    const p = [...path, i];
    const e = schema.object(entry, p, 'fixed image', FIELDS, ['resultImage']);
    if (e.image === undefined && e.imageRegex === undefined) {
      throw schema.error(p, 'fixed image needs "image" or "imageRegex"');
    }
    if (typeof e.imageRegex === 'string') {
      try {
        new RegExp(e.imageRegex);
      } catch (err) {
        throw schema.error([...p, 'imageRegex'], `invalid imageRegex: ${(err as Error).message}`);
      }
    }
    const fi: FixedImage = {
      resultImage: e.resultImage as string,
      origin,
      source: { file: doc.file, path: p },
    };
    for (const k of ['image', 'imageRegex', 'namespace', 'deployment', 'container'] as const) {
      if (typeof e[k] === 'string') fi[k] = e[k] as string;
    }
    return fi;
  });
}

/** A `--fixed-images-file`: a mapping with one `images` list. */
export async function loadFixedImagesFile(file: string): Promise<FixedImage[]> {
  let doc: LocatedYaml;
  try {
    doc = await readYamlFile(file, file, { kluctl: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError(
        'fixed images file not found',
        { file },
        'check the --fixed-images-file path',
      );
    }
    throw err;
  }
  const schema = new Schema(doc);
  const root = schema.object(doc.value ?? {}, [], 'fixed images file', { images: 'list' });
  return parseFixedImages(doc, root.images, ['images'], 'file');
}

/**
 * `-F image[:namespace[:Kind/name[:container]]]=result`. A registry port (`host:5000/x`)
 * belongs to the image, not to the namespace.
 */
export function parseFixedImageArg(arg: string): FixedImage {
  const eq = arg.indexOf('=');
  if (eq <= 0 || eq === arg.length - 1) {
    throw new UsageError(
      `-F/--fixed-image must be IMAGE[:NAMESPACE[:KIND/NAME[:CONTAINER]]]=RESULT, got "${arg}"`,
    );
  }
  const parts = arg.slice(0, eq).split(':');
  if (parts.length > 1 && /^\d+(\/|$)/.test(parts[1]))
    parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
  if (parts.length > 4) throw new UsageError(`-F/--fixed-image has too many ":" parts: "${arg}"`);
  const [image, namespace, deployment, container] = parts;
  const fi: FixedImage = { image, resultImage: arg.slice(eq + 1), origin: 'cli' };
  if (namespace) fi.namespace = namespace;
  if (deployment) fi.deployment = deployment;
  if (container) fi.container = container;
  return fi;
}

export interface ImageUse {
  image: string;
  namespace: string;
  /** `Kind/name` */
  deployment: string;
  container: string;
}

function matchesUse(fi: FixedImage, use: ImageUse): boolean {
  if (fi.image !== undefined && fi.image !== use.image) return false;
  if (fi.imageRegex !== undefined && !new RegExp(fi.imageRegex).test(use.image)) return false;
  if (fi.namespace !== undefined && fi.namespace !== use.namespace) return false;
  if (fi.deployment !== undefined && fi.deployment !== use.deployment) return false;
  if (fi.container !== undefined && fi.container !== use.container) return false;
  return true;
}

/**
 * kluctl's lookup: the last matching entry of the fixed list (target images, files, -F)
 * wins; the `images` variable is consulted only when that list has no match.
 */
export function findFixedImage(
  use: ImageUse,
  fixed: readonly FixedImage[],
  fromVars: readonly FixedImage[],
): FixedImage | undefined {
  for (const list of [fixed, fromVars]) {
    for (let i = list.length - 1; i >= 0; i--) if (matchesUse(list[i], use)) return list[i];
  }
  return undefined;
}
