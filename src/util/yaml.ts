import { readFile } from 'node:fs/promises';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  type Node,
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

function indexPositions(root: Node | null, lc: LineCounter): Map<string, Position> {
  const positions = new Map<string, Position>();
  const at = (offset: number | undefined) => {
    if (offset === undefined) return undefined;
    const p = lc.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const p = [...path, key];
        const pos = at((pair.key as Node | null)?.range?.[0]);
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

/** Parses one YAML document; syntax errors name file:line:col. */
export function parseYaml(text: string, file: string): LocatedYaml {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) throw yamlError(file, doc.errors[0] as never);
  const positions = indexPositions(doc.contents as Node | null, lc);
  return { file, value: doc.toJS({ maxAliasCount: 1000 }), positionOf: locate(positions) };
}

export async function readYamlFile(file: string, displayName = file): Promise<LocatedYaml> {
  return parseYaml(await readFile(file, 'utf8'), displayName);
}

/** Parses a multi-document stream (e.g. kustomize output); empty documents are skipped. */
export function parseYamlStream(text: string, file: string): unknown[] {
  const docs = parseAllDocuments(text, { prettyErrors: true });
  const out: unknown[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length > 0) throw yamlError(file, doc.errors[0] as never);
    const v = doc.toJS({ maxAliasCount: 1000 });
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}
