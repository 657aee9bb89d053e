/**
 * Just enough GraphQL for the stand-in: parse one operation (fields, aliases, arguments with
 * variables and literals, inline fragments), run its root fields through resolvers, and
 * answer with only the fields the operation selected, the way GitHub's endpoint does.
 * Selecting a field the object does not have is an error, as in GitHub's schema.
 */

export interface Selection {
  alias: string;
  name: string;
  args: Record<string, unknown>;
  selections: Selection[];
  line: number;
  column: number;
}

export interface Operation {
  type: 'query' | 'mutation';
  selections: Selection[];
}

export interface GraphqlError {
  message: string;
  type?: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

export class GraphqlFailure extends Error {
  constructor(readonly error: GraphqlError) {
    super(error.message);
  }
}

type Token = {
  kind: 'punct' | 'name' | 'string' | 'number';
  value: string;
  line: number;
  column: number;
};

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /[\s,]+|#[^\n]*|(\.\.\.|[{}():$!=@[\]])|([_A-Za-z][_0-9A-Za-z]*)|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;
  let line = 1;
  let lineStart = 0;
  while (re.lastIndex < source.length) {
    const at = re.lastIndex;
    const m = re.exec(source);
    if (!m) throw new GraphqlFailure({ message: `Parse error on "${source[at]}" (line ${line})` });
    const column = at - lineStart + 1;
    if (m[1]) tokens.push({ kind: 'punct', value: m[1], line, column });
    else if (m[2]) tokens.push({ kind: 'name', value: m[2], line, column });
    else if (m[3] !== undefined)
      tokens.push({ kind: 'string', value: JSON.parse(`"${m[3]}"`), line, column });
    else if (m[4]) tokens.push({ kind: 'number', value: m[4], line, column });
    for (let i = at; i < re.lastIndex; i++) {
      if (source[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  }
  return tokens;
}

export function parseOperation(source: string, variables: Record<string, unknown>): Operation {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => {
    const t = tokens[pos++];
    if (!t) throw new GraphqlFailure({ message: 'Parse error on end of document' });
    return t;
  };
  const expect = (value: string) => {
    const t = next();
    if (t.value !== value) {
      throw new GraphqlFailure({
        message: `Parse error on "${t.value}" (expected "${value}")`,
        locations: [{ line: t.line, column: t.column }],
      });
    }
  };
  const skipBalanced = (open: string, close: string) => {
    let depth = 0;
    do {
      const t = next();
      if (t.value === open) depth++;
      if (t.value === close) depth--;
    } while (depth > 0);
  };

  const value = (): unknown => {
    const t = next();
    if (t.value === '$') return variables[next().value];
    if (t.kind === 'string') return t.value;
    if (t.kind === 'number') return Number(t.value);
    if (t.value === '[') {
      const list: unknown[] = [];
      while (peek()?.value !== ']') list.push(value());
      next();
      return list;
    }
    if (t.value === '{') {
      const obj: Record<string, unknown> = {};
      while (peek()?.value !== '}') {
        const key = next().value;
        expect(':');
        obj[key] = value();
      }
      next();
      return obj;
    }
    if (t.value === 'true' || t.value === 'false') return t.value === 'true';
    if (t.value === 'null') return null;
    return t.value; // enum value
  };

  const selectionSet = (): Selection[] => {
    expect('{');
    const out: Selection[] = [];
    while (peek()?.value !== '}') {
      if (peek()?.value === '...') {
        next();
        if (peek()?.value === 'on') {
          next();
          next(); // type condition: the stand-in's objects have one type per field
        }
        out.push(...selectionSet());
        continue;
      }
      const first = next();
      const alias = first.value;
      let name = first.value;
      if (peek()?.value === ':') {
        next();
        name = next().value;
      }
      const args: Record<string, unknown> = {};
      if (peek()?.value === '(') {
        next();
        while (peek()?.value !== ')') {
          const key = next().value;
          expect(':');
          args[key] = value();
        }
        next();
      }
      while (peek()?.value === '@') {
        next();
        next();
        if (peek()?.value === '(') skipBalanced('(', ')');
      }
      const selections = peek()?.value === '{' ? selectionSet() : [];
      out.push({ alias, name, args, selections, line: first.line, column: first.column });
    }
    next();
    return out;
  };

  let type: Operation['type'] = 'query';
  if (peek()?.value === 'query' || peek()?.value === 'mutation') {
    type = next().value as Operation['type'];
    if (peek()?.kind === 'name') next();
    if (peek()?.value === '(') skipBalanced('(', ')');
  }
  const selections = selectionSet();
  if (pos !== tokens.length)
    throw new GraphqlFailure({ message: 'Only one operation per document is supported' });
  return { type, selections };
}

/** The parts of `value` that `selections` ask for; throws for a field the object lacks. */
export function project(
  value: unknown,
  selections: Selection[],
  typeName: string,
  path: string[],
): unknown {
  if (value === null || value === undefined || selections.length === 0) return value ?? null;
  if (Array.isArray(value)) return value.map((v) => project(v, selections, typeName, path));
  const obj = value as Record<string, unknown>;
  const type = typeof obj.__typename === 'string' ? obj.__typename : typeName;
  const out: Record<string, unknown> = {};
  for (const sel of selections) {
    if (sel.name === '__typename') {
      out[sel.alias] = type;
      continue;
    }
    if (!(sel.name in obj) || sel.name.startsWith('__'))
      throw undefinedField(sel, type, [...path, sel.name]);
    out[sel.alias] = project(obj[sel.name], sel.selections, capitalise(sel.name), [
      ...path,
      sel.alias,
    ]);
  }
  return out;
}

export function undefinedField(
  sel: Selection,
  typeName: string,
  path: (string | number)[],
): GraphqlFailure {
  return new GraphqlFailure({
    path,
    extensions: { code: 'undefinedField', typeName, fieldName: sel.name },
    locations: [{ line: sel.line, column: sel.column }],
    message: `Field '${sel.name}' doesn't exist on type '${typeName}'`,
  });
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
