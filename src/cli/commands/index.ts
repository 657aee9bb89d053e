import type { Command } from '../command.js';
import { diffCommand } from './diff.js';
import { imageBumpCommand } from './image-bump.js';
import { listImagesCommand } from './list-images.js';
import { renderCommand } from './render.js';

/** Every CLI command, in the order `shipshape --help` lists them. */
export const commands: readonly Command[] = [
  renderCommand,
  diffCommand,
  listImagesCommand,
  imageBumpCommand,
];
