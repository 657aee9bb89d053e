/**
 * kluctl's cluster commands: deploy, diff against the cluster, prune, delete, validate, and
 * their result. See docs/deploy.md.
 */
export {
  deleteCommand,
  deployCommand,
  diffCommand,
  pruneCommand,
  validateCommand,
  type ClusterAccess,
  type ClusterCommandOptions,
  type DeleteCommandOptions,
  type DeployCommandOptions,
  type ValidateCommandOptions,
} from './commands.js';
export { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './engine.js';
export { formatDuration, parseDuration } from './duration.js';
export { REPORT_LEVELS, renderResultMarkdown, resultMarkdownBodies } from './render-markdown.js';
export { renderResultText, summaryText } from './render-text.js';
export {
  COMMANDS,
  resultChanged,
  resultToJson,
  resultToYaml,
  type CommandName,
  type CommandResult,
  type ItemResult,
  type ResultMessage,
  type ResultObject,
  type ResultSummary,
} from './result.js';
