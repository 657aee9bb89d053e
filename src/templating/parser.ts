/**
 * Jinja2 3.1's grammar on nunjucks' parser: tuples, slices, `is` tests without parentheses,
 * filter and call keyword arguments, chained comparisons, `for ... if ... recursive`,
 * `break`/`continue` (kluctl enables loopcontrols), `set ns.attr`, block `set` with filters,
 * `with`, `call` with caller arguments and import/include context modifiers.
 * nunjucks provides the token stream, template-text handling and whitespace control.
 */
import { TemplateError } from './errors.js';
import { JinjaTokenizer } from './lexer.js';
import {
  type Assign,
  type AssignBlock,
  type Block,
  type Call,
  type CallArgs,
  type Expr,
  type FilterNode,
  type For,
  type MacroNode,
  type NodeList,
  type SliceNode,
  type Stmt,
  node,
} from './nodes.js';
import { type NodeApi, ParserBase, type Token, T, nodes } from './nunjucks-internals.js';

const END_TYPES = new Set<string>([T.VARIABLE_END, T.BLOCK_END, T.RIGHT_PAREN]);
const TEST_ARG_TYPES = new Set<string>([
  T.SYMBOL,
  T.STRING,
  T.INT,
  T.FLOAT,
  T.LEFT_PAREN,
  T.LEFT_BRACKET,
  T.LEFT_CURLY,
]);
const COMPARE_OPS = new Set(['==', '!=', '<', '>', '<=', '>=']);

type EndRule = (tok: Token) => boolean;
const nameIs =
  (...names: string[]): EndRule =>
  (tok) =>
    tok.type === T.SYMBOL && names.includes(tok.value);

export class JinjaParser extends ParserBase {
  /** pushed-back tokens, last one next (the base parser allows only one) */
  private readonly pending: (Token | null)[] = [];

  constructor(src: string) {
    super(new JinjaTokenizer(src));
  }

  // ---- token stream ----

  override nextToken(withWhitespace?: boolean): Token | null {
    if (this.pending.length) return this.pending.pop() ?? null;
    let tok = this.tokens.nextToken();
    if (!withWhitespace) while (tok && tok.type === T.WHITESPACE) tok = this.tokens.nextToken();
    return tok;
  }

  override peekToken(): Token | null {
    if (this.pending.length) return this.pending[this.pending.length - 1];
    const tok = this.nextToken();
    this.pending.push(tok);
    return tok;
  }

  override pushToken(tok: Token | null): void {
    this.pending.push(tok);
  }

  override fail(msg: string, lineno?: number): never {
    const e = new TemplateError('TemplateSyntaxError', msg);
    e.line = (lineno ?? this.peekToken()?.lineno ?? 0) + 1;
    throw e;
  }

  private peekIs(type: string, value?: string): boolean {
    const tok = this.peekToken();
    return !!tok && tok.type === type && (value === undefined || tok.value === value);
  }

  private describe(tok: Token | null): string {
    if (!tok) return 'end of template';
    if (tok.type === T.BLOCK_END) return 'end of statement block';
    if (tok.type === T.VARIABLE_END) return 'end of print statement';
    return `'${tok.value}'`;
  }

  private expectType(type: string, what: string): Token {
    const tok = this.nextToken();
    if (!tok || tok.type !== type)
      this.fail(`expected ${what}, got ${this.describe(tok)}`, tok?.lineno);
    return tok;
  }

  private expectName(value?: string): Token {
    const tok = this.nextToken();
    if (!tok || tok.type !== T.SYMBOL || (value !== undefined && tok.value !== value)) {
      this.fail(
        `expected ${value ? `'${value}'` : 'name'}, got ${this.describe(tok)}`,
        tok?.lineno,
      );
    }
    return tok;
  }

  private skipOp(op: string): boolean {
    return this.skipValue(T.OPERATOR, op);
  }

  // ---- template structure ----

