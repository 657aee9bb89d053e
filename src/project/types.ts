import type { FixedImage } from '../images/types.js';

export type { FixedImage } from '../images/types.js';
export type { SourceLocation } from '../util/yaml.js';

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
  /** The project's `aws` settings, the default of each target's. */
  aws?: Record<string, unknown>;
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
