/**
 * Text from a project or a registry shown where one line is expected (a code span, a table
 * cell, a commit-message line, a pull-request title): every control, format and line-
 * separator character is written as an escape, so the text cannot start a new line, end a
 * block, forge a trailer, or reorder and hide itself (bidirectional overrides, zero-width
 * characters). Everything else is kept as is.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function oneLine(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const hex = (c.codePointAt(0) as number).toString(16).padStart(4, '0');
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex}`;
  });
}
