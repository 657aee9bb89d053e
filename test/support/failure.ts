import { expect } from 'vitest';
import { UserError } from '../../src/util/errors.js';

/** Runs `fn`, expecting a UserError, and returns its full text (message + hint). */
export async function userErrorText(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format();
  }
  throw new Error('expected a failure');
}
