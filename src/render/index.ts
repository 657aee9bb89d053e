export {
  openRenderCache,
  renderProject,
  type RenderProjectExtras,
  type RenderSink,
} from './project.js';
export type { RenderOptions, RenderResult, RenderedItem, SeenImage } from './types.js';
export { renderImageUses } from './image-uses.js';
