import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fitMarkdown, truncateMarkdown } from '../../src/github/index.js';

// cmark, the CommonMark reference implementation GitHub's renderer is built on, judges
// whether a cut left a block open: a paragraph after the cut must render as a paragraph,
// outside any code block, with every <details> before it closed.
const cmark = (() => {
  try {
    execFileSync('cmark', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
if (!cmark)
  console.warn(
    'cmark is not installed (apt-get install cmark): the CommonMark oracle tests are skipped',
  );

function openBlocksAfter(markdown: string): string[] {
  const html = execFileSync('cmark', ['--unsafe'], {
    input: `${markdown}\n\nSENTINEL_END\n`,
  }).toString('utf8');
  const problems: string[] = [];
  if (!html.includes('<p>SENTINEL_END</p>')) problems.push('a code block swallows what follows');
  const before = html.slice(0, html.indexOf('SENTINEL_END'));
  const opened = before.match(/<details[\s>]/g)?.length ?? 0;
  const closed = before.match(/<\/details>/g)?.length ?? 0;
  if (opened !== closed) problems.push(`${opened - closed} <details> left open`);
  return problems;
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reports shaped like shipshape's: headings, lists, nested <details>, fences of both kinds. */
function report(rand: () => number, depth = 0): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const blocks: string[] = [];
  const count = 2 + Math.floor(rand() * 5);
  for (let i = 0; i < count; i++) {
    const kind = pick(
      depth < 2
        ? ['heading', 'text', 'fence', 'details', 'details', 'list']
        : ['text', 'fence', 'list'],
    );
    if (kind === 'heading') blocks.push(`### Target ${i}`);
    if (kind === 'text')
      blocks.push(
        `Changed \`<details>\` of **Deployment/app-${i}**: ${'spec.replicas '.repeat(1 + Math.floor(rand() * 8))}`,
      );
    if (kind === 'fence') {
      const fence = pick(['```', '````', '~~~']);
      const lines = Array.from({ length: 1 + Math.floor(rand() * 30) }, (_, n) =>
        pick([
          `+  replicas: ${n}`,
          `-  image: app:${n}`,
          '<details>',
          '```',
          `   ${'x'.repeat(Math.floor(rand() * 150))}`,
        ]),
      ).filter((l) => !(fence === '```' && l === '```')); // a shorter or other fence inside is content
      blocks.push([`${fence}${pick(['diff', 'yaml', ''])}`, ...lines, fence].join('\n'));
    }
    if (kind === 'details')
      blocks.push(
        `<details>\n<summary>Deployment/app-${i}</summary>\n\n${report(rand, depth + 1)}\n</details>`,
      );
    if (kind === 'list')
      blocks.push(`- item ${i}\n\n  \`\`\`yaml\n  a: ${i}\n  b: [${i}]\n  \`\`\`\n- next`);
  }
  return blocks.join('\n\n');
}

/** What truncateMarkdown kept of the original: its output without the closers it appended. */
function keptPart(output: string): string {
  const lines = output.split('\n');
  while (lines.length && /^\s*(`{3,}|~{3,}|<\/details>)$/.test(lines[lines.length - 1]))
    lines.pop();
  return lines.join('\n');
}

describe('truncateMarkdown', () => {
  it.skipIf(!cmark)('never leaves a code fence or <details> open (CommonMark oracle)', () => {
    const rand = random(7);
    let cuts = 0;
    for (let doc = 0; doc < 30; doc++) {
      const text = report(rand);
      for (const fraction of [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]) {
        const limit = Math.max(120, Math.floor(text.length * fraction));
        const out = truncateMarkdown(text, limit, (s) => s.length);
        expect(out.length).toBeLessThanOrEqual(limit);
        expect(text.startsWith(keptPart(out))).toBe(true);
        // Whole lines are dropped only outside code, and lines here are under 200 characters.
        expect(out.length).toBeGreaterThanOrEqual(Math.min(text.length, limit - 260));
        expect({ doc, limit, problems: openBlocksAfter(out) }).toEqual({
          doc,
          limit,
          problems: [],
        });
        if (out.length < text.length) cuts++;
      }
    }
    expect(cuts).toBeGreaterThan(150);
  });

  it('keeps everything that fits', () => {
    const text = '<details>\n\n```\ncode\n```\n</details>';
    expect(truncateMarkdown(text, 1000, (s) => s.length)).toBe(text);
  });

  it('cuts a long line of code part-way instead of dropping it', () => {
    const out = truncateMarkdown('```\n' + 'x'.repeat(500) + '\n```', 100, (s) => s.length);
    expect(out).toBe('```\n' + 'x'.repeat(92) + '\n```');
  });

  it('counts UTF-8 bytes without splitting a character', () => {
    const text = '```\n' + '日本語😀'.repeat(200) + '\n```';
    const bytes = (s: string) => Buffer.byteLength(s);
    const out = truncateMarkdown(text, 301, bytes);
    expect(bytes(out)).toBeLessThanOrEqual(301);
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(out.endsWith('\n```')).toBe(true);
  });
});

describe('fitMarkdown', () => {
  const options = {
    limit: 100,
    measure: (s: string) => s.length,
    degradedNote: '(shorter)',
    truncatedNote: '(cut)',
  };

  it('takes the most detailed body that fits, noting when it is not the full one', () => {
    expect(fitMarkdown(['x'.repeat(50), 'short'], options)).toEqual({
      body: 'x'.repeat(50),
      level: 0,
      truncated: false,
    });
    expect(fitMarkdown(['x'.repeat(200), 'y'.repeat(95), 'short'], options)).toEqual({
      body: 'short\n\n(shorter)',
      level: 2,
      truncated: false,
    });
  });

  it('cuts the least detailed body when none fits, within the limit with both notes', () => {
    const fitted = fitMarkdown(['x'.repeat(300), '```\n' + 'y\n'.repeat(200) + '```'], options);
    expect(fitted.level).toBe(1);
    expect(fitted.truncated).toBe(true);
    expect(fitted.body.length).toBeLessThanOrEqual(100);
    expect(fitted.body).toMatch(/^```\n(y\n)+```\n\n\(shorter\)\n\n\(cut\)$/);
  });
});
