/** Templating: kluctl's Jinja2 templates rendered on nunjucks with Jinja2 3.1 semantics. */
export { TemplateEngine, type TemplateScope, type Vars } from './engine.js';
export { TemplateError } from './errors.js';
export { toPythonString, pyRepr } from './python/repr.js';
export { pyFunction, type Param } from './python/callable.js';
export { pyyamlDump } from './pyyaml.js';
export { pyyamlLoad } from './pyyaml-load.js';
