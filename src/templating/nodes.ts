/**
 * Jinja2's syntax tree. Statement framework nodes (Root, NodeList, Output, TemplateData, If)
 * come from nunjucks' parser; expressions and the Jinja2-only statements are defined here.
 * Line numbers are 0-based, as nunjucks' tokenizer counts them.
 */
export interface Node {
  typename: string;
  lineno: number;
  colno: number;
}

export type Expr =
  | Const
  | Name
  | TupleNode
  | ListNode
  | DictNode
  | Getattr
  | Getitem
  | Call
  | FilterNode
  | TestNode
  | CondExpr
  | Logic
  | Not
  | BinOp
  | Unary
  | Concat
  | Compare
  | NSRef;

export interface Const extends Node {
  typename: 'Const';
  value: unknown;
  isFloat?: boolean;
}
export interface Name extends Node {
  typename: 'Name';
  name: string;
}
export interface TupleNode extends Node {
  typename: 'Tuple';
  items: Expr[];
}
export interface ListNode extends Node {
  typename: 'List';
  items: Expr[];
}
export interface DictNode extends Node {
  typename: 'Dict';
  pairs: [Expr, Expr][];
}
export interface Getattr extends Node {
  typename: 'Getattr';
  node: Expr;
  attr: string;
}
export interface SliceNode extends Node {
  typename: 'Slice';
  start: Expr | null;
  stop: Expr | null;
  step: Expr | null;
}
export interface Getitem extends Node {
  typename: 'Getitem';
  node: Expr;
  arg: Expr | SliceNode;
}
export interface CallArgs {
  args: Expr[];
  kwargs: [string, Expr][];
  dynArgs: Expr | null;
  dynKwargs: Expr | null;
}
export interface Call extends Node, CallArgs {
  typename: 'Call';
  node: Expr;
}
export interface FilterNode extends Node, CallArgs {
  typename: 'Filter';
  /** null for `{% filter %}` blocks and `{% set x | f %}`: the body is the input */
  node: Expr | null;
  name: string;
}
export interface TestNode extends Node, CallArgs {
  typename: 'Test';
  node: Expr;
  name: string;
}
export interface CondExpr extends Node {
  typename: 'CondExpr';
  test: Expr;
  expr1: Expr;
  expr2: Expr | null;
}
export interface Logic extends Node {
  typename: 'And' | 'Or';
  left: Expr;
  right: Expr;
}
export interface Not extends Node {
  typename: 'Not';
  node: Expr;
}
export interface BinOp extends Node {
  typename: 'BinOp';
  op: '+' | '-' | '*' | '/' | '//' | '%' | '**';
  left: Expr;
  right: Expr;
}
export interface Unary extends Node {
  typename: 'Unary';
  op: '-' | '+';
  node: Expr;
}
export interface Concat extends Node {
  typename: 'Concat';
  nodes: Expr[];
}
export interface Compare extends Node {
  typename: 'Compare';
  expr: Expr;
  ops: [string, Expr][];
}
/** `ns.attr` as an assignment target */
export interface NSRef extends Node {
  typename: 'NSRef';
  name: string;
  attr: string;
}

export type Stmt = Node & Record<string, unknown>;

export interface NodeList extends Node {
  children: Stmt[];
}

export interface For extends Node {
  typename: 'For';
  target: Expr;
  iter: Expr;
  test: Expr | null;
  recursive: boolean;
  body: NodeList;
  else_: NodeList | null;
}
export interface Assign extends Node {
  typename: 'Assign';
  target: Expr;
  node: Expr;
}
export interface AssignBlock extends Node {
  typename: 'AssignBlock';
  target: Expr;
  filter: FilterNode | null;
  body: NodeList;
}
export interface MacroNode extends Node {
  typename: 'Macro' | 'CallBlock';
  name: string;
  params: string[];
  defaults: Expr[];
  body: NodeList;
  /** CallBlock only: the call the body is passed to as `caller` */
  call?: Call;
}
export interface FilterBlock extends Node {
  typename: 'FilterBlock';
  filter: FilterNode;
  body: NodeList;
}
export interface With extends Node {
  typename: 'With';
  targets: Expr[];
  values: Expr[];
  body: NodeList;
}
export interface Include extends Node {
  typename: 'Include';
  template: Expr;
  ignoreMissing: boolean;
  withContext: boolean;
}
export interface Import extends Node {
  typename: 'Import';
  template: Expr;
  target: string;
  withContext: boolean;
}
export interface FromImport extends Node {
  typename: 'FromImport';
  template: Expr;
  names: [string, string][];
  withContext: boolean;
}
export interface Extends extends Node {
  typename: 'Extends';
  template: Expr;
}
export interface Block extends Node {
  typename: 'Block';
  name: string;
  scoped: boolean;
  required: boolean;
  body: NodeList;
}

/** Creates a node of the given type at a token's position. */
export function node<T extends Node>(
  typename: T['typename'],
  at: { lineno: number; colno: number },
  fields: Omit<T, 'typename' | 'lineno' | 'colno'>,
): T {
  return { typename, lineno: at.lineno, colno: at.colno, ...fields } as T;
}