  override parseNodes(): NodeApi[] {
    const buf: NodeApi[] = [];
    const tags = this.tokens.tags;
    let tok: Token | null;
    while ((tok = this.nextToken())) {
      if (tok.type === T.DATA) {
        let data = tok.value;
        const next = this.peekToken();
        const nextVal = next?.value ?? '';
        if (this.dropLeadingWhitespace) {
          data = data.replace(/^\s*/, '');
          this.dropLeadingWhitespace = false;
        }
        if (
          next &&
          ((next.type === T.BLOCK_START && nextVal.endsWith('-')) ||
            (next.type === T.VARIABLE_START &&
              nextVal.charAt(tags.VARIABLE_START.length) === '-') ||
            (next.type === T.COMMENT && nextVal.charAt(tags.COMMENT_START.length) === '-'))
        ) {
          data = data.replace(/\s*$/, '');
        }
        buf.push(
          new nodes.Output(tok.lineno, tok.colno, [
            new nodes.TemplateData(tok.lineno, tok.colno, data),
          ]),
        );
      } else if (tok.type === T.BLOCK_START) {
        this.dropLeadingWhitespace = false;
        const n = this.parseStatement();
        if (!n) break;
        buf.push(n as NodeApi);
      } else if (tok.type === T.VARIABLE_START) {
        const e = this.parseTuple();
        this.dropLeadingWhitespace = false;
        const end = this.nextToken();
        if (!end || end.type !== T.VARIABLE_END) {
          this.fail(
            `expected token 'end of print statement', got ${this.describe(end)}`,
            end?.lineno,
          );
        }
        this.dropLeadingWhitespace = end.value.startsWith('-');
        buf.push(new nodes.Output(tok.lineno, tok.colno, [e]));
      } else if (tok.type === T.COMMENT) {
        this.dropLeadingWhitespace =
          tok.value.charAt(tok.value.length - tags.COMMENT_END.length - 1) === '-';
      } else {
        this.fail(`unexpected ${this.describe(tok)}`, tok.lineno);
      }
    }
    return buf;
  }

  private body(...endTags: string[]): NodeList {
    const list = this.parseUntilBlocks(...endTags) as unknown as NodeList;
    if (!this.peekToken()) {
      this.fail(
        `Unexpected end of template. Jinja was looking for the following tags: ${endTags.map((t) => `'${t}'`).join(' or ')}.`,
      );
    }
    return list;
  }

  /** Consumes `{% end... %}` after a body. */
  private endTag(): void {
    this.advanceAfterBlockEnd();
  }

  parseStatement(): Stmt | null {
    const tok = this.peekToken();
    if (!tok || tok.type !== T.SYMBOL) this.fail('tag name expected', tok?.lineno);
    if (this.breakOnBlocks?.includes(tok.value)) return null;
    switch (tok.value) {
      case 'raw':
        return this.parseRaw();
      case 'if':
        return (this as unknown as { parseIf(): Stmt }).parseIf();
      case 'for':
        return this.parseFor();
      case 'set':
        return this.parseSet();
      case 'macro':
        return this.parseMacro();
      case 'call':
        return this.parseCallBlock();
      case 'filter':
        return this.parseFilterBlock();
      case 'with':
        return this.parseWith();
      case 'include':
        return this.parseInclude();
      case 'import':
        return this.parseImport();
      case 'from':
        return this.parseFromImport();
      case 'extends':
        return this.parseExtends();
      case 'block':
        return this.parseBlock();
      case 'break':
      case 'continue': {
        this.nextToken();
        this.advanceAfterBlockEnd(tok.value);
        return node(tok.value === 'break' ? 'Break' : 'Continue', tok, {}) as Stmt;
      }
    }
    return this.fail(`Encountered unknown tag '${tok.value}'.`, tok.lineno);
  }

  /** `{% raw %}...{% endraw %}`, honouring `-` whitespace control on both tags. */
  private parseRaw(): Stmt {
    const tok = this.expectName('raw');
    this.advanceAfterBlockEnd('raw');
    const tz = this.tokens;
    const re = /(\{%-?)\s*endraw\s*(-?%\})/g;
    re.lastIndex = tz.index;
    const m = re.exec(tz.str);
    if (!m) this.fail('Missing end of raw directive', tok.lineno);
    let text = tz.str.slice(tz.index, m.index);
    if (this.dropLeadingWhitespace) text = text.replace(/^\s*/, '');
    if (m[1].endsWith('-')) text = text.replace(/\s*$/, '');
    tz.forwardN(m.index + m[0].length - tz.index);
    tz.in_code = false;
    this.dropLeadingWhitespace = m[2].startsWith('-');
    return new nodes.Output(tok.lineno, tok.colno, [
      new nodes.TemplateData(tok.lineno, tok.colno, text),
    ]) as unknown as Stmt;
  }

