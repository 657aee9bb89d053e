/** The HTML entities Python's html.unescape resolves in practice for striptags and slugify. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\xa0',
};

/** Decodes named (`&amp;`), decimal (`&#38;`) and hex (`&#x26;`) entities; unknown ones stay. */
export function unescapeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ent: string) => {
    if (ent[0] !== '#') return NAMED[ent] ?? whole;
    return String.fromCodePoint(
      ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : Number(ent.slice(1)),
    );
  });
}
