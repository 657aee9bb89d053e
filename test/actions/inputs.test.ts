/**
 * The inputs each command reads (src/actions/command-inputs.ts) are what the action.yml
 * files declare: the root action declares every command's inputs, each action under
 * actions/ exactly its command's. A command refuses the others (see diff-action.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND_INPUTS } from '../../src/actions/command-inputs.js';

const root = path.resolve(import.meta.dirname, '../..');
const inputsOf = (file: string) =>
  Object.keys((parse(readFileSync(path.join(root, file), 'utf8')) as { inputs: object }).inputs);

describe('action.yml inputs', () => {
  it('the root action declares every input of every command, and command', () => {
    const all = new Set(Object.values(COMMAND_INPUTS).flat());
    expect(new Set(inputsOf('action.yml'))).toEqual(new Set(['command', ...all]));
  });

  it.each(readdirSync(path.join(root, 'actions')))(
    'actions/%s declares exactly what its command reads',
    (name) => {
      expect(inputsOf(`actions/${name}/action.yml`).sort()).toEqual(
        [...COMMAND_INPUTS[name]].sort(),
      );
    },
  );

  it('the root action gives defaults only to inputs every command accepts', () => {
    const doc = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    // The runner sets an input with a default on every step, so it must not count as given.
    const withDefault = Object.keys(doc.inputs).filter((i) => doc.inputs[i].default !== undefined);
    expect(withDefault).toEqual(['github-token']);
  });
});
