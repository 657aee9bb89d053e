import * as core from '@actions/core';
import { formatError } from '../util/errors.js';
import { redactRunnerSecrets } from './runner-secrets.js';

type Handler = (workspace: string) => Promise<void>;

// Loaded on demand, so that starting one action does not load the code of the others.
const commands: Record<string, () => Promise<Handler>> = {
  render: async () => (await import('./render.js')).runRender,
  diff: async () => (await import('./diff.js')).runDiff,
  'image-bump': async () => (await import('./image-bump.js')).runImageBumpAction,
};

/**
 * Entry of every action (see scripts/bundle.mjs): the root action dispatches on its
 * `command` input, each action under actions/ runs its own command.
 */
export async function runAction(name: string): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  try {
    const command = name === 'action' ? core.getInput('command', { required: true }) : name;
    const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!load)
      throw new Error(
        `unknown command "${command}"; use one of ${Object.keys(commands).join(', ')}`,
      );
    await (
      await load()
    )(workspace);
  } catch (err) {
    core.setFailed(redactRunnerSecrets(formatError(err, workspace)));
  }
}
