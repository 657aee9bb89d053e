import * as core from '@actions/core';
import { UserError } from '../util/errors.js';

/** A multi-line (or comma-separated) input as a list; blank lines and `#` comments ignored. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .flatMap((line) => (line.includes('=') ? [line] : line.split(',')))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

export function optionalInput(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

export function boolInput(name: string, dflt: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (!v) return dflt;
  if (['true', 'yes', '1'].includes(v)) return true;
  if (['false', 'no', '0'].includes(v)) return false;
  throw new UserError(`input ${name} must be true or false, got "${v}"`);
}

/** An input that must be one of `choices`; `dflt` when empty. */
export function choiceInput<T extends string>(name: string, choices: readonly T[], dflt: T): T {
  const v = core.getInput(name).trim();
  if (!v) return dflt;
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new UserError(`input ${name} must be one of ${choices.join(', ')}, got "${v}"`);
}
