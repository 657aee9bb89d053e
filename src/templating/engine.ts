import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { UserError } from '../util/errors.js';

export type Vars = Record<string, unknown>;

/**
 * Where `{% include %}`, `{% import %}` and `load_template` look for a name: the item
 * directory first, then each deployment project directory up to the project root
 * (kluctl's rule). Names starting with `./` or `../` resolve against the including file.
 */
export interface TemplateScope {
  searchDirs: readonly string[];
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Resolves template names to absolute paths. Rendering is synchronous, so the scope of the
 * render in progress can live on the loader; templates are cached by absolute path, which
 * makes one compiled template serve every item that includes it.
 */
class ProjectLoader extends nunjucks.Loader {
  scope: TemplateScope = { searchDirs: [] };

  constructor(private readonly root: string) {
    super();
  }

  // Every name goes through resolve(), so search-path lookups see the including template.
  override isRelative(): boolean {
    return true;
  }

  override resolve(parentName: string, name: string): string {
    if (path.isAbsolute(name)) return name;
    if (name.startsWith('./') || name.startsWith('../')) {
      return this.checkInside(path.resolve(path.dirname(parentName), name), name);
    }
    for (const dir of this.scope.searchDirs) {
      const candidate = path.resolve(dir, name);
      if (isInside(this.root, candidate) && isFile(candidate)) return candidate;
    }
    // Not found: keep a name that getSource reports as missing, with what was searched.
    return `${MISSING}${name}`;
  }

  private checkInside(abs: string, name: string): string {
    if (!isInside(this.root, abs)) {
      throw new UserError(`template "${name}" is outside the project`, {}, 'templates can only load files inside the project directory');
    }
    return abs;
  }

  getSource(name: string): nunjucks.LoaderSource {
    if (name.startsWith(MISSING)) {
      const wanted = name.slice(MISSING.length);
      const where = this.scope.searchDirs.map((d) => path.relative(this.root, d) || '.').join(', ');
      throw new UserError(`template "${wanted}" not found (searched: ${where})`);
    }
    this.checkInside(name, name);
    return { src: readFileSync(name, 'utf8'), path: name, noCache: false };
  }
}

const MISSING = '\0missing:';

/** One nunjucks Environment for a whole project render; templates are compiled once. */
export class TemplateEngine {
  private readonly env: nunjucks.Environment;
  private readonly loader: ProjectLoader;

  constructor(readonly projectRoot: string) {
    this.loader = new ProjectLoader(projectRoot);
    this.env = new nunjucks.Environment(this.loader, { autoescape: false, throwOnUndefined: true });
  }

  private withScope<T>(scope: TemplateScope, fn: () => T): T {
    const prev = this.loader.scope;
    this.loader.scope = scope;
    try {
      return fn();
    } finally {
      this.loader.scope = prev;
    }
  }

  /** Renders a file of the project (absolute path). */
  renderFile(file: string, vars: Vars, scope: TemplateScope): string {
    return this.withScope(scope, () => {
      try {
        return this.env.getTemplate(file, true).render(vars);
      } catch (err) {
        throw templateError(err, this.displayName(file));
      }
    });
  }

  /** Renders a string that did not come from a file (e.g. a value in .kluctl.yaml). */
  renderString(source: string, vars: Vars, name: string, scope: TemplateScope = { searchDirs: [] }): string {
    return this.withScope(scope, () => {
      try {
        return new nunjucks.Template(source, this.env, path.join(this.projectRoot, name), true).render(vars);
      } catch (err) {
        throw templateError(err, name);
      }
    });
  }

  /** Evaluates a Jinja2 expression (a `when` condition) to a value. */
  evaluate(expr: string, vars: Vars, name: string): unknown {
    const out = this.renderString(`{% if ${expr} %}1{% else %}0{% endif %}`, vars, name);
    return out === '1';
  }

  displayName(file: string): string {
    return path.relative(this.projectRoot, file) || file;
  }
}

function templateError(err: unknown, file: string): UserError {
  if (err instanceof UserError) return new UserError(err.message, { file, line: err.line }, err.hint);
  const msg = err instanceof Error ? err.message : String(err);
  // nunjucks formats errors as "(path) [Line N, Column M]\n  message".
  const m = /\[Line (\d+), Column (\d+)\]\s*\n?\s*([\s\S]*)$/.exec(msg);
  const line = m ? Number(m[1]) + 1 : undefined;
  const text = (m ? m[3] : msg).replace(/^Error: /, '').trim();
  return new UserError(`template error: ${text}`, { file, line }, 'check the template expression and that every variable it uses is defined');
}
