/**
 * Splits the updates of an image-bump run into pull-request groups and computes, per group,
 * the files as they are with exactly that group's edits: a file holding pins of two images
 * grouped by image gets a different version in each group's pull request.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { FileChange } from '../github/index.js';
import type { BumpUpdate } from '../images/bump.js';
import { editYamlText, formatPath, type ScalarEdit } from '../images/yaml-edit.js';
import type { YamlPath } from '../util/yaml.js';

export const GROUP_BY = ['image', 'file', 'all'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface BumpGroup {
  /** The image, the file, or `all`. */
  key: string;
  /** Sorted by file and line. */
  updates: BumpUpdate[];
  /** Every file the group edits, with its content after the edits. */
  changes: FileChange[];
}

export function groupKey(u: BumpUpdate, by: GroupBy): string {
  return by === 'image' ? u.image : by === 'file' ? u.file : 'all';
}

/**
 * The groups of `updates` (whose `file`s are relative to `repoRoot`), sorted by key. Each
 * file is read from `repoRoot` as it was when the engine checked it (the engine ran in dry
 * run) and edited with the yaml-edit module the engine uses, so each group's content is what
 * the engine would have written for those updates alone.
 */
export async function planGroups(
  updates: readonly BumpUpdate[],
  by: GroupBy,
  repoRoot: string,
): Promise<BumpGroup[]> {
  const groups = new Map<string, BumpUpdate[]>();
  for (const u of updates) groups.set(groupKey(u, by), [...(groups.get(groupKey(u, by)) ?? []), u]);
  const texts = new Map<string, Promise<string>>();
  const read = (file: string) => {
    if (!texts.has(file)) texts.set(file, readFile(path.join(repoRoot, file), 'utf8'));
    return texts.get(file)!;
  };
  const out: BumpGroup[] = [];
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key)!;
    const byFile = new Map<string, BumpUpdate[]>();
    for (const u of list) byFile.set(u.file, [...(byFile.get(u.file) ?? []), u]);
    const changes: FileChange[] = [];
    for (const [file, fileUpdates] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
      const text = await read(file);
      const edits = fileUpdates.map((u) => scalarEdit(text, u));
      const result = editYamlText(text, file, edits);
      // The engine made these very edits a moment ago; failing now means the file changed.
      if (result.failures.length) throw result.failures[0].error;
      changes.push({ path: file, content: result.text });
    }
    out.push({ key, updates: list, changes });
  }
  return out;
}

/** The edit for an update: the scalar at its path whose value is the pinned reference. */
function scalarEdit(text: string, u: BumpUpdate): ScalarEdit {
  const docs = parseAllDocuments(text);
  for (let docIndex = 0; docIndex < docs.length; docIndex++) {
    const found = findScalar(docs[docIndex].contents, [], u);
    if (found) return { docIndex, path: found, expected: u.from, value: u.to };
  }
  // editYamlText reports a missing value with the file and path.
  return { docIndex: 0, path: [u.path], expected: u.from, value: u.to };
}

function findScalar(node: unknown, at: YamlPath, u: BumpUpdate): YamlPath | undefined {
  if (isScalar(node)) return node.value === u.from && formatPath(at) === u.path ? at : undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key !== 'string' && typeof key !== 'number') continue;
      const found = findScalar(pair.value, [...at, key], u);
      if (found) return found;
    }
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = findScalar(node.items[i], [...at, i], u);
      if (found) return found;
    }
  }
  return undefined;
}