  private parseFor(): Stmt {
    const tok = this.expectName('for');
    const target = this.parseAssignTarget([nameIs('in')]);
    this.expectName('in');
    const iter = this.parseTuple(false, false, [nameIs('recursive')]);
    const test = this.skipSymbol('if') ? this.parseExpression() : null;
    const recursive = this.skipSymbol('recursive');
    this.advanceAfterBlockEnd('for');
    const body = this.body('endfor', 'else');
    let else_: NodeList | null = null;
    if (this.skipSymbol('else')) {
      this.advanceAfterBlockEnd('else');
      else_ = this.body('endfor');
    }
    this.endTag();
    return node<For>('For', tok, { target, iter, test, recursive, body, else_ }) as unknown as Stmt;
  }

  private parseSet(): Stmt {
    const tok = this.expectName('set');
    const target = this.parseAssignTarget([], true);
    if (this.skipOp('=')) {
      const value = this.parseTuple();
      this.advanceAfterBlockEnd('set');
      return node<Assign>('Assign', tok, { target, node: value }) as unknown as Stmt;
    }
    const filter = this.peekIs(T.PIPE) ? (this.parseFilter(null) as FilterNode) : null;
    this.advanceAfterBlockEnd('set');
    const body = this.body('endset');
    this.endTag();
    return node<AssignBlock>('AssignBlock', tok, { target, filter, body }) as unknown as Stmt;
  }

  private parseSignature(): { params: string[]; defaults: Expr[] } {
    const params: string[] = [];
    const defaults: Expr[] = [];
    this.expectType(T.LEFT_PAREN, "'('");
    while (!this.skip(T.RIGHT_PAREN)) {
      if (params.length) this.expectType(T.COMMA, "','");
      const name = this.expectName();
      if (this.skipOp('=')) defaults.push(this.parseExpression());
      else if (defaults.length)
        this.fail('non-default argument follows default argument', name.lineno);
      params.push(name.value);
    }
    return { params, defaults };
  }

  private parseMacro(): Stmt {
    const tok = this.expectName('macro');
    const name = this.expectName().value;
    const { params, defaults } = this.parseSignature();
    this.advanceAfterBlockEnd('macro');
    const body = this.body('endmacro');
    this.endTag();
    return node<MacroNode>('Macro', tok, { name, params, defaults, body }) as unknown as Stmt;
  }

  private parseCallBlock(): Stmt {
    const tok = this.expectName('call');
    const sig = this.peekIs(T.LEFT_PAREN) ? this.parseSignature() : { params: [], defaults: [] };
    const call = this.parseExpression();
    if (call.typename !== 'Call') this.fail('expected call', tok.lineno);
    this.advanceAfterBlockEnd('call');
    const body = this.body('endcall');
    this.endTag();
    return node<MacroNode>('CallBlock', tok, {
      name: 'caller',
      ...sig,
      body,
      call,
    }) as unknown as Stmt;
  }

  private parseFilterBlock(): Stmt {
    const tok = this.expectName('filter');
    const filter = this.parseFilter(null, true) as FilterNode;
    this.advanceAfterBlockEnd('filter');
    const body = this.body('endfilter');
    this.endTag();
    return node('FilterBlock', tok, { filter, body }) as Stmt;
  }

  private parseWith(): Stmt {
    const tok = this.expectName('with');
    const targets: Expr[] = [];
    const values: Expr[] = [];
    while (!this.peekIs(T.BLOCK_END)) {
      if (targets.length) this.expectType(T.COMMA, "','");
      targets.push(this.parseAssignTarget([]));
      this.expectType(T.OPERATOR, "'='");
      values.push(this.parseExpression());
    }
    this.advanceAfterBlockEnd('with');
    const body = this.body('endwith');
    this.endTag();
    return node('With', tok, { targets, values, body }) as Stmt;
  }

