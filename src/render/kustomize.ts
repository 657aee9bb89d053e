import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';

export interface KustomizeTool {
  command: string;
  args: (dir: string) => string[];
}

function onPath(name: string, env: Record<string, string | undefined>): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

// kluctl lets kustomizations reference any rendered file of the project (e.g. ../base).
const BUILD_FLAGS = ['--load-restrictor', 'LoadRestrictionsNone'];

/** `kustomize` when it is on the PATH, else `kubectl kustomize`. */
export function findKustomize(
  env: Record<string, string | undefined> = process.env,
): KustomizeTool {
  const kustomize = onPath('kustomize', env);
  if (kustomize) return { command: kustomize, args: (dir) => ['build', ...BUILD_FLAGS, dir] };
  const kubectl = onPath('kubectl', env);
  if (kubectl) return { command: kubectl, args: (dir) => ['kustomize', ...BUILD_FLAGS, dir] };
  throw new UserError(
    'neither kustomize nor kubectl was found on the PATH',
    {},
    'install kustomize (or kubectl, which includes it)',
  );
}

/** Runs `kustomize build` on a rendered item directory and returns the YAML stream. */
export function kustomizeBuild(
  tool: KustomizeTool,
  dir: string,
  itemName: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      tool.command,
      tool.args(dir),
      { maxBuffer: 512 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const message = (stderr || err.message).trim().replace(/^Error: /, '');
        reject(
          new UserError(
            `kustomize build failed for ${itemName}: ${message}`,
            {},
            'fix the kustomization (or the manifests it lists) of this item',
          ),
        );
      },
    );
  });
}
