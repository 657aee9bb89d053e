import { readFile } from 'node:fs/promises';
import {
  Composer,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  Parser,
  type Node,
  parse as parseValue,
  type ScalarTag,
  type Tags,
  type ToJSOptions,
} from 'yaml';
import { UserError } from './errors.js';

export type YamlPath = readonly (string | number)[];

/** Where a value was read from, so tools can edit it in place (image-bump). */
export interface SourceLocation {
  /** Absolute path of the file. */
  file: string;
  /** YAML path of the value inside that file. */
  path: YamlPath;
}

export interface Position {
  line: number;
  col: number;
}

/** A parsed YAML document that can still say where each value came from. */
export interface LocatedYaml {
  file: string;
  value: unknown;
  /** Position of the key (for map entries) or item at `path`, or of the nearest parent. */
  positionOf(path: YamlPath): Position | undefined;
}

const pathKey = (path: YamlPath) => JSON.stringify(path);

/**
 * Where each value of the document is, by path. Also the duplicate-key check: the yaml
 * library's own (`uniqueKeys`) compares each key with every earlier one, which made a
 * 50,000-key ConfigMap take a minute; a set per map does the same in linear time.
 */
function indexPositions(root: Node | null, lc: LineCounter, file: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  const at = (offset: number | undefined) => {
    if (offset === undefined) return undefined;
    const p = lc.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (pair.key !== null && !isScalar(pair.key) && !isAlias(pair.key)) {
          const at = lc.linePos((pair.key as Node).range?.[0] ?? 0);
          throw new UserError(
            'invalid map key: a key must be a plain value, not a mapping or a list',
            { file, line: at.line, col: at.col },
            'a `{{ ... }}` expression must be quoted where YAML would read its braces as a mapping',
          );
        }
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const p = [...path, key];
        const pos = at((pair.key as Node | null)?.range?.[0]);
        if (seen.has(key) && !(key === '<<' && isScalar(pair.key)))
          throw new UserError(
            `invalid YAML: map keys must be unique ("${key}" appears twice)`,
            { file, line: pos?.line, col: pos?.col },
            'remove or rename one of the two keys',
          );
        seen.add(key);
        if (pos) positions.set(pathKey(p), pos);
        walk(pair.value, p);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const p = [...path, i];
        const pos = at((item as Node | null)?.range?.[0]);
        if (pos) positions.set(pathKey(p), pos);
        walk(item, p);
      });
    } else if (isAlias(node)) {
      // Aliased content is located at its anchor; the alias position is good enough.
    }
  };
  const rootPos = at(root?.range?.[0]);
  if (rootPos) positions.set(pathKey([]), rootPos);
  walk(root, []);
  return positions;
}

function locate(positions: Map<string, Position>) {
  return (path: YamlPath): Position | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const p = positions.get(pathKey(path.slice(0, n)));
      if (p) return p;
    }
    return undefined;
  };
}

function yamlError(
  file: string,
  err: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] },
): UserError {
  const pos = err.linePos?.[0];
  const firstLine = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return new UserError(
    `invalid YAML: ${firstLine}`,
    { file, line: pos?.line, col: pos?.col },
    'fix the YAML syntax at that position',
  );
}

/**
 * How many times aliases may be expanded in one document. A "billion laughs" document is a
 * few lines that expand to gigabytes; real manifests use a handful of aliases.
 */
const MAX_ALIAS_COUNT = 1000;

function toValue(doc: { toJS(o: ToJSOptions): unknown }, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (/alias count/i.test((err as Error).message))
      throw new UserError(
        `YAML aliases expand too much (more than ${MAX_ALIAS_COUNT} expansions)`,
        { file },
        'remove the nested &anchor / *alias references; write the values out instead',
      );
    throw err;
  }
}

export interface ParseOptions {
  /** Accept a stream of several documents and use the first (kluctl's reading of a vars file). */
  firstDocument?: boolean;
  /**
   * Read it as kluctl reads its own files (.kluctl.yaml, deployment.yaml, vars and args files,
   * `-a` values): YAML 1.1, where `yes`/`on`/`y` are booleans, `0755` is octal and `1_000` is
   * 1000, but, as in Go's yaml.v2, without base-60 numbers or timestamps.
   */
  kluctl?: boolean;
}

