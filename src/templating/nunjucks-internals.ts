/**
 * Typed handles on the parts of nunjucks the compatibility layer extends: its tokenizer
 * (template text and tag scanning, whitespace control), parser (statement framework),
 * compiler (code emission) and Environment. @types/nunjucks only covers the public API.
 */
import nunjucks from 'nunjucks';

export interface Token {
  type: string;
  value: string;
  lineno: number;
  colno: number;
  /** numeric value of int/float tokens (set by our tokenizer) */
  num?: number;
}

export interface TokenizerApi {
  str: string;
  index: number;
  len: number;
  lineno: number;
  colno: number;
  in_code: boolean;
  tags: Record<string, string>;
  trimBlocks: boolean;
  nextToken(): Token | null;
  current(): string;
  forward(): void;
  forwardN(n: number): void;
  isFinished(): boolean;
  _extractRegex(re: RegExp): RegExpMatchArray | null;
  backN(n: number): void;
}

export interface NodeApi {
  typename: string;
  lineno: number;
  colno: number;
  [field: string]: unknown;
}

export interface ParserApi {
  tokens: TokenizerApi;
  breakOnBlocks: string[] | null;
  dropLeadingWhitespace: boolean;
  nextToken(withWhitespace?: boolean): Token | null;
  peekToken(): Token | null;
  pushToken(tok: Token | null): void;
  skip(type: string): boolean;
  skipValue(type: string, value: string): boolean;
  skipSymbol(value: string): boolean;
  expect(type: string): Token;
  fail(msg: string, lineno?: number, colno?: number): never;
  advanceAfterBlockEnd(name?: string): Token;
  parseUntilBlocks(...names: string[]): NodeApi;
  parseNodes(): NodeApi[];
  parseAsRoot(): NodeApi;
}

export interface CompilerApi {
  codebuf: string[];
  _emit(code: string): void;
  _emitLine(code: string): void;
  _tmpid(): string;
  fail(msg: string, lineno?: number, colno?: number): never;
  getCode(): string;
}

type Ctor<T, A extends unknown[]> = new (...args: A) => T;

interface Internals {
  lexer: Record<string, string> & { lex(src: string, opts?: object): TokenizerApi };
  parser: { Parser: Ctor<ParserApi, [TokenizerApi]> };
  compiler: { Compiler: Ctor<CompilerApi, [string, boolean]> };
  nodes: Record<string, Ctor<NodeApi, unknown[]>>;
}

const internals = nunjucks as unknown as Internals;

export const lexer = internals.lexer;
export const nodes = internals.nodes;
export const ParserBase = internals.parser.Parser;
export const CompilerBase = internals.compiler.Compiler;
export const TokenizerBase = Object.getPrototypeOf(lexer.lex('')).constructor as Ctor<
  TokenizerApi,
  [string, object?]
>;

export const T = {
  STRING: lexer.TOKEN_STRING,
  WHITESPACE: lexer.TOKEN_WHITESPACE,
  DATA: lexer.TOKEN_DATA,
  BLOCK_START: lexer.TOKEN_BLOCK_START,
  BLOCK_END: lexer.TOKEN_BLOCK_END,
  VARIABLE_START: lexer.TOKEN_VARIABLE_START,
  VARIABLE_END: lexer.TOKEN_VARIABLE_END,
  COMMENT: lexer.TOKEN_COMMENT,
  LEFT_PAREN: lexer.TOKEN_LEFT_PAREN,
  RIGHT_PAREN: lexer.TOKEN_RIGHT_PAREN,
  LEFT_BRACKET: lexer.TOKEN_LEFT_BRACKET,
  RIGHT_BRACKET: lexer.TOKEN_RIGHT_BRACKET,
  LEFT_CURLY: lexer.TOKEN_LEFT_CURLY,
  RIGHT_CURLY: lexer.TOKEN_RIGHT_CURLY,
  OPERATOR: lexer.TOKEN_OPERATOR,
  COMMA: lexer.TOKEN_COMMA,
  COLON: lexer.TOKEN_COLON,
  TILDE: lexer.TOKEN_TILDE,
  PIPE: lexer.TOKEN_PIPE,
  INT: lexer.TOKEN_INT,
  FLOAT: lexer.TOKEN_FLOAT,
  SYMBOL: lexer.TOKEN_SYMBOL,
} as const;
