/**
 * Compiles the Jinja2 tree into JavaScript on nunjucks' compiler, emitting calls into the
 * Python-semantics runtime (runtime/index.ts) for every operation: printing, lookups,
 * operators, calls, filters and tests. Output is plain string concatenation; for loops,
 * `break` and `continue` are native JavaScript loops.
 *
 * The generated module is `function (runtime, L) { ...; return { root, blocks } }`; each
 * function keeps a `lineno` variable so that errors name the template line, counts itself
 * in the render's call depth (the recursion limit), and checks the output's length after
 * every append (the output limit), so that a runaway loop stops at the limit.
 *
 * The template's text, its constants, line numbers and name are not in the code but in the
 * array `L` it is given: templates that differ only in those (manifests with the same
 * placeholders in different YAML, the common case) have the same code, which is then
 * compiled once by JavaScript and runs warm (environment.ts keeps compiled code by its text).
 */
import type {
  Assign,
  AssignBlock,
  Block,
  Call,
  CallArgs,
  Compare,
  Const,
  Expr,
  Extends,
  FilterNode,
  For,
  FromImport,
  Import,
  Include,
  MacroNode,
  Node,
  NodeList,
  SliceNode,
  Stmt,
  TestNode,
  With,
} from './nodes.js';
import { CompilerBase } from './nunjucks-internals.js';
import { TemplateError } from './errors.js';
import { MAX_TEXT } from './limits.js';

const BINOPS: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
};

const COMPARES: Record<string, string> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '>': 'gt',
  '<=': 'le',
  '>=': 'ge',
};

export interface CompileOptions {
  /** name shown in error messages */
  displayName: string;
  hasFilter(name: string): boolean;
  hasTest(name: string): boolean;
}

interface FunctionScope {
  /** index in the code buffer where the function's temporaries get declared */
  declAt: number;
  temps: string[];
  loops: number;
  block?: string;
}

const q = (s: string) => JSON.stringify(s);

/** Every Name read anywhere below a node (not crossing into nested macros). */
function namesUsed(n: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(n)) {
    for (const c of n) namesUsed(c, out);
  } else if (n && typeof n === 'object') {
    const node = n as Node & Record<string, unknown>;
    if (node.typename === 'Name') out.add(node.name as string);
    if (node.typename === 'Macro') return out;
    for (const [k, v] of Object.entries(node)) if (k !== 'typename') namesUsed(v, out);
  }
  return out;
}

/** A compiled template: its code and the values its `L` holds. */
export interface TemplateSource {
  code: string;
  literals: unknown[];
}

export class JinjaCompiler extends CompilerBase {
  private readonly opts: CompileOptions;
  private out = 'output';
  private fn: FunctionScope = { declAt: 0, temps: [], loops: 0 };
  private readonly blocks: string[] = [];
  private readonly consts: string[] = [];
  private readonly literals: unknown[] = [];

  constructor(opts: CompileOptions) {
    super(opts.displayName, false);
    this.opts = opts;
  }

  private error(msg: string, at: Node): never {
    const e = new TemplateError('TemplateSyntaxError', msg);
    e.line = at.lineno + 1;
    throw e;
  }

  private temp(): string {
    const id = this._tmpid();
    this.fn.temps.push(id);
    return id;
  }

  private line(code: string): void {
    this._emitLine(code);
  }

  /** A value of this template, read from `L` (see the module comment). */
  private literal(v: string | number): string {
    return `L[${this.literals.push(v) - 1}]`;
  }

  private at(n: Node): void {
    this.line(`lineno = ${this.literal(n.lineno + 1)};`);
  }

