import path from 'node:path';
import { runIsolated } from '../../util/isolated-tool.js';

const versions = new Map<string, Promise<string | undefined>>();

/**
 * What a tool (kustomize, kubectl, helm) says its version is, asked once per process: part
 * of the key of everything cached from its output. Undefined when it does not say (then
 * nothing it builds is cached).
 */
export function toolVersion(command: string, args: readonly string[]): Promise<string | undefined> {
  const id = [command, ...args].join('\0');
  let v = versions.get(id);
  if (!v) {
    v = runIsolated(command, args).then(
      (out) => `${path.basename(command)} ${out.trim()}`,
      () => undefined,
    );
    versions.set(id, v);
  }
  return v;
}
