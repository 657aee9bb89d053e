import { UserError } from '../util/errors.js';

/**
 * An error raised while compiling or rendering a template. `pyType` is the name Jinja2 gives
 * the same failure (UndefinedError, TypeError, TemplateSyntaxError, ...), so messages read like
 * kluctl's. The location is filled in by the innermost template that sees the error.
 */
export class TemplateError extends Error {
  file?: string;
  line?: number;
  /** what the user can do about it, when it depends on more than the error type */
  readonly hint?: string;

  constructor(
    readonly pyType: string,
    message: string,
    options?: { cause?: unknown; hint?: string },
  ) {
    super(message, options);
    this.name = pyType;
    this.hint = options?.hint;
  }
}

export const undefinedError = (message: string) => new TemplateError('UndefinedError', message);
export const typeError = (message: string) => new TemplateError('TypeError', message);
export const valueError = (message: string) => new TemplateError('ValueError', message);
export const keyError = (message: string) => new TemplateError('KeyError', message);
export const indexError = (message: string) => new TemplateError('IndexError', message);
export const runtimeError = (message: string) => new TemplateError('TemplateRuntimeError', message);

const HINTS: Record<string, string> = {
  UndefinedError:
    'define the variable (vars, args, target) or guard it with "is defined" or "| default(...)"',
  TemplateSyntaxError: 'fix the template syntax (Jinja2 3.1)',
  TemplateNotFound:
    'include/import names are searched in the item directory, then each parent deployment directory; prefix with ./ for a path relative to the current template',
  RecursionError:
    'something calls itself without end or nests too deeply: add a condition that stops the recursive macro, loop, include or render, or nest the data less deeply',
};

/**
 * V8's stack overflow. Nothing here may call into JavaScript: this runs at the deepest
 * frame, and an overflow while classifying would replace the error (e.g. with a regular
 * expression's own "Stack overflow").
 */
export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && err.message === 'Maximum call stack size exceeded';
}

export function recursionError(cause?: unknown): TemplateError {
  return new TemplateError('RecursionError', 'maximum recursion depth exceeded', { cause });
}

// What V8 throws when a string or array would outgrow what it can hold: the limits in
// limits.ts stop templates long before, this names the failure should one be missed.
const JS_SIZE_ERRORS = new Set(['Invalid string length', 'Invalid array length']);

function fromJavaScript(err: unknown): TemplateError {
  if (isStackOverflow(err)) return recursionError(err);
  if (err instanceof RangeError && JS_SIZE_ERRORS.has(err.message)) {
    return new TemplateError(
      'LimitError',
      'a value outgrew the largest string or list JavaScript can hold',
      {
        cause: err,
        hint: 'look for a loop, repetition or width that builds far more text or items than intended',
      },
    );
  }
  if (err instanceof UserError) {
    return new TemplateError(err.name === 'UserError' ? 'TemplateError' : err.name, err.message, {
      cause: err,
    });
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new TemplateError('TemplateError', msg, { cause: err });
}

/** Attaches a location to an error that has none yet (the innermost template wins). */
export function locate(err: unknown, file: string | undefined, line: number): TemplateError {
  const e = err instanceof TemplateError ? err : fromJavaScript(err);
  if (e.file === undefined && e.line === undefined) {
    e.file = file;
    e.line = line;
  }
  return e;
}

/** The error every caller of the engine sees: a UserError naming file and line. */
export function toUserError(err: unknown, file: string): UserError {
  if (err instanceof UserError && !(err.cause instanceof TemplateError)) {
    return err.file ? err : new UserError(err.message, { file }, err.hint, { cause: err });
  }
  const e = err instanceof TemplateError ? err : locate(err, file, 0);
  const cause = e.cause instanceof UserError ? e.cause : undefined;
  const hint = cause?.hint ?? e.hint ?? HINTS[e.pyType];
  const prefix = e.pyType === 'TemplateError' ? '' : `${e.pyType}: `;
  return new UserError(
    `${prefix}${e.message}`,
    { file: e.file ?? file, line: e.line || undefined },
    hint,
    { cause: err },
  );
}
