/** Markdown pieces for comments and pull-request bodies whose text comes from elsewhere. */

const longestRun = (text: string, ch: string) =>
  Math.max(0, ...(text.match(new RegExp(`\\${ch}+`, 'g')) ?? []).map((r) => r.length));

/** Inline code that backticks inside `text` cannot close. */
export function code(text: string): string {
  const ticks = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A fenced block longer than any backtick run inside, so its content cannot close it. */
export function fenced(lang: string, text: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

/** Plain text in markdown: characters markdown would read as syntax are escaped. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}
