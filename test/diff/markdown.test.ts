import { describe, expect, it } from 'vitest';
import {
  MARKDOWN_LEVELS,
  diffObjects,
  renderMarkdown,
  renderMarkdownWithin,
  type DiffResult,
} from '../../src/diff/index.js';
import type { K8sObject } from '../../src/util/k8s.js';

const cm = (name: string, data: Record<string, string>, kind = 'ConfigMap'): K8sObject => ({
  apiVersion: 'v1',
  kind,
  metadata: { name, namespace: 'shop' },
  data,
});

function result(): DiffResult {
  const base = [
    cm('readme', { 'README.md': 'Intro\n```sh\nmake\n```\n' }),
    cm('fences', { x: '````\nfour\n````\n' }),
    cm('plain', { level: 'info' }),
    cm('gone', {}),
    cm('odd', { a: '1' }, 'Kind<b>&'),
  ];
  const head = [
    cm('readme', { 'README.md': 'Intro\n```sh\nmake all\n```\n' }),
    cm('fences', { x: '````\nFOUR\n````\n' }),
    cm('plain', { level: 'debug' }),
    cm('fresh', {}),
    cm('odd', { a: '2' }, 'Kind<b>&'),
  ];
  return {
    base: { ref: 'main', commit: '0123456789abcdef0123' },
    hasChanges: true,
    targets: [
      { target: 'prod', ...diffObjects(base, head) },
      {
        target: 'dev',
        note: 'target dev does not exist at main; every object is new',
        ...diffObjects([], head),
      },
    ],
  };
}

/**
 * Checks what GitHub needs to render a comment as intended (CommonMark fences: up to three
 * spaces of indent, closed by a fence at least as long): every code fence closed, and every
 * <details> closed, never opened or closed inside a fence.
 */
function assertWellFormed(md: string): void {
  let fence: string | undefined;
  let details = 0;
  for (const line of md.split('\n')) {
    if (fence) {
      if (new RegExp(`^ {0,3}${fence}\`*\\s*$`).test(line)) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,})[^`]*$/.exec(line);
    if (open) fence = open[1];
    else if (line.includes('<details>')) details++;
    else if (line.includes('</details>')) {
      details--;
      expect(details).toBeGreaterThanOrEqual(0);
    }
  }
  expect(fence, 'unclosed code fence').toBeUndefined();
  expect(details, 'unclosed <details>').toBe(0);
}

describe('renderMarkdown', () => {
  const r = result();
  const md = Object.fromEntries(MARKDOWN_LEVELS.map((l) => [l, renderMarkdown(r, l)]));

  it.each(MARKDOWN_LEVELS)('renders well-formed markdown at level %s', (level) => {
    assertWellFormed(md[level]);
  });

  it('gets shorter at every level', () => {
    const lengths = MARKDOWN_LEVELS.map((l) => md[l].length);
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
    expect(new Set(lengths).size).toBe(lengths.length);
  });

  it('shows a collapsed diff per changed object at full level, fenced longer than its content', () => {
    expect(md.full).toContain(
      '<details>\n<summary><code>ConfigMap</code> <code>shop/plain</code> (1 field)</summary>\n\n```diff\n',
    );
    expect(md.full).toContain('-  level: info\n+  level: debug\n```\n\n</details>');
    // A diff containing ```` lines is fenced with five backticks.
    expect(md.full).toContain(
      '\n`````diff\n@@ -6,5 +6,5 @@\n data:\n   x: |\n     ````\n-    four\n+    FOUR\n     ````\n`````\n',
    );
    expect(md.full).toContain('<code>Kind&lt;b&gt;&amp;</code>');
    expect(md.full).toContain('> target dev does not exist at main; every object is new');
  });

  it('lists changed field paths at summary level, objects at list level, counts last', () => {
    expect(md.summary).toContain('- `ConfigMap` `shop/plain`: `data.level`');
    expect(md.summary).toContain('- `ConfigMap` `shop/readme`: `data["README.md"]`');
    expect(md.summary).not.toContain('<details>');
    expect(md.list).toContain(
      '**Changed**\n\n- `ConfigMap` (3): `shop/fences`, `shop/plain`, `shop/readme`\n- `Kind<b>&` (1): `shop/odd`\n',
    );
    expect(md.list).not.toContain('data.level');
    expect(md.list).toContain('**Deleted**\n\n- `ConfigMap` (1): `shop/gone`\n');
    expect(md.counts).toContain('| `prod` | 1 | 4 | 1 | 0 |');
    expect(md.counts).toContain('| `dev` | 5 | 0 | 0 | 0 |');
    expect(md.counts).not.toContain('shop/plain');
  });

  it('says when details were left out, with the caller’s note', () => {
    expect(md.full).not.toContain('left out');
    const note = '_Full diff: [run 42](https://example.com/run/42)_';
    for (const level of ['summary', 'list', 'counts'] as const)
      expect(renderMarkdown(r, level, { omittedNote: note })).toContain(`\n${note}\n`);
    expect(md.list).toContain('\n_Details were left out to keep this short._\n');
    expect(renderMarkdown(r, 'list', { omittedNote: '' })).not.toContain('left out');
  });

  it('says "No changes." with the counts when nothing changed', () => {
    const same = [cm('a', { x: '1' })];
    const none: DiffResult = {
      base: { ref: 'main', commit: 'abc' },
      hasChanges: false,
      targets: [{ target: null, ...diffObjects(same, same) }],
    };
    const out = renderMarkdown(none, 'full');
    expect(out).toContain('\nNo changes.\n');
    expect(out).toContain('| (no targets) | 0 | 0 | 0 | 1 |');
    assertWellFormed(out);
  });
});

describe('renderMarkdownWithin', () => {
  const r = result();

  it('picks the most detailed level that fits', () => {
    const summaryLength = renderMarkdown(r, 'summary').length;
    expect(renderMarkdownWithin(r, 1_000_000).level).toBe('full');
    expect(renderMarkdownWithin(r, summaryLength)).toMatchObject({ level: 'summary', fits: true });
    expect(renderMarkdownWithin(r, summaryLength - 1).level).toBe('list');
  });

  it('falls back to counts, flagged as not fitting, when nothing fits', () => {
    const out = renderMarkdownWithin(r, 10);
    expect(out).toMatchObject({ level: 'counts', fits: false });
    expect(out.markdown).toBe(renderMarkdown(r, 'counts'));
  });
});