/** `0o17`: Go's yaml.v2 reads it as octal (strconv's prefix), YAML 1.1 itself does not. */
const GO_OCTAL: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  format: 'OCT',
  default: true,
  test: /^[-+]?0o[0-7_]+$/,
  resolve: (src) => {
    const sign = src.startsWith('-') ? -1 : 1;
    return sign * parseInt(src.replace(/^[-+]?0o/, '').replace(/_/g, ''), 8);
  },
};

const KLUCTL_DIALECT = {
  version: '1.1',
  customTags: (tags: Tags) => [
    ...tags.filter(
      (t) =>
        !(
          typeof t === 'object' &&
          (t.format === 'TIME' || t.tag === 'tag:yaml.org,2002:timestamp')
        ),
    ),
    GO_OCTAL,
  ],
} as const;

const dialect = (opts: ParseOptions) => (opts.kluctl ? KLUCTL_DIALECT : {});

/** A scalar or flow value as kluctl reads it (`-a name=VALUE`, systemEnvVars). */
export function parseKluctlValue(text: string): unknown {
  return parseValue(text, KLUCTL_DIALECT);
}

/**
 * Parses one YAML document; syntax errors name file:line:col.
 */
export function parseYaml(text: string, file: string, opts: ParseOptions = {}): LocatedYaml {
  const { document: _, ...located } = parseLocated(text, file, opts);
  return located;
}

function parseLocated(
  text: string,
  file: string,
  opts: ParseOptions,
): LocatedYaml & { document: Document } {
  const lc = new LineCounter();
  const options = {
    lineCounter: lc,
    prettyErrors: true,
    uniqueKeys: false,
    ...dialect(opts),
  } as const;
  const doc = opts.firstDocument
    ? ([parseAllDocuments(text, options)].flat()[0] ?? parseDocument('', options))
    : parseDocument(text, options);
  if (doc.errors.length > 0) throw yamlError(file, doc.errors[0] as never);
  const positions = indexPositions(doc.contents as Node | null, lc, file);
  return { file, value: toValue(doc, file), positionOf: locate(positions), document: doc };
}

/**
 * Parses one YAML document as parseYaml does, and returns the document too, for edits that
 * keep every scalar as written (one parse for reading and editing).
 */
export function parseYamlForEdit(
  text: string,
  file: string,
): { value: unknown; document: Document } {
  return parseLocated(text, file, {});
}

/**
 * Refuses a YAML stream whose aliases would expand beyond the limit, before a tool without
 * such a limit (kustomize) reads it. Cheap for the usual file without anchors.
 */
export function checkAliasExpansion(text: string, file: string): void {
  if (!/(^|[\s[{,:-])&[^\s]/m.test(text) || !text.includes('*')) return;
  for (const doc of parseAllDocuments(text, { uniqueKeys: false }) as Iterable<{
    errors: unknown[];
    toJS(o: ToJSOptions): unknown;
  }>) {
    // Syntax errors are kustomize's to report, with its own message.
    if (doc.errors.length === 0) toValue(doc, file);
  }
}

export async function readYamlFile(
  file: string,
  displayName = file,
  opts: ParseOptions = {},
): Promise<LocatedYaml> {
  return parseYaml(await readFile(file, 'utf8'), displayName, opts);
}

/**
 * Parses a multi-document stream (e.g. kustomize output); empty documents are skipped.
 * Documents are composed and converted one at a time, so a long stream is never held whole
 * as YAML documents (that would be several times the text in memory).
 */
export function parseYamlStream(text: string, file: string, opts: ParseOptions = {}): unknown[] {
  const composer = new Composer({ uniqueKeys: false, ...dialect(opts) });
  const out: unknown[] = [];
  for (const doc of composer.compose(new Parser().parse(text))) {
    // Parsed again whole for the error's line and column: only on the error's path.
    if (doc.errors.length > 0) throw streamError(text, file, opts);
    const v = toValue(doc, file);
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

function streamError(text: string, file: string, opts: ParseOptions): UserError {
  const docs = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: false, ...dialect(opts) });
  const failed = (Array.isArray(docs) ? docs : [docs]).find((d) => d.errors.length > 0);
  return yamlError(file, failed?.errors[0] as never);
}