  /** Compiles a whole template into module source. */
  compileTemplate(root: NodeList): TemplateSource {
    this.line(`var NAME = ${this.literal(this.opts.displayName)};`);
    const constsAt = this.codebuf.length;
    this.beginFunction('function root(env, context, frame) {');
    this.line('runtime.addBlocks(context, BLOCKS);');
    this.statements(root.children);
    this.line('if (context.parentTemplate) output = runtime.renderParent(env, context, output);');
    this.endFunction();
    for (const b of this.blocks) this.line(b);
    this.line(`var BLOCKS = {${this.blockNames.map((n) => `${q(n)}: b_${n}`).join(', ')}};`);
    this.line('return { root: root, blocks: BLOCKS };');
    this.codebuf.splice(constsAt, 0, ...this.consts);
    return { code: this.getCode(), literals: this.literals };
  }

  private readonly blockNames: string[] = [];

  private beginFunction(header: string, block?: string): FunctionScope {
    const saved = this.fn;
    this.line(header);
    this.line('var lineno = 0, output = "";');
    this.fn = { declAt: this.codebuf.length, temps: [], loops: 0, block };
    // outside the try: a call past the limit fails at the caller's line
    this.line('runtime.enter(context.state);');
    this.line('try {');
    return saved;
  }

  private endFunction(saved?: FunctionScope, closer = '}'): void {
    this.line(
      '} catch (e) { throw runtime.locate(e, NAME, lineno); } finally { runtime.leave(context.state); }',
    );
    this.line('return output;');
    this.line(closer);
    if (this.fn.temps.length)
      this.codebuf.splice(this.fn.declAt, 0, `var ${this.fn.temps.join(', ')};\n`);
    if (saved) this.fn = saved;
  }

  /** Appends to the current output, failing once it passes the output limit. */
  private append(code: string): void {
    this.line(`if ((${this.out} += ${code}).length > ${MAX_TEXT}) runtime.outputTooLong();`);
  }

  // ---- statements ----

  private statements(list: readonly Stmt[]): void {
    for (const s of list) this.statement(s);
  }

  private statement(s: Stmt): void {
    switch (s.typename) {
      case 'Output':
        return this.output(s as unknown as NodeList);
      case 'If':
        return this.ifStmt(s);
      case 'For':
        return this.forStmt(s as unknown as For);
      case 'Assign':
        return this.assign(s as unknown as Assign);
      case 'AssignBlock':
        return this.assignBlock(s as unknown as AssignBlock);
      case 'Macro':
        return this.macroDef(s as unknown as MacroNode);
      case 'CallBlock':
        return this.callBlock(s as unknown as MacroNode);
      case 'FilterBlock':
        return this.filterBlock(s as unknown as { filter: FilterNode; body: NodeList } & Node);
      case 'With':
        return this.withStmt(s as unknown as With);
      case 'Include':
        return this.include(s as unknown as Include);
      case 'Import':
        return this.importStmt(s as unknown as Import);
      case 'FromImport':
        return this.fromImport(s as unknown as FromImport);
      case 'Extends':
        return this.extendsStmt(s as unknown as Extends);
      case 'Block':
        return this.block(s as unknown as Block);
      case 'Break':
      case 'Continue':
        if (!this.fn.loops) this.error(`'${s.typename.toLowerCase()}' outside of a loop`, s);
        return this.line(s.typename === 'Break' ? 'break;' : 'continue;');
      case 'NodeList':
        return this.statements((s as unknown as NodeList).children);
    }
    this.error(`cannot compile ${s.typename}`, s);
  }

  private output(s: NodeList): void {
    for (const child of s.children) {
      if (child.typename === 'TemplateData') {
        const text = child.value as string;
        if (text) this.append(this.literal(text));
      } else {
        this.at(child);
        this.append(`runtime.str(${this.expr(child as unknown as Expr)})`);
      }
    }
  }

  private ifStmt(s: Stmt): void {
    this.at(s);
    this.line(`if (${this.cond(s.cond as Expr)}) {`);
    this.statements((s.body as NodeList).children);
    const alt = s.else_ as Stmt | NodeList | null;
    if (alt) {
      this.line('} else {');
      if (alt.typename === 'If') this.ifStmt(alt as Stmt);
      else this.statements((alt as NodeList).children);
    }
    this.line('}');
  }

