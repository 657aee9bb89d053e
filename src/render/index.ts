export { renderProject, type RenderProjectExtras } from './project.js';
export type { RenderOptions, RenderResult, RenderedItem, SeenImage } from './types.js';
export { renderImageUses } from './image-uses.js';