  private parseContext(dflt: boolean): boolean {
    const tok = this.peekToken();
    if (tok?.type === T.SYMBOL && (tok.value === 'with' || tok.value === 'without')) {
      this.nextToken();
      if (this.peekIs(T.SYMBOL, 'context')) {
        this.nextToken();
        return tok.value === 'with';
      }
      this.pushToken(tok);
    }
    return dflt;
  }

  private parseInclude(): Stmt {
    const tok = this.expectName('include');
    const template = this.parseExpression();
    let ignoreMissing = false;
    if (this.peekIs(T.SYMBOL, 'ignore')) {
      const ignore = this.nextToken();
      if (this.peekIs(T.SYMBOL, 'missing')) {
        this.nextToken();
        ignoreMissing = true;
      } else this.pushToken(ignore);
    }
    const withContext = this.parseContext(true);
    this.advanceAfterBlockEnd('include');
    return node('Include', tok, { template, ignoreMissing, withContext }) as Stmt;
  }

  private parseImport(): Stmt {
    const tok = this.expectName('import');
    const template = this.parseExpression();
    this.expectName('as');
    const target = this.expectName().value;
    const withContext = this.parseContext(false);
    this.advanceAfterBlockEnd('import');
    return node('Import', tok, { template, target, withContext }) as Stmt;
  }

  private parseFromImport(): Stmt {
    const tok = this.expectName('from');
    const template = this.parseExpression();
    this.expectName('import');
    const names: [string, string][] = [];
    let withContext = false;
    for (;;) {
      if (names.length) this.expectType(T.COMMA, "','");
      if (this.peekIs(T.SYMBOL, 'with') || this.peekIs(T.SYMBOL, 'without')) {
        const before = this.peekToken();
        withContext = this.parseContext(false);
        if (this.peekToken() !== before) break;
      }
      const name = this.expectName();
      if (name.value.startsWith('_')) {
        this.fail('names starting with an underline can not be imported', name.lineno);
      }
      const alias = this.skipSymbol('as') ? this.expectName().value : name.value;
      names.push([name.value, alias]);
      if (!this.peekIs(T.COMMA)) {
        withContext = this.parseContext(false);
        break;
      }
    }
    this.advanceAfterBlockEnd('from');
    return node('FromImport', tok, { template, names, withContext }) as Stmt;
  }

  private parseExtends(): Stmt {
    const tok = this.expectName('extends');
    const template = this.parseExpression();
    this.advanceAfterBlockEnd('extends');
    return node('Extends', tok, { template }) as Stmt;
  }

  private parseBlock(): Stmt {
    const tok = this.expectName('block');
    const name = this.expectName().value;
    const scoped = this.skipSymbol('scoped');
    const required = this.skipSymbol('required');
    this.advanceAfterBlockEnd('block');
    const body = this.body('endblock');
    this.expectName('endblock');
    if (this.peekIs(T.SYMBOL)) {
      const end = this.expectName();
      if (end.value !== name) this.fail(`'${name}' expected, got '${end.value}'`, end.lineno);
    }
    this.advanceAfterBlockEnd('endblock');
    return node<Block>('Block', tok, { name, scoped, required, body }) as unknown as Stmt;
  }

  // ---- expressions ----

  /** An assignment target: a name, a tuple of names, or `ns.attr` (set only). */
  private parseAssignTarget(extraEnd: EndRule[], withNamespace = false): Expr {
    const first = this.peekToken();
    if (withNamespace && first?.type === T.SYMBOL) {
      this.nextToken();
      if (this.peekIs(T.OPERATOR, '.')) {
        this.nextToken();
        const attr = this.expectName().value;
        return node('NSRef', first, { name: first.value, attr });
      }
      this.pushToken(first);
    }
    const target = this.parseTuple(true, true, extraEnd);
    const check = (t: Expr): void => {
      if (t.typename === 'Name') return;
      if (t.typename === 'Tuple') return t.items.forEach(check);
      this.fail(`can't assign to '${t.typename}'`, t.lineno);
    };
    check(target);
    return target;
  }

