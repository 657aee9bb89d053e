/**
 * Fitting markdown into GitHub's size limits (65,536 characters per comment or pull-request
 * body, 1 MiB per job summary): the caller offers the same report at decreasing detail; the
 * first that fits wins, and as a last resort the least detailed one is cut at a line
 * boundary, closing any code fence or <details> element the cut would leave open.
 */

export interface FitOptions {
  /** Largest size allowed, in the unit `measure` counts. */
  limit: number;
  /** Size of a text; must add up over concatenation (character or UTF-8 byte counts do). */
  measure: (text: string) => number;
  /** Appended to every body but the first (full) one, e.g. where the full report is. */
  degradedNote: string;
  /** Appended after a cut body. */
  truncatedNote: string;
}

export interface Fitted {
  body: string;
  /** Index of the body chosen. */
  level: number;
  truncated: boolean;
}

export const countChars = (text: string): number => text.length;
export const countUtf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export function fitMarkdown(levels: readonly string[], options: FitOptions): Fitted {
  if (levels.length === 0) throw new Error('fitMarkdown: no body given');
  for (let level = 0; level < levels.length; level++) {
    const body = level === 0 ? levels[0] : appendNote(levels[level], options.degradedNote);
    if (options.measure(body) <= options.limit) return { body, level, truncated: false };
  }
  const level = levels.length - 1;
  const note = '\n\n' + (level === 0 ? '' : options.degradedNote + '\n\n') + options.truncatedNote;
  const body =
    truncateMarkdown(levels[level], options.limit - options.measure(note), options.measure) + note;
  return { body, level, truncated: true };
}

function appendNote(body: string, note: string): string {
  return note ? `${body}\n\n${note}` : body;
}

/**
 * The longest prefix of whole lines that, with the closers of whatever it leaves open,
 * fits `limit`. A line of code inside a fence may be cut part-way (code cannot break the
 * markup around it); other lines are kept whole or dropped.
 */
export function truncateMarkdown(
  text: string,
  limit: number,
  measure: (text: string) => number,
): string {
  const lines = text.split('\n');
  const scanner = new BlockScanner();
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    const separator = kept.length ? 1 : 0;
    const after = scanner.copy();
    after.feed(line);
    if (size + separator + measure(line) + measure(after.closers()) <= limit) {
      kept.push(line);
      size += separator + measure(line);
      scanner.feed(line);
      continue;
    }
    const room = limit - size - separator - measure(scanner.closers());
    const inCode = scanner.inFence() && after.inFence();
    if (inCode || kept.length === 0) {
      const part = prefixWithin(line, room, measure, !inCode);
      if (part) kept.push(part);
    }
    break;
  }
  return kept.join('\n') + scanner.closers();
}

/** Longest prefix of `line` measuring at most `room`, never splitting a surrogate pair. */
function prefixWithin(
  line: string,
  room: number,
  measure: (text: string) => number,
  atSpace: boolean,
): string {
  let end = 0;
  let size = 0;
  for (const ch of line) {
    const s = measure(ch);
    if (size + s > room) break;
    size += s;
    end += ch.length;
  }
  let part = line.slice(0, end);
  if (atSpace && end < line.length) {
    const space = part.lastIndexOf(' ');
    if (space > 0) part = part.slice(0, space);
  }
  return part;
}

/**
 * Tracks the blocks a cut could leave open: a fenced code block (``` or ~~~, CommonMark
 * rules for opening and closing) and nested <details> elements outside code. Fences are
 * recognised at any indentation, since reports nest them in list items.
 */
class BlockScanner {
  private fence: { char: string; length: number; indent: string } | undefined;
  private details = 0;

  copy(): BlockScanner {
    const other = new BlockScanner();
    other.fence = this.fence;
    other.details = this.details;
    return other;
  }

  inFence(): boolean {
    return this.fence !== undefined;
  }

  feed(line: string): void {
    if (this.fence) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === this.fence.char && close[1].length >= this.fence.length)
        this.fence = undefined;
      return;
    }
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    // A backtick fence's info string cannot contain backticks (that is inline code).
    if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
      this.fence = { char: open[2][0], length: open[2].length, indent: open[1] };
      return;
    }
    const markup = line.replace(/(`+)[^`]*?\1/g, '');
    const opened = markup.match(/<details[\s>]/gi)?.length ?? 0;
    const closed = markup.match(/<\/details\s*>/gi)?.length ?? 0;
    this.details = Math.max(0, this.details + opened - closed);
  }

  /** What closes the open blocks, innermost first, each on its own line. */
  closers(): string {
    const parts: string[] = [];
    // At the opening's indentation, so a fence in a list item closes inside that item.
    if (this.fence) parts.push(this.fence.indent + this.fence.char.repeat(this.fence.length));
    for (let i = 0; i < this.details; i++) parts.push('</details>');
    return parts.length ? '\n' + parts.join('\n') : '';
  }
}