  /** Binds a loop or assignment target (a name or nested tuple of names) to a JS value. */
  private bind(target: Expr, value: string, how: (name: string, v: string) => string): void {
    if (target.typename === 'Name') {
      this.line(how(target.name, value));
      return;
    }
    if (target.typename !== 'Tuple') this.error(`can't assign to ${target.typename}`, target);
    const t = this.temp();
    this.line(`${t} = runtime.unpack(${value}, ${target.items.length});`);
    target.items.forEach((item, i) => this.bind(item, `${t}[${i}]`, how));
  }

  private forStmt(s: For): void {
    this.at(s);
    const outer = this.temp();
    this.line(`${outer} = frame;`);
    const usesLoop = namesUsed(s.body).has('loop') || s.recursive;
    const setVar = (n: string, v: string) => `frame.vars[${q(n)}] = ${v};`;
    const emitLoop = (itemsExpr: string, depth: string, recurse: string) => {
      const items = this.temp();
      this.line(`${items} = runtime.iter(${itemsExpr});`);
      if (s.test) {
        const src = this.temp();
        const j = this.temp();
        this.line(`${src} = ${items}; ${items} = [];`);
        this.line(`for (${j} = 0; ${j} < ${src}.length; ${j}++) {`);
        this.line(`frame = new runtime.Frame(${outer}, "loop");`);
        this.bind(s.target, `${src}[${j}]`, setVar);
        this.line(`if (${this.cond(s.test)}) ${items}.push(${src}[${j}]);`);
        this.line('}');
      }
      const loop = usesLoop ? this.temp() : '';
      if (usesLoop) this.line(`${loop} = new runtime.LoopContext(${items}, ${depth}, ${recurse});`);
      const i = this.temp();
      // Jinja2 runs `else` unless an iteration reached the end of the body (break skips it)
      const completed = s.else_ ? this.temp() : '';
      if (s.else_) this.line(`${completed} = false;`);
      this.line(`for (${i} = 0; ${i} < ${items}.length; ${i}++) {`);
      this.line(`frame = new runtime.Frame(${outer}, "loop");`);
      if (usesLoop) this.line(`${loop}.index0 = ${i}; frame.vars.loop = ${loop};`);
      this.bind(s.target, `${items}[${i}]`, setVar);
      this.fn.loops++;
      this.statements(s.body.children);
      this.fn.loops--;
      if (s.else_) this.line(`${completed} = true;`);
      this.line('}');
      if (s.else_) {
        this.line(`if (!${completed}) {`);
        this.line(`frame = new runtime.Frame(${outer}, "loop");`);
        this.statements(s.else_.children);
        this.line('}');
      }
      this.line(`frame = ${outer};`);
    };
    if (!s.recursive) {
      emitLoop(this.expr(s.iter), '0', 'undefined');
      return;
    }
    const rec = this.temp();
    const saved = this.beginFunction(`${rec} = function (input, depth) { var frame = ${outer};`);
    emitLoop('input', 'depth', rec);
    this.endFunction(saved, '};');
    this.append(`${rec}(${this.expr(s.iter)}, 0)`);
  }

  private assign(s: Assign): void {
    this.at(s);
    this.store(s.target, this.expr(s.node));
  }

  /** `set` of a name, a tuple of names or `ns.attr` (both the inline and the block form). */
  private store(target: Assign['target'], value: string): void {
    if (target.typename === 'NSRef') {
      this.line(
        `runtime.setattr(runtime.lookup(context, frame, ${q(target.name)}), ${q(target.attr)}, ${value});`,
      );
      return;
    }
    const t = this.temp();
    this.line(`${t} = ${value};`);
    this.bind(target, t, (n, v) => `runtime.assign(context, frame, ${q(n)}, ${v});`);
  }

