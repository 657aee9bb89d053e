import type { Command } from '../command.js';
import { deleteCommand } from './delete.js';
import { deployCommand } from './deploy.js';
import { diffCommand } from './diff.js';
import { helmPullCommand } from './helm-pull.js';
import { helmUpdateCommand } from './helm-update.js';
import { imageBumpCommand } from './image-bump.js';
import { listImagesCommand } from './list-images.js';
import { listTargetsCommand } from './list-targets.js';
import { ociCommand } from './oci.js';
import { pruneCommand } from './prune.js';
import { renderCommand } from './render.js';
import { validateCommand } from './validate.js';

/** Every CLI command, in the order `shipshape --help` lists them. */
export const commands: readonly Command[] = [
  renderCommand,
  diffCommand,
  listImagesCommand,
  listTargetsCommand,
  imageBumpCommand,
  helmPullCommand,
  helmUpdateCommand,
  deployCommand,
  pruneCommand,
  deleteCommand,
  validateCommand,
  ociCommand,
];
