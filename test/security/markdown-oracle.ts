import { execFileSync } from 'node:child_process';

/**
 * Judges markdown the way a reader of a comment would see it, with cmark (the CommonMark
 * reference implementation GitHub's renderer is built on) rendering raw HTML as is, so
 * that any HTML a hostile string smuggles through shows up in the result.
 */
export const cmarkAvailable = (() => {
  try {
    execFileSync('cmark', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

export function toHtml(markdown: string): string {
  return execFileSync('cmark', ['--unsafe'], { input: markdown }).toString('utf8');
}

/**
 * How often each element opens: the document's structure, whatever the text in it. Links
 * are left out (a name may rightly get one, to its registry page): see linkTargets.
 */
export function structure(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)[\s/>]/g)) {
    const tag = m[1].toLowerCase();
    if (tag !== 'a') counts[tag] = (counts[tag] ?? 0) + 1;
  }
  return counts;
}

/** Where the document's links go. */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]);
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/**
 * The text GitHub post-processes after rendering: everything outside code, pre and links,
 * where it turns `@name` into a mention, `#123` into an issue link, and bare URLs, `www.`
 * names and e-mail addresses into links (the GFM autolink extension, which cmark does not
 * run). Links themselves are judged by liveElements and the document's structure.
 */
export function liveText(html: string): string {
  const outside = html
    .replace(/<pre[\s>][\s\S]*?<\/pre>/g, ' ')
    .replace(/<code[\s>][\s\S]*?<\/code>/g, ' ')
    .replace(/<a[\s>][\s\S]*?<\/a>/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  return decode(outside);
}

/** What GitHub would make live in `liveText`, or nothing. */
export function liveReferences(text: string): string[] {
  const found = [
    ...text.matchAll(/@[A-Za-z0-9]/g),
    ...text.matchAll(/#[0-9]/g),
    ...text.matchAll(/\b(?:https?|ftp):\/\//gi),
    ...text.matchAll(/\bwww\./gi),
    ...text.matchAll(/[A-Za-z0-9._+-]@[A-Za-z0-9]/g),
  ];
  return found.map((m) => text.slice(Math.max(0, m.index - 10), m.index + 20));
}

/** Elements that would be live in the comment besides links: images, raw HTML a string brought in. */
export function liveElements(html: string): string[] {
  return [...html.matchAll(/<(img|script|iframe|style|input|form|picture|source|video)[\s>]/gi)]
    .map((m) => m[0])
    .concat(html.includes('<!--') ? ['<!--'] : []);
}

/**
 * Strings a pull request or a registry can put where a report names something: each
 * tries one way out of a code span, a table cell, an HTML element or the paragraph.
 */
export const HOSTILE = [
  'x\n\n# injected heading',
  'a`b``c```',
  '<!-- hides everything after',
  'end -->',
  '<a href="https://evil.example/a">click</a>',
  '<details><summary>fake</summary>',
  '</details></details>',
  'cell|breaks|out',
  '@octocat',
  'fixes #123',
  '![pixel](https://evil.example/p.png)',
  '[link](https://evil.example/l)',
  'see https://evil.example/bare',
  'www.evil.example',
  'mail@evil.example',
  '<img src=x onerror=alert(1)>',
  '```\nfenced',
  '~~~\ntilde',
  '\r\n- injected item',
  'x\n    indented code',
  '$x^2$ *em* _em_ ~~s~~',
  '&lt;b&gt; &amp;',
  'right-to-left \u202Eexe.txt',
  'nul \u0000 and bell \u0007 and sep \u2028 line',
];

/** Every hostile string at once, for the fields that take one value. */
export const ALL_HOSTILE = HOSTILE.join(' ');