  /** Compiles a body into a fresh string variable and returns its name. */
  private capture(body: NodeList): string {
    const buf = this.temp();
    const saved = this.out;
    this.line(`${buf} = "";`);
    this.out = buf;
    this.statements(body.children);
    this.out = saved;
    return buf;
  }

  private assignBlock(s: AssignBlock): void {
    this.at(s);
    const buf = this.capture(s.body);
    this.store(s.target, s.filter ? this.filterExpr(s.filter, buf) : buf);
  }

  /** Emits a Macro object for a macro or call-block body and returns its variable. */
  private macro(s: MacroNode): string {
    const used = namesUsed(s.body);
    for (const d of s.defaults) namesUsed(d, used);
    const withDefaults = s.params.slice(s.params.length - s.defaults.length);
    const spec = {
      name: s.name,
      params: s.params,
      defaults: withDefaults,
      catchVarargs: used.has('varargs'),
      catchKwargs: used.has('kwargs'),
      catchCaller: used.has('caller'),
    };
    const id = this.temp();
    const savedOut = this.out;
    this.out = 'output';
    const saved = this.beginFunction(
      `${id} = new runtime.Macro(${JSON.stringify(spec)}, frame, function (frame) {`,
    );
    this.at(s);
    withDefaults.forEach((p, i) => {
      this.line(
        `if (frame.vars[${q(p)}] === runtime.MISSING) frame.vars[${q(p)}] = ${this.expr(s.defaults[i])};`,
      );
    });
    this.statements(s.body.children);
    this.endFunction(saved, '});');
    this.out = savedOut;
    return id;
  }

  private macroDef(s: MacroNode): void {
    this.at(s);
    const id = this.macro(s);
    this.line(`runtime.assign(context, frame, ${q(s.name)}, ${id});`);
  }

  private callBlock(s: MacroNode): void {
    this.at(s);
    const caller = this.macro(s);
    const call = s.call as Call;
    const fn = this.expr(call.node);
    this.at(s);
    this.append(`runtime.str(${this.callExpr(fn, call, [['caller', caller]])})`);
  }

  private filterBlock(s: { filter: FilterNode; body: NodeList } & Node): void {
    this.at(s);
    const outer = this.temp();
    this.line(`${outer} = frame; frame = new runtime.Frame(${outer}, "with");`);
    const buf = this.capture(s.body);
    this.line(`frame = ${outer};`);
    this.at(s);
    this.append(`runtime.str(${this.filterExpr(s.filter, buf)})`);
  }

  private withStmt(s: With): void {
    this.at(s);
    const outer = this.temp();
    const values = s.values.map((v) => {
      const t = this.temp();
      this.line(`${t} = ${this.expr(v)};`);
      return t;
    });
    this.line(`${outer} = frame; frame = new runtime.Frame(${outer}, "with");`);
    s.targets.forEach((target, i) =>
      this.bind(target, values[i], (n, v) => `frame.vars[${q(n)}] = ${v};`),
    );
    this.statements(s.body.children);
    this.line(`frame = ${outer};`);
  }

  private include(s: Include): void {
    this.at(s);
    this.append(
      `runtime.include(env, context, frame, ${this.expr(s.template)}, ${s.ignoreMissing}, ${s.withContext})`,
    );
  }

  private importStmt(s: Import): void {
    this.at(s);
    this.line(
      `runtime.assign(context, frame, ${q(s.target)}, runtime.importModule(env, context, frame, ${this.expr(s.template)}, ${s.withContext}), true);`,
    );
  }

  private fromImport(s: FromImport): void {
    this.at(s);
    const mod = this.temp();
    this.line(
      `${mod} = runtime.importModule(env, context, frame, ${this.expr(s.template)}, ${s.withContext});`,
    );
    for (const [name, alias] of s.names) {
      this.line(
        `runtime.assign(context, frame, ${q(alias)}, runtime.moduleGet(${mod}, ${q(name)}, ${this.literal(s.lineno + 1)}, NAME), true);`,
      );
    }
  }

