import path from 'node:path';
import { runIsolated } from '../../util/isolated-tool.js';

const versions = new Map<string, Promise<string | undefined>>();

/**
 * What a tool (kustomize, kubectl, helm) says its version is, asked once per process: part
 * of the key of everything cached from its output. Undefined when it does not say (then
 * nothing it builds is cached).
 */
function toolVersion(command: string, args: readonly string[]): Promise<string | undefined> {
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

/**
 * How the keys of a cache name a tool. Keys kept across runs (`persistent`) need its
 * version: the next run may have another one at the same path. Keys that live in this
 * process only are compared with keys of the same process, where the same path is the same
 * tool; asking the version would cost them a process start they wait for (kubectl: ~70 ms
 * at the start of every diff).
 */
export function toolIdentity(
  command: string,
  versionArgs: readonly string[],
  persistent: boolean,
): Promise<string | undefined> {
  return persistent
    ? toolVersion(command, versionArgs)
    : Promise.resolve(`${command} (this process)`);
}
