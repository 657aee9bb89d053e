import * as core from '@actions/core';
import path from 'node:path';
import type { RenderOptions } from '../render/index.js';
import { logSafe } from '../util/log-safe.js';
import { listInput } from './inputs.js';

/**
 * The project, image, inclusion and cache inputs every rendering action shares (project-dir,
 * args, fixed-images, fixed-images-files, include-tags, exclude-tags, allow-env, cache-dir),
 * paths relative to the workspace; progress goes to the log.
 */
export function renderInputs(workspace: string): Omit<RenderOptions, 'target' | 'renderOutputDir'> {
  const cacheDir = core.getInput('cache-dir');
  return {
    projectDir: path.resolve(workspace, core.getInput('project-dir') || '.'),
    args: listInput('args'),
    fixedImages: listInput('fixed-images'),
    fixedImagesFiles: listInput('fixed-images-files').map((f) => path.resolve(workspace, f)),
    includeTags: listInput('include-tags'),
    excludeTags: listInput('exclude-tags'),
    allowEnv: listInput('allow-env'),
    cacheDir: cacheDir ? path.resolve(workspace, cacheDir) : undefined,
    cwd: workspace,
    log: (line) => core.info(logSafe(line)),
  };
}