  private extendsStmt(s: Extends): void {
    this.at(s);
    this.line(`runtime.extend(env, context, ${this.expr(s.template)}, output.length);`);
  }

  private block(s: Block): void {
    if (this.blockNames.includes(s.name)) this.error(`block '${s.name}' defined twice`, s);
    this.blockNames.push(s.name);
    // the block body becomes its own function, emitted after root
    const start = this.codebuf.length;
    const savedOut = this.out;
    this.out = 'output';
    const saved = this.beginFunction(`function b_${s.name}(env, context, frame, depth) {`, s.name);
    this.line(`frame = new runtime.Frame(${s.scoped ? 'frame' : 'context.root'}, "block");`);
    this.statements(s.body.children);
    this.endFunction(saved);
    this.out = savedOut;
    this.blocks.push(this.codebuf.splice(start).join(''));
    this.at(s);
    this.line('if (!context.parentTemplate) {');
    this.append(`runtime.renderBlock(env, context, frame, ${q(s.name)})`);
    this.line('}');
  }

  // ---- expressions ----

  /** A JavaScript boolean expression for a condition. */
  cond(e: Expr): string {
    switch (e.typename) {
      case 'Not':
        return `!(${this.cond(e.node)})`;
      case 'And':
        return `(${this.cond(e.left)} && ${this.cond(e.right)})`;
      case 'Or':
        return `(${this.cond(e.left)} || ${this.cond(e.right)})`;
      case 'Compare':
      case 'Test':
        return this.expr(e);
      case 'Const':
        if (typeof e.value === 'boolean') return String(e.value);
    }
    return `runtime.truthy(${this.expr(e)})`;
  }

  expr(e: Expr | SliceNode): string {
    switch (e.typename) {
      case 'Const':
        return this.constant(e);
      case 'Name':
        if (e.name === 'super' && this.fn.block) {
          return `runtime.blockSuper(env, context, frame, ${q(this.fn.block)}, depth)`;
        }
        return `runtime.lookup(context, frame, ${q(e.name)})`;
      case 'Tuple':
        return `runtime.tuple([${e.items.map((i) => this.expr(i)).join(', ')}])`;
      case 'List':
        return `[${e.items.map((i) => this.expr(i)).join(', ')}]`;
      case 'Dict':
        return `runtime.dict([${e.pairs.map(([k, v]) => `${this.expr(k)}, ${this.expr(v)}`).join(', ')}])`;
      case 'Getattr':
        return `runtime.getattr(${this.expr(e.node)}, ${q(e.attr)})`;
      case 'Getitem':
        if (e.arg.typename === 'Slice') {
          const part = (p: Expr | null) => (p ? this.expr(p) : 'null');
          return `runtime.slice(${this.expr(e.node)}, ${part(e.arg.start)}, ${part(e.arg.stop)}, ${part(e.arg.step)})`;
        }
        return `runtime.getitem(${this.expr(e.node)}, ${this.expr(e.arg)})`;
      case 'Call':
        return this.callExpr(this.expr(e.node), e);
      case 'Filter':
        return this.filterExpr(e, null);
      case 'Test':
        return this.testExpr(e);
      case 'CondExpr': {
        const alt = e.expr2 ? this.expr(e.expr2) : 'runtime.condUndefined()';
        return `(${this.cond(e.test)} ? ${this.expr(e.expr1)} : ${alt})`;
      }
      case 'And':
      case 'Or': {
        const t = this.temp();
        const left = `(${t} = ${this.expr(e.left)}, runtime.truthy(${t}))`;
        return e.typename === 'And'
          ? `(${left} ? ${this.expr(e.right)} : ${t})`
          : `(${left} ? ${t} : ${this.expr(e.right)})`;
      }
      case 'Not':
        return `!(${this.cond(e.node)})`;
      case 'BinOp':
        return `runtime.${BINOPS[e.op]}(${this.expr(e.left)}, ${this.expr(e.right)})`;
      case 'Unary':
        return `runtime.${e.op === '-' ? 'neg' : 'pos'}(${this.expr(e.node)})`;
      case 'Concat':
        return e.nodes.map((n) => this.expr(n)).reduce((a, b) => `runtime.concat(${a}, ${b})`);
      case 'Compare':
        return this.compare(e);
      case 'NSRef':
        return `runtime.getattr(runtime.lookup(context, frame, ${q(e.name)}), ${q(e.attr)})`;
      case 'Slice':
        return this.error('slice outside of a subscript', e);
    }
  }

