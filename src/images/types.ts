import type { SourceLocation } from '../util/yaml.js';

/** One entry of a fixed-images list (target `images`, fixed-images file, -F, `images` var). */
export interface FixedImage {
  image?: string;
  imageRegex?: string;
  resultImage: string;
  namespace?: string;
  /** `Kind/name` of the workload. */
  deployment?: string;
  container?: string;
  /** Where the entry lives; absent for -F. */
  source?: SourceLocation;
  /** Which list it came from. */
  origin: 'target' | 'file' | 'cli' | 'vars';
}

/** One call of `images.get_image()`, resolved against the object it ended up in. */
export interface SeenImage {
  image: string;
  /** The `latest_version` filter given to get_image (kluctl's second argument), if any. */
  latestVersion?: string;
  /** The fixed image that won, if one matched. */
  resultImage?: string;
  /** The entry that won, with where it lives. */
  fixedImage?: FixedImage;
  namespace: string;
  /** `Kind/name` of the object. */
  deployment: string;
  container: string;
  /** Item directory relative to the source root (the git repository, else the project). */
  deploymentDir: string;
  tags: string[];
  /** The object the image is used in. */
  object: { group: string; version: string; kind: string; name: string; namespace: string };
  /** Without a fixed image: what the registry and the cluster said, and which was used. */
  dynamic?: {
    versionFilter: string;
    registryImage?: string;
    deployedImage?: string;
    chosen: 'registry' | 'deployed';
    why: string;
  };
}
