import type { Command } from '../command.js';

/**
 * Every CLI command by name, in the order `shipshape --help` lists them. Each is loaded on
 * first use, so that running one command does not load the code of the others (see
 * bench/action-cold-start.ts).
 */
const loaders: Record<string, () => Promise<Command>> = {
  render: async () => (await import('./render.js')).renderCommand,
  diff: async () => (await import('./diff.js')).diffCommand,
  'list-images': async () => (await import('./list-images.js')).listImagesCommand,
  'list-targets': async () => (await import('./list-targets.js')).listTargetsCommand,
  'image-bump': async () => (await import('./image-bump.js')).imageBumpCommand,
  'helm-pull': async () => (await import('./helm-pull.js')).helmPullCommand,
  'helm-update': async () => (await import('./helm-update.js')).helmUpdateCommand,
  deploy: async () => (await import('./deploy.js')).deployCommand,
  prune: async () => (await import('./prune.js')).pruneCommand,
  delete: async () => (await import('./delete.js')).deleteCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  oci: async () => (await import('./oci.js')).ociCommand,
};

/** The command called `name`, or undefined when there is none. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(loaders, name) ? loaders[name]() : undefined;
}

/** Every command, in the order of the help. */
export function loadCommands(): Promise<Command[]> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}
