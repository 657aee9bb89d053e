import path from 'node:path';
import type { RenderOptions } from '../render/types.js';
import { UsageError } from '../util/errors.js';
import { bool, list, str, type FlagSpec, type ParsedArgs } from './args.js';
import { helmCredentialFlags, helmCredentialOptions } from './helm-flags.js';
import type { CliIo } from './io.js';

// kluctl's flag names, so commands and muscle memory carry over.
export const projectFlags: FlagSpec[] = [
  {
    name: 'project-dir',
    kind: 'string',
    metavar: 'DIR',
    help: 'project directory (default: current directory)',
  },
  {
    name: 'target',
    short: 't',
    kind: 'string',
    metavar: 'NAME',
    help: 'target to render (required when the project defines targets)',
  },
  {
    name: 'target-name-override',
    short: 'T',
    kind: 'string',
    metavar: 'NAME',
    help: 'rename the target (the one chosen with -t, or the no-name target) to NAME',
  },
  {
    name: 'arg',
    short: 'a',
    kind: 'list',
    metavar: 'NAME=VALUE',
    help: 'deployment argument; VALUE is YAML, a.b=v nests, @file reads a file',
  },
  {
    name: 'args-from-file',
    kind: 'list',
    metavar: 'FILE',
    help: 'YAML file whose top-level keys become arguments',
  },
  {
    name: 'discriminator',
    kind: 'string',
    metavar: 'TEXT',
    help: "override the target's discriminator",
  },
  {
    name: 'allow-env',
    kind: 'list',
    metavar: 'NAME',
    help: 'let systemEnvVars read this variable although its name says it is a secret (NAME or PREFIX_*)',
  },
];

/** The render cache (src/render/cache). */
export const cacheFlags: FlagSpec[] = [
  {
    name: 'cache-dir',
    kind: 'string',
    metavar: 'DIR',
    help: 'keep what kustomize built for each item here and reuse it in later runs when nothing the item reads changed (new or empty directory, or one an earlier run made)',
  },
];

export const imageFlags: FlagSpec[] = [
  {
    name: 'fixed-image',
    short: 'F',
    kind: 'list',
    metavar: 'IMAGE[:NS[:KIND/NAME[:CONTAINER]]]=RESULT',
    help: 'pin an image',
  },
  {
    name: 'fixed-images-file',
    kind: 'list',
    metavar: 'FILE',
    help: 'YAML file with an `images` list of fixed images',
  },
  {
    name: 'update-images',
    short: 'u',
    kind: 'bool',
    help: 'get_image() without a fixed image takes the newest registry tag even when the object is deployed (with -I: only for those items)',
  },
];

export const inclusionFlags: FlagSpec[] = [
  {
    name: 'include-tag',
    short: 'I',
    kind: 'list',
    metavar: 'TAG',
    help: 'only items with this tag',
  },
  {
    name: 'exclude-tag',
    short: 'E',
    kind: 'list',
    metavar: 'TAG',
    help: 'skip items with this tag',
  },
  {
    name: 'include-deployment-dir',
    kind: 'list',
    metavar: 'DIR',
    help: 'only the item in this directory (relative to the project)',
  },
  {
    name: 'exclude-deployment-dir',
    kind: 'list',
    metavar: 'DIR',
    help: 'skip the item in this directory',
  },
];

/**
 * Every flag of a command that renders a project. With `multiTarget` (the help text for
 * -t), -t may be repeated and defaults to every target.
 */
export function renderFlags(multiTarget?: string): FlagSpec[] {
  const project = multiTarget
    ? projectFlags.map((f) =>
        f.name === 'target' ? { ...f, kind: 'list' as const, help: multiTarget } : f,
      )
    : projectFlags;
  return [...project, ...imageFlags, ...inclusionFlags, ...cacheFlags, ...helmCredentialFlags];
}

export function outputFlag(formats: readonly string[], dflt: string): FlagSpec {
  return {
    name: 'output',
    short: 'o',
    kind: 'string',
    metavar: formats.join('|'),
    help: `output format (default ${dflt})`,
  };
}

export function outputFormat<T extends string>(p: ParsedArgs, formats: readonly T[], dflt: T): T {
  const v = (str(p, 'output') ?? dflt) as T;
  if (!formats.includes(v))
    throw new UsageError(`-o/--output must be one of ${formats.join(', ')}, got "${v}"`);
  return v;
}

/** Every file/dir flag is relative to the working directory, as in kluctl. */
export function renderOptions(p: ParsedArgs, io: CliIo): RenderOptions {
  const abs = (f: string) => path.resolve(io.cwd, f);
  return {
    projectDir: abs(str(p, 'project-dir') ?? '.'),
    // Multi-target commands read -t themselves (see renderFlags).
    target: typeof p.values.target === 'string' ? p.values.target : undefined,
    targetNameOverride: str(p, 'target-name-override'),
    args: list(p, 'arg'),
    argsFiles: list(p, 'args-from-file').map(abs),
    discriminator: str(p, 'discriminator'),
    fixedImages: list(p, 'fixed-image'),
    fixedImagesFiles: list(p, 'fixed-images-file').map(abs),
    includeTags: list(p, 'include-tag'),
    excludeTags: list(p, 'exclude-tag'),
    includeDeploymentDirs: list(p, 'include-deployment-dir'),
    excludeDeploymentDirs: list(p, 'exclude-deployment-dir'),
    cwd: io.cwd,
    env: io.env,
    allowEnv: list(p, 'allow-env'),
    log: (line) => io.stderr(`${line}\n`),
    helmCredentials: helmCredentialOptions(p),
    updateImages: bool(p, 'update-images'),
    cacheDir: str(p, 'cache-dir') === undefined ? undefined : abs(str(p, 'cache-dir') as string),
  };
}
