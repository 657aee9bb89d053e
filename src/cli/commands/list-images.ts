import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { renderProject, type SeenImage } from '../../render/index.js';
import { UsageError } from '../../util/errors.js';
import { logSafeYaml } from '../../util/log-safe.js';
import { bool, list } from '../args.js';
import type { Command } from '../command.js';
import { renderFlags, renderOptions } from '../flags.js';

/** The formats other commands take with -o. */
const FORMAT_NAMES = ['yaml', 'json', 'text', 'markdown'];

/** A fixed-images file that pins what the project uses (kluctl's list-images format). */
export function imagesDocument(
  seen: readonly SeenImage[],
  simple: boolean,
): { images: Record<string, unknown>[] } {
  const entries = seen.map((s) =>
    simple
      ? { image: s.image, resultImage: s.resultImage }
      : {
          image: s.image,
          resultImage: s.resultImage,
          latestVersion: s.latestVersion,
          namespace: s.namespace || undefined,
          deployment: s.deployment,
          container: s.container || undefined,
          deploymentDir: s.deploymentDir,
          deployTags: s.tags,
        },
  );
  const unique = new Map(entries.map((e) => [JSON.stringify(e), e]));
  const images = [...unique.values()].sort((a, b) =>
    a.image < b.image ? -1 : a.image > b.image ? 1 : 0,
  );
  return {
    images: images.map((e) =>
      Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)),
    ),
  };
}

export const listImagesCommand: Command = {
  name: 'list-images',
  summary: 'List every images.get_image() use as a fixed-images file',
  details: 'Images without a fixed version are listed without resultImage and reported on stderr.',
  flags: [
    ...renderFlags(),
    { name: 'simple', kind: 'bool', help: 'only image and resultImage' },
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
    const result = await renderProject(renderOptions(args, io), { allowUnresolvedImages: true });
    const doc = imagesDocument(result.images, bool(args, 'simple'));
    const unresolved = [
      ...new Set(result.images.filter((i) => !i.resultImage).map((i) => i.image)),
    ];
    if (unresolved.length) io.stderr(`warning: no fixed version for ${unresolved.join(', ')}\n`);
    // Files get the YAML as is; on stdout it must not carry workflow commands.
    if (outputs.length === 0) io.stdout(logSafeYaml(doc));
    else {
      const text = stringify(doc);
      for (const f of outputs) await writeFile(path.resolve(io.cwd, f), text);
    }
    return 0;
  },
};
