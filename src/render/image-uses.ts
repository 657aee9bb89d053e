import type { TargetImages } from '../images/bump.js';
import { loadKluctlProject } from '../project/kluctl-project.js';
import { chooseTargets } from '../project/target.js';
import { UsageError, formatError } from '../util/errors.js';
import { openRenderCache, renderProject } from './project.js';
import type { RenderOptions } from './types.js';

/**
 * Renders each chosen target (default: all) and collects its images.get_image() uses, for
 * image-bump. A target that fails to render is reported and the others go on; wrong usage
 * (an unknown target) stops everything.
 */
export async function renderImageUses(
  render: Omit<RenderOptions, 'target' | 'renderOutputDir'>,
  wanted: readonly string[],
): Promise<{ renders: TargetImages[]; errors: { target: string; error: string }[] }> {
  const targets = chooseTargets(await loadKluctlProject(render.projectDir), wanted);
  const renders: TargetImages[] = [];
  const errors: { target: string; error: string }[] = [];
  // Targets often share items: each renders once.
  const cache = render.cache ?? openRenderCache(render, targets.length > 1);
  try {
    for (const target of targets) {
      try {
        const result = await renderProject(
          { ...render, target, cache },
          { allowUnresolvedImages: true },
        );
        renders.push({ target, images: result.images });
      } catch (err) {
        if (err instanceof UsageError) throw err;
        errors.push({
          target: target ?? '(no target)',
          error: `rendering failed: ${formatError(err, render.cwd)}`,
        });
      }
    }
  } finally {
    if (!render.cache) await cache?.close();
  }
  return { renders, errors };
}
