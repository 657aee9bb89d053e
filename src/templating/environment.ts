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
import { MAX_CACHED_SOURCE, MAX_CACHED_TEMPLATES, MAX_SHARED_CODE } from './limits.js';
import { ProjectLoader } from './loader.js';
import { parseTemplate } from './parser.js';
import type { PyFunction } from './python/callable.js';
import { contentDigest, readLookup } from './reads.js';
import { newDict } from './python/values.js';
import { type Runtime, runtime } from './runtime/index.js';
import { Frame, RenderContext, type RenderState } from './runtime/scope.js';
import type { CompiledTemplate, TemplateLoader } from './runtime/templates.js';
import { builtinTests } from './tests.js';

export type Vars = Record<string, unknown>;

type TemplateCode = Pick<CompiledTemplate, 'root' | 'blocks'>;
type TemplateFactory = (rt: Runtime, literals: unknown[]) => TemplateCode;

/**
 * JavaScript functions of compiled templates by their code. Templates that differ only in
 * their text and constants share their code (compiler.ts), so most manifests of a project
 * are compiled by JavaScript once and then run as warm code. The code depends on nothing
 * else (not on the project or the run), so this lives as long as the process; bounded: past
 * the limit (by the size of the code) it starts over.
 */
const factories = new Map<string, TemplateFactory>();
let factoriesSource = 0;

function factoryOf(code: string): TemplateFactory {
  let factory = factories.get(code);
  if (!factory) {
    if (factoriesSource + code.length > MAX_SHARED_CODE) {
      factories.clear();
      factoriesSource = 0;
    }
    factory = new Function('runtime', 'L', code) as TemplateFactory;
    factories.set(code, factory);
    factoriesSource += code.length;
  }
  return factory;
}

export class JinjaEnvironment extends nunjucks.Environment implements TemplateLoader, KluctlHost {
  declare filters: Record<string, PyFunction>;
  declare tests: Record<string, PyFunction>;
  declare globals: Record<string, unknown>;
  readonly loader: ProjectLoader;
  /** Compiled files by absolute path, with the digest of the source they were compiled from. */
  private readonly files = new Map<string, { template: CompiledTemplate; digest: string }>();
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
      const { code, literals } = new JinjaCompiler({
        displayName,
        hasFilter: (n) => Object.hasOwn(this.filters, n),
        hasTest: (n) => Object.hasOwn(this.tests, n),
      }).compileTemplate(tree);
      return { path, displayName, ...factoryOf(code)(runtime, literals) };
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

  /**
   * The compiled template of a file, read once per render. `source`: the content the caller
   * already read, with the digest of its bytes (reads.ts: what a cache is told was rendered).
   */
  fileTemplate(abs: string, source?: { text: string; digest: string }): CompiledTemplate {
    return this.compiledFile(abs, source).template;
  }

  /**
   * The compiled template of a file rendered once (an item's manifest): compiled without
   * being kept, unless something included it before. Keeping every manifest of a project
   * would make memory grow with the project for templates nothing renders again.
   */
  onceTemplate(abs: string, source: { text: string; digest: string }): CompiledTemplate {
    const t = this.files.get(abs);
    if (t && t.digest === source.digest) return t.template;
    return this.compile(source.text, this.displayName(abs), abs);
  }

  private compiledFile(
    abs: string,
    given?: { text: string; digest: string },
  ): { template: CompiledTemplate; digest: string } {
    let t = this.files.get(abs);
    if (!t || (given && given.digest !== t.digest)) {
      const name = this.displayName(abs);
      let source = given;
      if (!source) {
        let content: Buffer;
        try {
          content = readFileSync(abs);
        } catch (e) {
          throw locate(new TemplateError('TemplateNotFound', name, { cause: e }), name, 0);
        }
        source = { text: content.toString('utf8'), digest: contentDigest(content) };
      }
      t = { template: this.compile(source.text, name, abs), digest: source.digest };
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
    const file = this.lookup(name, from);
    const { template, digest } = this.compiledFile(file);
    readLookup(name, from.path, from.state.searchDirs, file, digest);
    return template;
  }

  /** TemplateEngine.lookupFile. */
  lookupFile(
    name: string,
    fromPath: string,
    searchDirs: readonly string[],
  ): { file: string; digest: string } | undefined {
    let file: string;
    try {
      file = this.loader.resolve(name, fromPath, searchDirs);
    } catch (e) {
      if (e instanceof TemplateError && e.pyType === 'TemplateNotFound') return undefined;
      throw e;
    }
    return { file, digest: contentDigest(readFileSync(file)) };
  }

  /** Where `name` is, as seen from the running template; a name not found is a read too. */
  private lookup(name: string, from: RenderContext): string {
    try {
      return this.loader.resolve(name, from.path, from.state.searchDirs);
    } catch (e) {
      readLookup(name, from.path, from.state.searchDirs, undefined, undefined);
      throw e;
    }
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

  readFile(name: string, from: RenderContext): Buffer {
    const file = this.lookup(name, from);
    const content = readFileSync(file);
    readLookup(name, from.path, from.state.searchDirs, file, contentDigest(content));
    return content;
  }

  resolveFile(name: string, from: RenderContext): string {
    return this.lookup(name, from);
  }
}