  private constant(e: Const): string {
    const v = e.value;
    if (typeof v === 'string') return this.literal(v);
    if (typeof v === 'number') {
      if (e.isFloat && Number.isInteger(v)) {
        const id = `c_${this.consts.length}`;
        this.consts.push(`var ${id} = new runtime.PyFloat(${this.literal(v)});\n`);
        return id;
      }
      return this.literal(v);
    }
    return String(v);
  }

  private compare(e: Compare): string {
    if (e.ops.length === 1) {
      const [op, right] = e.ops[0];
      const l = this.expr(e.expr);
      const r = this.expr(right);
      if (op === 'in') return `runtime.contains(${r}, ${l})`;
      if (op === 'notin') return `!runtime.contains(${r}, ${l})`;
      return `runtime.${COMPARES[op]}(${l}, ${r})`;
    }
    const rest = e.ops.flatMap(([op, x]) => [q(op), this.expr(x)]);
    return `runtime.compareChain(${this.expr(e.expr)}, [${rest.join(', ')}])`;
  }

  /** Call arguments; `first` is an extra leading positional argument (a filter's input). */
  private args(
    a: CallArgs,
    extra: [string, string][] = [],
    first?: string,
  ): { args: string; kwargs: string; dyn: boolean } {
    const positional = a.args.map((x) => this.expr(x));
    if (first !== undefined) positional.unshift(first);
    const args = `[${positional.join(', ')}]`;
    const pairs = [...a.kwargs.map(([k, v]) => [k, this.expr(v)] as [string, string]), ...extra];
    const kwargs = pairs.length
      ? `{${pairs.map(([k, v]) => `[${q(k)}]: ${v}`).join(', ')}}`
      : 'null';
    if (a.dynArgs || a.dynKwargs) {
      const dynArgs = a.dynArgs ? this.expr(a.dynArgs) : 'null';
      const dynKwargs = a.dynKwargs ? this.expr(a.dynKwargs) : 'null';
      return {
        args: `runtime.spreadArgs(${args}, ${dynArgs})`,
        kwargs: `runtime.spreadKwargs(${kwargs}, ${dynKwargs})`,
        dyn: true,
      };
    }
    return { args, kwargs, dyn: false };
  }

  private callExpr(fn: string, c: CallArgs, extra: [string, string][] = []): string {
    const { args, kwargs } = this.args(c, extra);
    return `runtime.call(context, frame, ${fn}, ${args}, ${kwargs})`;
  }

  /** A filter chain; `input` replaces the innermost value (filter blocks, block set). */
  private filterExpr(f: FilterNode, input: string | null): string {
    if (!this.opts.hasFilter(f.name)) this.error(`No filter named '${f.name}'.`, f);
    const value =
      f.node === null
        ? (input ?? 'null')
        : f.node.typename === 'Filter'
          ? this.filterExpr(f.node, input)
          : this.expr(f.node);
    const { args, kwargs } = this.args(f, [], value);
    return `runtime.filter(context, frame, ${q(f.name)}, ${args}, ${kwargs})`;
  }

  private testExpr(t: TestNode): string {
    if (!this.opts.hasTest(t.name)) this.error(`No test named '${t.name}'.`, t);
    const { args, kwargs } = this.args(t, [], this.expr(t.node));
    return `runtime.test(context, frame, ${q(t.name)}, ${args}, ${kwargs})`;
  }
}
