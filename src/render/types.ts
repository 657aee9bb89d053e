import type { HelmCredentialFlags } from '../helm/credentials.js';
import type { RenderCache } from './cache/index.js';
import type { ClusterConnector, Sources } from '../sources/index.js';
import type { SeenImage } from '../images/types.js';
import type { K8sObject } from '../util/k8s.js';
import type { ConflictResolutionRule, IgnoreForDiffRule, ItemBehaviour } from '../project/types.js';

/** What the user asked to render: kluctl's project, image and inclusion flags. */
export interface RenderOptions {
  projectDir: string;
  target?: string;
  /** `-T`: the name templates see as target.name (kluctl renames the chosen or the no-name target). */
  targetNameOverride?: string;
  /** Raw `-a name=value` arguments (value parsed as YAML, `@file` loads a file). */
  args?: string[];
  /** YAML files whose top-level keys become arguments (`--args-from-file`). */
  argsFiles?: string[];
  /** Raw `-F image[:ns[:Kind/name[:container]]]=result` values. */
  fixedImages?: string[];
  fixedImagesFiles?: string[];
  includeTags?: string[];
  excludeTags?: string[];
  includeDeploymentDirs?: string[];
  excludeDeploymentDirs?: string[];
  /** Overrides the target's discriminator. */
  discriminator?: string;
  /** When set, the rendered project is moved here once rendering succeeded. */
  renderOutputDir?: string;
  /** Directory relative `-a name=@file` values are read from; defaults to process.cwd(). */
  cwd?: string;
  /** Environment for `systemEnvVars`; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /**
   * Variables `systemEnvVars` may read although their names say they hold secrets
   * (exact names or `PREFIX_*` globs); see project/env-access.ts.
   */
  allowEnv?: readonly string[];
  /** Progress lines (log groups in actions, stderr in the CLI). */
  log?: (line: string) => void;
  /** kluctl's `--kubernetes-version`: the kube version Helm charts see (default v1.20.0). */
  kubernetesVersion?: string;
  /** `--helm-*` / `--registry-*` credentials for charts pulled when rendering (skipPrePull). */
  helmCredentials?: HelmCredentialFlags;
  /**
   * The run's git/OCI/remote-vars sources and SOPS decryptor, shared by every render of the
   * run (each repository, artifact and image is fetched once); default: one per render.
   */
  sources?: Sources;
  /** How to reach the cluster (cluster vars sources, deployed images); absent: offline. */
  cluster?: ClusterConnector;
  /** Told every secret learned while rendering (decrypted values, Secrets from the cluster). */
  onSecret?: (value: string) => void;
  /** `-u/--update-images`: dynamic images take the newest tag even when deployed. */
  updateImages?: boolean;
  /** Registry lookups for get_image() without a fixed image (default true). */
  dynamicImages?: boolean;
  /** Keep decrypted values in --render-output-dir (default: they are replaced by ***). */
  renderOutputSecrets?: boolean;
  /** `--cache-dir`: a directory where renders keep what kustomize built, for later runs. */
  cacheDir?: string;
  /**
   * The run's render cache, shared by its renders (a diff's base and head, several targets;
   * see openRenderCache); default: one per render, on `cacheDir` only.
   */
  cache?: RenderCache;
}

export type { SeenImage } from '../images/types.js';

export interface RenderedItem extends ItemBehaviour {
  /** Item directory relative to the project root (`path` items), absent for barriers/deletes. */
  dir?: string;
  objects: K8sObject[];
}

export interface RenderResult {
  projectDir: string;
  target?: { name: string; context?: string; discriminator?: string };
  /** Selected items in deployment order (barriers included). */
  items: RenderedItem[];
  /** All objects of all items, in order. */
  objects: K8sObject[];
  images: SeenImage[];
  ignoreForDiff: IgnoreForDiffRule[];
  conflictResolution: ConflictResolutionRule[];
}