  parseExpression(withCondexpr = true): Expr {
    return withCondexpr ? this.parseCondexpr() : this.parseOr();
  }

  /** Comma-separated expressions: a tuple when there is a comma. */
  parseTuple(
    simplified = false,
    withCondexpr = true,
    extraEnd: EndRule[] = [],
    explicitParens = false,
  ): Expr {
    const start = this.peekToken() ?? { lineno: 0, colno: 0 };
    const items: Expr[] = [];
    let isTuple = false;
    for (;;) {
      if (items.length) this.expectType(T.COMMA, "','");
      const tok = this.peekToken();
      if (!tok || END_TYPES.has(tok.type) || extraEnd.some((r) => r(tok))) break;
      items.push(simplified ? this.parsePrimary() : this.parseExpression(withCondexpr));
      if (this.peekIs(T.COMMA)) isTuple = true;
      else break;
    }
    if (!isTuple) {
      if (items.length) return items[0];
      if (!explicitParens)
        this.fail(`Expected an expression, got ${this.describe(this.peekToken())}`);
    }
    return node('Tuple', start, { items });
  }

  private parseCondexpr(): Expr {
    let expr1 = this.parseOr();
    while (this.skipSymbol('if')) {
      const test = this.parseOr();
      const expr2 = this.skipSymbol('else') ? this.parseCondexpr() : null;
      expr1 = node('CondExpr', expr1, { test, expr1, expr2 });
    }
    return expr1;
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.skipSymbol('or')) left = node('Or', left, { left, right: this.parseAnd() });
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.skipSymbol('and')) left = node('And', left, { left, right: this.parseNot() });
    return left;
  }

  private parseNot(): Expr {
    const tok = this.peekToken();
    if (this.skipSymbol('not')) return node('Not', tok!, { node: this.parseNot() });
    return this.parseCompare();
  }

  private parseCompare(): Expr {
    const expr = this.parseMath1();
    const ops: [string, Expr][] = [];
    for (;;) {
      const tok = this.nextToken();
      if (tok && tok.type === T.OPERATOR && COMPARE_OPS.has(tok.value)) {
        ops.push([tok.value, this.parseMath1()]);
      } else if (tok && tok.type === T.SYMBOL && tok.value === 'in') {
        ops.push(['in', this.parseMath1()]);
      } else if (
        tok &&
        tok.type === T.SYMBOL &&
        tok.value === 'not' &&
        this.peekIs(T.SYMBOL, 'in')
      ) {
        this.nextToken();
        ops.push(['notin', this.parseMath1()]);
      } else {
        this.pushToken(tok);
        break;
      }
    }
    return ops.length ? node('Compare', expr, { expr, ops }) : expr;
  }

  private binary(next: () => Expr, ops: readonly string[]): Expr {
    let left = next();
    for (;;) {
      const tok = this.peekToken();
      if (!tok || tok.type !== T.OPERATOR || !ops.includes(tok.value)) return left;
      this.nextToken();
      const right = next();
      left = node('BinOp', tok, { op: tok.value as '+', left, right });
    }
  }

  private parseMath1(): Expr {
    return this.binary(() => this.parseConcat(), ['+', '-']);
  }

  private parseConcat(): Expr {
    const first = this.parseMath2();
    const items = [first];
    while (this.skip(T.TILDE)) items.push(this.parseMath2());
    return items.length === 1 ? first : node('Concat', first, { nodes: items });
  }

  private parseMath2(): Expr {
    return this.binary(() => this.parsePow(), ['*', '/', '//', '%']);
  }

  private parsePow(): Expr {
    return this.binary(() => this.parseUnary(), ['**']);
  }

  private parseUnary(withFilter = true): Expr {
    const tok = this.peekToken();
    let expr: Expr;
    if (tok?.type === T.OPERATOR && (tok.value === '-' || tok.value === '+')) {
      this.nextToken();
      expr = node('Unary', tok, { op: tok.value, node: this.parseUnary(false) });
    } else {
      expr = this.parsePrimary();
    }
    expr = this.parsePostfix(expr);
    return withFilter ? this.parseFilterExpr(expr) : expr;
  }

  private parsePrimary(): Expr {
    const tok = this.nextToken();
    if (!tok) return this.fail('unexpected end of template');
    switch (tok.type) {
      case T.SYMBOL:
        if (tok.value === 'true' || tok.value === 'True')
          return node('Const', tok, { value: true });
        if (tok.value === 'false' || tok.value === 'False')
          return node('Const', tok, { value: false });
        if (tok.value === 'none' || tok.value === 'None')
          return node('Const', tok, { value: null });
        return node('Name', tok, { name: tok.value });
      case T.STRING: {
        let value = tok.value;
        while (this.peekIs(T.STRING)) value += this.nextToken()!.value;
        return node('Const', tok, { value });
      }
      case T.INT:
        return node('Const', tok, { value: tok.num });
      case T.FLOAT:
        return node('Const', tok, { value: tok.num, isFloat: true });
      case T.LEFT_PAREN: {
        const inner = this.parseTuple(false, true, [], true);
        this.expectType(T.RIGHT_PAREN, "')'");
        return inner;
      }
      case T.LEFT_BRACKET:
        return this.parseList(tok);
      case T.LEFT_CURLY:
        return this.parseDict(tok);
    }
    return this.fail(`unexpected ${this.describe(tok)}`, tok.lineno);
  }

  private parseList(start: Token): Expr {
    const items: Expr[] = [];
    while (!this.peekIs(T.RIGHT_BRACKET)) {
      if (items.length) this.expectType(T.COMMA, "','");
      if (this.peekIs(T.RIGHT_BRACKET)) break;
      items.push(this.parseExpression());
    }
    this.expectType(T.RIGHT_BRACKET, "']'");
    return node('List', start, { items });
  }

  private parseDict(start: Token): Expr {
    const pairs: [Expr, Expr][] = [];
    while (!this.peekIs(T.RIGHT_CURLY)) {
      if (pairs.length) this.expectType(T.COMMA, "','");
      if (this.peekIs(T.RIGHT_CURLY)) break;
      const key = this.parseExpression();
      this.expectType(T.COLON, "':'");
      pairs.push([key, this.parseExpression()]);
    }
    this.expectType(T.RIGHT_CURLY, "'}'");
    return node('Dict', start, { pairs });
  }

  private parsePostfix(expr: Expr): Expr {
    for (;;) {
      const tok = this.peekToken();
      if (tok?.type === T.OPERATOR && tok.value === '.') expr = this.parseSubscript(expr);
      else if (tok?.type === T.LEFT_BRACKET) expr = this.parseSubscript(expr);
      else if (tok?.type === T.LEFT_PAREN) expr = this.parseCall(expr);
      else return expr;
    }
  }

  private parseFilterExpr(expr: Expr): Expr {
    for (;;) {
      const tok = this.peekToken();
      if (tok?.type === T.PIPE) expr = this.parseFilter(expr);
      else if (tok?.type === T.SYMBOL && tok.value === 'is') expr = this.parseTest(expr);
      else if (tok?.type === T.LEFT_PAREN) expr = this.parseCall(expr);
      else return expr;
    }
  }

  private parseSubscript(target: Expr): Expr {
    const tok = this.nextToken()!;
    if (tok.type === T.OPERATOR) {
      const attr = this.nextToken();
      if (attr?.type === T.SYMBOL) return node('Getattr', tok, { node: target, attr: attr.value });
      if (attr?.type === T.INT) {
        return node('Getitem', tok, {
          node: target,
          arg: node('Const', attr, { value: attr.num }),
        });
      }
      return this.fail('expected name or number', attr?.lineno);
    }
    const args: (Expr | SliceNode)[] = [];
    while (!this.peekIs(T.RIGHT_BRACKET)) {
      if (args.length) this.expectType(T.COMMA, "','");
      args.push(this.parseSubscribed());
    }
    this.expectType(T.RIGHT_BRACKET, "']'");
    const arg = args.length === 1 ? args[0] : node('Tuple', tok, { items: args as Expr[] });
    return node('Getitem', tok, { node: target, arg });
  }

  private parseSubscribed(): Expr | SliceNode {
    const start = this.peekToken()!;
    const parts: (Expr | null)[] = [];
    if (this.skip(T.COLON)) parts.push(null);
    else {
      const e = this.parseExpression();
      if (!this.skip(T.COLON)) return e;
      parts.push(e);
    }
    const stop = () => this.peekIs(T.RIGHT_BRACKET) || this.peekIs(T.COMMA);
    if (this.peekIs(T.COLON) || stop()) parts.push(null);
    else parts.push(this.parseExpression());
    if (this.skip(T.COLON)) parts.push(stop() ? null : this.parseExpression());
    else parts.push(null);
    return node<SliceNode>('Slice', start, { start: parts[0], stop: parts[1], step: parts[2] });
  }

  private parseCallArgs(): CallArgs {
    const open = this.expectType(T.LEFT_PAREN, "'('");
    const out: CallArgs = { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
    const ensure = (ok: boolean) => {
      if (!ok) this.fail('invalid syntax for function call expression', open.lineno);
    };
    let requireComma = false;
    while (!this.peekIs(T.RIGHT_PAREN)) {
      if (requireComma) {
        this.expectType(T.COMMA, "','");
        if (this.peekIs(T.RIGHT_PAREN)) break;
      }
      if (this.skipOp('*')) {
        ensure(out.dynArgs === null && out.dynKwargs === null);
        out.dynArgs = this.parseExpression();
      } else if (this.skipOp('**')) {
        ensure(out.dynKwargs === null);
        out.dynKwargs = this.parseExpression();
      } else {
        const tok = this.nextToken();
        if (tok?.type === T.SYMBOL && this.peekIs(T.OPERATOR, '=')) {
          this.nextToken();
          ensure(out.dynKwargs === null);
          out.kwargs.push([tok.value, this.parseExpression()]);
        } else {
          this.pushToken(tok);
          ensure(out.dynArgs === null && out.dynKwargs === null && out.kwargs.length === 0);
          out.args.push(this.parseExpression());
        }
      }
      requireComma = true;
    }
    this.expectType(T.RIGHT_PAREN, "')'");
    return out;
  }

  private parseCall(target: Expr): Expr {
    const tok = this.peekToken()!;
    return node<Call>('Call', tok, { node: target, ...this.parseCallArgs() });
  }

  private dottedName(): Token {
    const tok = this.expectName();
    let name = tok.value;
    while (this.skipOp('.')) name += `.${this.expectName().value}`;
    return { ...tok, value: name };
  }

  private parseFilter(input: Expr | null, startInline = false): Expr {
    let expr = input;
    while (startInline || this.skip(T.PIPE)) {
      startInline = false;
      const tok = this.dottedName();
      const args = this.peekIs(T.LEFT_PAREN)
        ? this.parseCallArgs()
        : { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
      expr = node<FilterNode>('Filter', tok, { node: expr, name: tok.value, ...args });
    }
    return expr as Expr;
  }

  private parseTest(target: Expr): Expr {
    const isTok = this.nextToken()!;
    const negated = this.skipSymbol('not');
    const name = this.dottedName();
    let args: CallArgs = { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
    const tok = this.peekToken();
    if (tok?.type === T.LEFT_PAREN) args = this.parseCallArgs();
    else if (
      tok &&
      TEST_ARG_TYPES.has(tok.type) &&
      !(tok.type === T.SYMBOL && ['else', 'or', 'and'].includes(tok.value))
    ) {
      if (tok.type === T.SYMBOL && tok.value === 'is')
        this.fail('You cannot chain multiple tests with is');
      args.args = [this.parsePostfix(this.parsePrimary())];
    }
    const test: Expr = node('Test', isTok, { node: target, name: name.value, ...args });
    return negated ? node('Not', isTok, { node: test }) : test;
  }
}

/** Parses a template source (already passed through prepareSource) into a tree. */
export function parseTemplate(src: string): NodeList {
  return new JinjaParser(src).parseAsRoot() as unknown as NodeList;
}
