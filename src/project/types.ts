import type { YamlPath } from '../util/yaml.js';

/** Where a value was read from, so tools can edit it in place (image-bump). */
export interface SourceLocation {
  /** Absolute path of the file. */
  file: string;
  /** YAML path of the value inside that file. */
  path: YamlPath;
}

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

export interface ArgSpec {
  name: string;
  hasDefault: boolean;
  default?: unknown;
}

export interface TargetConfig {
  name: string;
  context?: string;
  args: Record<string, unknown>;
  images: FixedImage[];
  discriminator?: string;
  /** Every field of the target as written (after rendering), exposed to templates as `target`. */
  values: Record<string, unknown>;
}

export interface KluctlProjectConfig {
  /** Absolute project directory. */
  dir: string;
  /** Absolute path of .kluctl.yaml, when there is one. */
  file?: string;
  discriminator?: string;
  targets: TargetConfig[];
  args: ArgSpec[];
}

export interface IgnoreForDiffRule {
  fieldPath?: string[];
  fieldPathRegex?: string[];
  group?: string;
  kind?: string;
  namespace?: string;
  name?: string;
}

export interface ConflictResolutionRule extends IgnoreForDiffRule {
  manager?: string;
  action: 'ignore' | 'force-apply';
}

export interface ObjectSelector {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

/** How a deployment item is deployed (kluctl's item properties, after kustomization annotations). */
export interface ItemBehaviour {
  /** Item tags after inheritance, in kluctl's order (labels kluctl.io/tag-N). */
  tags: string[];
  barrier: boolean;
  message?: string;
  waitReadiness: boolean;
  waitReadinessObjects: ObjectSelector[];
  deleteObjects: ObjectSelector[];
  alwaysDeploy: boolean;
  skipDeleteIfTags: boolean;
  onlyRender: boolean;
}
