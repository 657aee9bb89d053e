/**
 * Markdown for every comment, job summary and pull-request body. Names, paths, tags and
 * messages in them come from a project or a registry, so each goes through one of these:
 * it then reads as its own text, on one line, and cannot end the code span, table cell or
 * element it is in, open HTML, or become a link, image or mention.
 */
import { oneLine } from './one-line.js';

const longestRun = (text: string, ch: string) => {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
};

/**
 * Inline code, the form for any single name or value. Inside a code span nothing is markup
 * (no HTML, links, mentions or emphasis); what could still end it is handled here: line
 * breaks (oneLine) and backticks (a fence longer than any run inside).
 */
export function code(text: string): string {
  const t = oneLine(text);
  const ticks = '`'.repeat(longestRun(t, '`') + 1);
  // A backtick at either end would merge with the fence, and CommonMark strips one space
  // from each end when both have one: a pad on both sides keeps the text exact.
  const pad = t === '' || /^[` ]|[` ]$/.test(t) ? ' ' : '';
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

/** A fenced block longer than any backtick run inside, so its content cannot close it. */
export function fenced(lang: string, text: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

/** `<code>` for raw-HTML contexts such as `<summary>`, where markdown is not read. */
export function htmlCode(text: string): string {
  const escaped = oneLine(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
  return `<code>${escaped}</code>`;
}

// U+200B as an entity (visible in the source): GitHub finds mentions, issue references and
// bare links in the rendered text, and a zero-width space after `@`, `#`, `://` or `www`
// is enough to stop it, without changing what a reader sees.
const BREAK = '&#8203;';

/**
 * Prose that contains outside text (messages, reasons): one line, every character markdown
 * gives a meaning escaped, and the autolinks GitHub adds after rendering broken up.
 */
export function text(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&$^=]/g, '\\$&')
    .replace(/@/g, `@${BREAK}`)
    .replace(/\\#/g, `\\#${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/\b(www|gh)(?=\\[.-])/gi, `$1${BREAK}`);
}

/**
 * A table cell's markdown: every pipe escaped, since GFM splits a row at pipes before it
 * reads code spans. A pipe is escaped when an odd number of backslashes precede it, so one
 * that text() or the source already escaped is left as it is.
 */
export function cell(markdown: string): string {
  return markdown.replace(/(\\*)\|/g, (m, bs: string) => (bs.length % 2 ? m : `${bs}\\|`));
}
