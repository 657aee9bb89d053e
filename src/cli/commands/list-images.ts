import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { renderProject, type SeenImage } from '../../render/index.js';
import { UsageError } from '../../util/errors.js';
import { logSafeYaml } from '../../util/log-safe.js';
import { bool, list } from '../args.js';
import type { Command } from '../command.js';
import { renderFlags, renderOptions } from '../flags.js';
import { applyRenderCluster, renderClusterFlags } from '../render-cluster.js';

/** The formats other commands take with -o. */
const FORMAT_NAMES = ['yaml', 'json', 'text', 'markdown'];

/**
 * A fixed-images file that pins what the project uses, in kluctl's list-images format
 * (every field of an entry, empty namespace and container included; duplicates once).
 */
export function imagesDocument(
  seen: readonly SeenImage[],
  simple: boolean,
): { images: Record<string, unknown>[] } {
  const entries = seen.map((s) =>
    simple
      ? { image: s.image, resultImage: s.resultImage }
      : {
          container: s.container,
          deployTags: [...s.tags],
          deployment: s.deployment,
          deploymentDir: s.deploymentDir,
          image: s.image,
          namespace: s.namespace,
          // kluctl leaves the empty group and namespace out of `object` (but prints
          // `namespace: ""` above).
          object: Object.fromEntries(Object.entries(s.object).filter(([, v]) => v !== '')),
          resultImage: s.resultImage,
          // Only for get_image() without a fixed image: what the registry and cluster said.
          ...(s.dynamic
            ? {
                versionFilter: s.dynamic.versionFilter,
                registryImage: s.dynamic.registryImage,
                deployedImage: s.dynamic.deployedImage,
                chosen: s.dynamic.chosen,
                why: s.dynamic.why,
              }
            : {}),
        },
  );
  const unique = new Map(entries.map((e) => [JSON.stringify(e), e]));
  const images = [...unique.values()].sort((a, b) =>
    a.image < b.image ? -1 : a.image > b.image ? 1 : 0,
  );
  return { images };
}

export const listImagesCommand: Command = {
  name: 'list-images',
  summary: 'List every images.get_image() use as a fixed-images file',
  details:
    "Every image must have a fixed version, as for render (kluctl fails the same way); the latest_version filters are image-bump's to use.",
  flags: [
    ...renderFlags(),
    { name: 'simple', kind: 'bool', help: 'only image and resultImage' },
    {
      name: 'offline-kubernetes',
      kind: 'bool',
      help: 'never contact a cluster (the default unless --kubeconfig or --context is given)',
    },
    ...renderClusterFlags,
    {
      name: 'output',
      short: 'o',
      kind: 'list',
      metavar: 'FILE',
      help: 'write to FILE instead of stdout',
    },
  ],
  async run(args, io) {
    const outputs = list(args, 'output');
    // kluctl's -o here is a file, while every other command takes a format with -o: a bare
    // format name is surely meant as one, and writing a file called `json` would be a
    // silent surprise.
    const format = outputs.find((f) => FORMAT_NAMES.includes(f));
    if (format !== undefined)
      throw new UsageError(
        `list-images writes YAML; -o/--output names the file to write it to, and "${format}" is a format name (to write a file of that name, pass -o ./${format})`,
      );
    const opts = renderOptions(args, io);
    applyRenderCluster(opts, args, io);
    const result = await renderProject(opts, { allowUnresolvedImages: false });
    const doc = imagesDocument(result.images, bool(args, 'simple'));
    // Files get the YAML as is; on stdout it must not carry workflow commands.
    if (outputs.length === 0) io.stdout(logSafeYaml(doc));
    else {
      const text = stringify(doc, { aliasDuplicateObjects: false });
      for (const f of outputs) await writeFile(path.resolve(io.cwd, f), text);
    }
    return 0;
  },
};
