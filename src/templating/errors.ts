import { UserError } from '../util/errors.js';

/**
 * An error raised while compiling or rendering a template. `pyType` is the name Jinja2 gives
 * the same failure (UndefinedError, TypeError, TemplateSyntaxError, ...), so messages read like
 * kluctl's. The location is filled in by the innermost template that sees the error.
 */
export class TemplateError extends Error {
  file?: string;
  line?: number;

  constructor(
    readonly pyType: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = pyType;
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
};

/** Attaches a location to an error that has none yet (the innermost template wins). */
export function locate(err: unknown, file: string | undefined, line: number): TemplateError {
  let e: TemplateError;
  if (err instanceof TemplateError) e = err;
  else if (err instanceof UserError) {
    e = new TemplateError(err.name === 'UserError' ? 'TemplateError' : err.name, err.message, {
      cause: err,
    });
  } else if (err instanceof RangeError && /call stack/i.test(err.message)) {
    e = new TemplateError('RecursionError', 'maximum recursion depth exceeded', { cause: err });
  } else {
    const msg = err instanceof Error ? err.message : String(err);
    e = new TemplateError('TemplateError', msg, { cause: err });
  }
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
  const hint = cause?.hint ?? HINTS[e.pyType];
  const prefix = e.pyType === 'TemplateError' ? '' : `${e.pyType}: `;
  return new UserError(
    `${prefix}${e.message}`,
    { file: e.file ?? file, line: e.line || undefined },
    hint,
    { cause: err },
  );
}
