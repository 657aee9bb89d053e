/**
 * Errors a user can fix. They carry the file (and line/column where known) and a hint,
 * so every surface (CLI, actions) prints the same actionable message.
 */
export interface ErrorLocation {
  file?: string;
  line?: number;
  col?: number;
}

export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  readonly hint?: string;

  constructor(
    message: string,
    loc: ErrorLocation = {},
    hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UserError';
    this.file = loc.file;
    this.line = loc.line;
    this.col = loc.col;
    this.hint = hint;
  }

  /** `file:line:col: message` followed by the hint; files inside `cwd` are shown relative. */
  format(cwd?: string): string {
    let where = '';
    if (this.file) {
      where = cwd && this.file.startsWith(`${cwd}/`) ? this.file.slice(cwd.length + 1) : this.file;
      if (this.line) where += `:${this.line}`;
      if (this.line && this.col) where += `:${this.col}`;
      where += ': ';
    }
    return where + this.message + (this.hint ? `\n  hint: ${this.hint}` : '');
  }
}

/** Wrong command-line usage: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function formatError(err: unknown, cwd?: string): string {
  if (err instanceof UserError) return err.format(cwd);
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

export function nearest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return bestDist <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
