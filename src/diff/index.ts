export {
  diffAgainstRef,
  RenderSideError,
  type DiffAgainstRefOptions,
  type Side,
} from './base-vs-head.js';
export { diffObjectPair, diffObjects, type ObjectsDiff } from './compare.js';
export { compileIgnoreRules, type IgnoreRule } from './ignore.js';
export {
  summaryHasChanges,
  toStableJson,
  type DiffResult,
  type DiffSummary,
  type FieldChange,
  type ObjectChange,
  type ObjectDiff,
  type TargetDiff,
} from './model.js';
export { renderText } from './render-text.js';
export {
  MARKDOWN_LEVELS,
  renderMarkdown,
  renderMarkdownWithin,
  type MarkdownLevel,
  type MarkdownOptions,
} from './render-markdown.js';
export { unifiedDiff, type UnifiedDiffOptions } from './unified-diff.js';
