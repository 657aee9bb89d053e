import * as core from '@actions/core';
import { formatError } from '../util/errors.js';
import { runRender } from './render.js';

type Handler = (workspace: string) => Promise<void>;

const commands: Record<string, Handler> = {
  render: runRender,
};

/**
 * Entry of every action (see scripts/bundle.mjs): the root action dispatches on its
 * `command` input, each action under actions/ runs its own command.
 */
export async function runAction(name: string): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  try {
    const command = name === 'action' ? core.getInput('command', { required: true }) : name;
    const handler = commands[command];
    if (!handler)
      throw new Error(
        `unknown command "${command}"; use one of ${Object.keys(commands).join(', ')}`,
      );
    await handler(workspace);
  } catch (err) {
    core.setFailed(formatError(err, workspace));
  }
}
