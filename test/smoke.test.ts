import { describe, expect, it } from 'vitest';
import { UserError } from '../src/util/errors.js';

describe('UserError', () => {
  it('formats file, line, column and hint', () => {
    const e = new UserError('bad thing', { file: 'a.yaml', line: 3, col: 5 }, 'do this');
    expect(e.format()).toBe('a.yaml:3:5: bad thing\n  hint: do this');
  });
});
