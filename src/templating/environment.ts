/**
 * One nunjucks Environment per project render, configured as kluctl configures Jinja2:
 * StrictUndefined, no autoescaping, loopcontrols, Jinja2's filters/tests/globals plus kluctl's.
 * Templates are compiled once (files by absolute path, strings by source) and then only run.
 */
import { readFileSync } from 'node:fs';
import nunjucks from 'nunjucks';
import { JinjaCompiler } from './compiler.js';
import { TemplateError, isStackOverflow, locate, recursionError } from './errors.js';
import { builtinFilters } from './filters.js';
import { builtinGlobals } from './globals.js';
import { type KluctlHost, kluctlFilters, kluctlGlobals } from './kluctl.js';
import { prepareSource } from './lexer.js';
import { MAX_CACHED_SOURCE, MAX_CACHED_TEMPLATES } from './limits.js';
import { ProjectLoader } from './loader.js';
import { parseTemplate } from './parser.js';
import type { PyFunction } from './python/callable.js';
import { newDict } from './python/values.js';
import { type Runtime, runtime } from './runtime/index.js';
import { Frame, RenderContext, type RenderState } from './runtime/scope.js';
import type { CompiledTemplate, TemplateLoader } from './runtime/templates.js';
import { builtinTests } from './tests.js';

export type Vars = Record<string, unknown>;

export class JinjaEnvironment extends nunjucks.Environment implements TemplateLoader, KluctlHost {
  declare filters: Record<string, PyFunction>;
  declare tests: Record<string, PyFunction>;
  declare globals: Record<string, unknown>;
  readonly loader: ProjectLoader;
  private readonly files = new Map<string, CompiledTemplate>();
  private readonly strings = new Map<string, CompiledTemplate>();
  private stringsSource = 0;

  constructor(
    readonly projectRoot: string,
    readonly displayName: (file: string) => string,
  ) {
    super([], { autoescape: false });
    this.loader = new ProjectLoader(projectRoot);
    this.filters = Object.assign(builtinFilters(), kluctlFilters());
    this.tests = builtinTests();
    this.globals = Object.assign(newDict(), builtinGlobals(), kluctlGlobals());
  }

  /** Compiles template source; syntax errors name the template and line. */
  compile(source: string, displayName: string, path: string): CompiledTemplate {
    try {
      const tree = parseTemplate(prepareSource(source));
      const code = new JinjaCompiler({
        displayName,
        hasFilter: (n) => Object.hasOwn(this.filters, n),
        hasTest: (n) => Object.hasOwn(this.tests, n),
      }).compileTemplate(tree);
      const factory = new Function('runtime', code) as (
        rt: Runtime,
      ) => Pick<CompiledTemplate, 'root' | 'blocks'>;
      return { path, displayName, ...factory(runtime) };
    } catch (err) {
      // the parser recurses per nesting level: thousands of nested parentheses overflow the stack
      if (isStackOverflow(err)) throw locate(recursionError(err), displayName, 0);
      if (err instanceof TemplateError || !(err instanceof Error))
        throw locate(err, displayName, 0);
      // the tokenizer reports positions on the error object
      const line = (err as { lineno?: number }).lineno ?? 0;
      throw locate(
        new TemplateError('TemplateSyntaxError', err.message, { cause: err }),
        displayName,
        line,
      );
    }
  }

  fileTemplate(abs: string): CompiledTemplate {
    let t = this.files.get(abs);
    if (!t) {
      const name = this.displayName(abs);
      let source: string;
      try {
        source = readFileSync(abs, 'utf8');
      } catch (e) {
        throw locate(new TemplateError('TemplateNotFound', name, { cause: e }), name, 0);
      }
      t = this.compile(source, name, abs);
      this.files.set(abs, t);
    }
    return t;
  }

  stringTemplate(source: string, displayName: string, path = ''): CompiledTemplate {
    const key = `${displayName}\0${path}\0${source}`;
    let t = this.strings.get(key);
    if (!t) {
      if (
        this.strings.size >= MAX_CACHED_TEMPLATES ||
        this.stringsSource + key.length > MAX_CACHED_SOURCE
      ) {
        this.strings.clear();
        this.stringsSource = 0;
      }
      t = this.compile(source, displayName, path);
      this.strings.set(key, t);
      this.stringsSource += key.length;
    }
    return t;
  }

  newState(vars: Vars, searchDirs: readonly string[]): RenderState {
    const globals = Object.assign(newDict(), vars);
    return { env: this, globals, searchDirs, modules: new Map(), depth: 0 };
  }

  /** Runs a template: a fresh context whose outside variables are `parent`. */
  run(template: CompiledTemplate, state: RenderState, parent: Vars): [RenderContext, string] {
    const root = new Frame(null, 'template');
    const context = new RenderContext(
      state,
      template.path,
      template.displayName,
      parent,
      root,
      this.globals,
    );
    return [context, template.root(this, context, root)];
  }

  // ---- TemplateLoader (include, import, extends) ----

  loadTemplate(name: string, from: RenderContext): CompiledTemplate {
    return this.fileTemplate(this.loader.resolve(name, from.path, from.state.searchDirs));
  }

  execute(template: CompiledTemplate, from: RenderContext, parent: Vars): [RenderContext, string] {
    return this.run(template, from.state, parent);
  }

  // ---- KluctlHost (render, load_template, load_sha256, load_base64) ----

  renderSource(source: string, vars: Vars, from: RenderContext): string {
    // a render inside a render keeps the name: errors name the file the text came from
    const name = from.displayName.endsWith(' (render)')
      ? from.displayName
      : `${from.displayName} (render)`;
    const t = this.stringTemplate(source, name);
    return this.run(t, from.state, vars)[1];
  }

  renderNamed(name: string, vars: Vars, from: RenderContext): string {
    return this.run(this.loadTemplate(name, from), from.state, vars)[1];
  }

  resolveFile(name: string, from: RenderContext): string {
    return this.loader.resolve(name, from.path, from.state.searchDirs);
  }
}
