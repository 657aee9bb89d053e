import path from 'node:path';
import { JinjaEnvironment, type Vars } from './environment.js';
import { toUserError } from './errors.js';
import { recordingReads, type TemplateReads } from './reads.js';

export type { Vars };
export type { TemplateReads };

/**
 * Where `{% include %}`, `{% import %}` and `load_template` look for a name: the item
 * directory first, then each deployment project directory up to the project root
 * (kluctl's rule). Names starting with `./` or `../` resolve against the including file.
 */
export interface TemplateScope {
  searchDirs: readonly string[];
}

/**
 * Renders kluctl templates with Jinja2 3.1 semantics on nunjucks. One engine per project
 * render: every template is compiled once and cached by absolute path.
 * Errors are UserErrors naming the template (relative to the project root) and the line.
 */
export class TemplateEngine {
  private readonly env: JinjaEnvironment;

  constructor(readonly projectRoot: string) {
    this.env = new JinjaEnvironment(projectRoot, (f) => this.displayName(f));
  }

  /**
   * Renders a file of the project (absolute path). `source`: its content as the caller read
   * it; `reads` is told every other file the render reads (see reads.ts).
   */
  renderFile(
    file: string,
    vars: Vars,
    scope: TemplateScope,
    opts: { source?: { text: string; digest: string }; reads?: TemplateReads } = {},
  ): string {
    try {
      return recordingReads(opts.reads, () => {
        const state = this.env.newState(vars, scope.searchDirs);
        // A file the caller read itself is an item's manifest, rendered once.
        const template = opts.source
          ? this.env.onceTemplate(file, opts.source)
          : this.env.fileTemplate(file);
        return this.env.run(template, state, state.globals)[1];
      });
    } catch (err) {
      throw toUserError(err, this.displayName(file));
    }
  }

  /**
   * Looks `name` up as an include in `searchDirs` would find it from the template at
   * `fromPath` (''): the file and the digest of its content, or undefined when there is none.
   * A cache asks this to know whether a render would read what an earlier one read.
   */
  lookupFile(
    name: string,
    fromPath: string,
    searchDirs: readonly string[],
  ): { file: string; digest: string } | undefined {
    return this.env.lookupFile(name, fromPath, searchDirs);
  }

  /** Renders a string that did not come from a file (e.g. a value in .kluctl.yaml). */
  renderString(
    source: string,
    vars: Vars,
    name: string,
    scope: TemplateScope = { searchDirs: [] },
  ): string {
    try {
      const state = this.env.newState(vars, scope.searchDirs);
      return this.env.run(this.env.stringTemplate(source, name), state, state.globals)[1];
    } catch (err) {
      throw toUserError(err, name);
    }
  }

  /** Evaluates a kluctl `when` condition with Python truthiness. */
  evaluate(expr: string, vars: Vars, name: string): boolean {
    const out = this.renderString(`{% if ${expr} %}True{% else %}False{% endif %}`, vars, name);
    return out === 'True';
  }

  private readonly sourceRoots: { dir: string; label: string }[] = [];

  /**
   * A directory fetched from elsewhere (a git or OCI include, a git vars source): its
   * templates may load only its own files, and messages name them `label/path`.
   */
  addSourceRoot(dir: string, label: string): void {
    if (this.sourceRoots.some((s) => s.dir === dir)) return;
    this.sourceRoots.push({ dir, label });
    this.env.loader.addSource(dir);
  }

  displayName(file: string): string {
    for (const s of this.sourceRoots) {
      const rel = path.relative(s.dir, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) return `${s.label}/${rel || '.'}`;
    }
    return path.relative(this.projectRoot, file) || file;
  }
}
