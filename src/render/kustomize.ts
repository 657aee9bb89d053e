import { UserError } from '../util/errors.js';
import {
  DEFAULT_TOOL_LIMITS,
  findOnPath,
  goErrorText,
  outOfMemory,
  runIsolated,
  type ToolFailure,
  type ToolLimits,
} from '../util/isolated-tool.js';

export interface KustomizeTool {
  command: string;
  args: (dir: string) => string[];
  /** Prints the version (kubectl's includes the kustomize it embeds). */
  versionArgs: string[];
}

/** `kustomize` when it is on the PATH, else `kubectl kustomize`. */
export function findKustomize(
  env: Record<string, string | undefined> = process.env,
): KustomizeTool {
  // No --load-restrictor flag: kustomize's default keeps every file a kustomization reads
  // inside that kustomization's directory (directories such as ../base stay allowed).
  const kustomize = findOnPath('kustomize', env);
  if (kustomize)
    return { command: kustomize, args: (dir) => ['build', dir], versionArgs: ['version'] };
  const kubectl = findOnPath('kubectl', env);
  if (kubectl)
    return {
      command: kubectl,
      args: (dir) => ['kustomize', dir],
      versionArgs: ['version', '--client'],
    };
  throw new UserError(
    'neither kustomize nor kubectl was found on the PATH',
    {},
    'install kustomize (or kubectl, which includes it)',
  );
}

function buildError(itemName: string, failure: ToolFailure, limits: ToolLimits): UserError {
  if (outOfMemory(failure))
    return new UserError(
      `kustomize build of ${itemName} needed more than ${Math.round(limits.memoryBytes / 1024 ** 2)} MB and was stopped`,
      {},
      'a manifest probably expands YAML aliases (&anchor / *alias) enormously: remove them',
    );
  if (failure.stopped === 'timeout')
    return new UserError(
      `kustomize build of ${itemName} took longer than ${limits.timeoutMs / 1000} s and was stopped`,
      {},
      'make the kustomization smaller, or split the item',
    );
  const message = goErrorText(failure);
  const hint = /security; file .* is not in or below/.test(message)
    ? 'a kustomization may only read files inside its own directory: move the file there, or make its directory a kustomization and list that directory'
    : 'fix the kustomization (or the manifests it lists) of this item';
  return new UserError(`kustomize build failed for ${itemName}: ${message}`, {}, hint);
}

/** Runs `kustomize build` on a rendered item directory (isolated, bounded) and returns the YAML stream. */
export async function kustomizeBuild(
  tool: KustomizeTool,
  dir: string,
  itemName: string,
  limits: ToolLimits = DEFAULT_TOOL_LIMITS,
): Promise<string> {
  try {
    return await runIsolated(tool.command, tool.args(dir), { limits });
  } catch (failure) {
    throw buildError(itemName, failure as ToolFailure, limits);
  }
}
