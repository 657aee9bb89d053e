/**
 * The templating corpus (test/fixtures/templating/corpus, recorded from python Jinja2 into
 * corpus-expected.json) run through real kluctl: every case whose recorded result is an
 * output becomes one deployment item of a single project, so the whole corpus costs a few
 * kluctl runs.
 *
 * Item `cNNNN/` holds the case's template (under its own file name) and its other files; a
 * kustomization turns the rendered template into ConfigMap `cNNNN`, key `out`, byte for
 * byte. The case's variables are the item's `vars` (a file under vars/, wrapped in
 * {% raw %} because kluctl renders vars files too). The other files of a case are listed in
 * the item's .templateignore: kluctl renders every file of an item as a root template, and a
 * partial that only works when included would fail on its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadCorpus, loadExpected, type CorpusCase } from '../templating/corpus.js';
import { parseDocs, type ToolRun } from './harness.js';

export interface CorpusItem {
  item: string;
  case: CorpusCase;
  vars: Record<string, unknown>;
  /** What python Jinja2 rendered (corpus-expected.json). */
  jinja2: string;
}

/** The corpus cases with a recorded output (errors are the other tests' business). */
export function corpusItems(): { items: CorpusItem[]; skipped: string[] } {
  const expected = loadExpected();
  const items: CorpusItem[] = [];
  const skipped: string[] = [];
  for (const c of loadCorpus()) {
    const e = expected[c.key];
    if (!e || !('out' in e)) continue;
    // A raw block cannot hold its own end tag.
    if (JSON.stringify(e.vars).includes('endraw')) {
      skipped.push(c.key);
      continue;
    }
    items.push({
      item: `c${String(items.length).padStart(4, '0')}`,
      case: c,
      vars: e.vars,
      jinja2: e.out,
    });
  }
  return { items, skipped };
}

/** Writes the batch project for `items` into `dir`. */
export function writeCorpusProject(dir: string, items: CorpusItem[]): void {
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const deployments = items.map(({ item }) => ({
    path: item,
    vars: [{ file: `vars/${item}.yaml` }],
  }));
  write('deployment.yaml', stringify({ deployments }));
  for (const { item, case: c, vars } of items) {
    write(`vars/${item}.yaml`, `{% raw %}\n${JSON.stringify(vars)}\n{% endraw %}\n`);
    const main = c.file ?? 'main.j2';
    write(`${item}/${main}`, c.template);
    const others = Object.keys(c.files ?? {});
    for (const f of others) write(`${item}/${f}`, c.files![f]);
    if (others.length) write(`${item}/.templateignore`, others.map((f) => `/${f}\n`).join(''));
    write(
      `${item}/kustomization.yaml`,
      stringify({
        configMapGenerator: [
          { name: item, options: { disableNameSuffixHash: true }, files: [`out=${main}`] },
        ],
      }),
    );
  }
}

/** The `out` value of every ConfigMap a `render --print-all` printed, by item. */
export function outputsByItem(run: ToolRun): Map<string, string> {
  const out = new Map<string, string>();
  if (run.code !== 0) return out;
  for (const o of parseDocs(run.stdout) as {
    kind?: string;
    metadata?: { name?: string };
    data?: Record<string, string>;
    binaryData?: Record<string, string>;
  }[]) {
    if (o.kind !== 'ConfigMap' || !o.metadata?.name) continue;
    const v =
      o.data?.out ??
      (o.binaryData?.out !== undefined
        ? Buffer.from(o.binaryData.out, 'base64').toString('utf8')
        : undefined);
    if (v !== undefined) out.set(o.metadata.name, v);
  }
  return out;
}

/** Items a tool names in its error output (`.../cNNNN/...`, `item cNNNN`). */
export function failingItems(stderr: string): Set<string> {
  return new Set([...stderr.matchAll(/\b(c\d{4})\b/g)].map((m) => m[1]));
}

/** The part of an error output about one item (kluctl lists one `* ...` bullet per error). */
function errorOf(stderr: string, item: string): string {
  const bullets = stderr.split(/\n\s*\* /).filter((b) => new RegExp(`\\b${item}\\b`).test(b));
  return (bullets.length ? bullets.join('\n') : stderr).trim().slice(-2000);
}

export type ItemResult = { out: string } | { error: string };

/** Same output, or both failed (the messages are the tools' own). */
export const sameItem = (a?: ItemResult, b?: ItemResult) =>
  a !== undefined && b !== undefined && ('out' in a ? 'out' in b && a.out === b.out : 'error' in b);

/**
 * Renders `items` as one project with one tool. When the render fails, the items the error
 * names are taken out (recorded with the error) and the rest rendered again.
 */
export async function renderCorpus(
  items: CorpusItem[],
  dir: string,
  run: (projectDir: string) => Promise<ToolRun>,
  maxRounds = 40,
): Promise<Map<string, ItemResult>> {
  const results = new Map<string, ItemResult>();
  let left = items;
  for (let round = 0; left.length && round < maxRounds; round++) {
    const projectDir = path.join(dir, `round-${round}`);
    writeCorpusProject(projectDir, left);
    const r = await run(projectDir);
    if (r.code === 0) {
      const outs = outputsByItem(r);
      for (const { item } of left)
        results.set(item, outs.has(item) ? { out: outs.get(item)! } : { error: 'no output' });
      return results;
    }
    const failed = failingItems(r.stderr);
    const names = new Set(left.map((i) => i.item));
    const known = [...failed].filter((f) => names.has(f));
    if (!known.length) {
      for (const { item } of left)
        results.set(item, { error: `render failed: ${r.stderr.slice(-2000)}` });
      return results;
    }
    for (const f of known) results.set(f, { error: errorOf(r.stderr, f) });
    left = left.filter((i) => !failed.has(i.item));
  }
  for (const { item } of left)
    results.set(item, { error: 'not rendered: too many failing rounds' });
  return results;
}
