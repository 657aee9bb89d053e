import * as core from '@actions/core';
import { formatError } from '../util/errors.js';
import { reportFailure } from './failure.js';
import { checkInputs } from './command-inputs.js';
import { redactRunnerSecrets } from './runner-secrets.js';
import { onSensitive } from '../util/sensitive.js';

type Handler = (workspace: string) => Promise<void>;

// Loaded on demand, so that starting one action does not load the code of the others.
const commands: Record<string, () => Promise<Handler>> = {
  render: async () => (await import('./render.js')).runRender,
  diff: async () => (await import('./diff.js')).runDiff,
  'image-bump': async () => (await import('./image-bump.js')).runImageBumpAction,
  'helm-update': async () => (await import('./helm-update.js')).runHelmUpdateAction,
  'list-targets': async () => (await import('./list-targets.js')).runListTargets,
  deploy: async () => (await import('./deploy.js')).runDeployAction,
  prune: async () => (await import('./deploy.js')).runPruneAction,
  delete: async () => (await import('./deploy.js')).runDeleteAction,
  validate: async () => (await import('./deploy.js')).runValidateAction,
};

/**
 * Entry of every action (see scripts/bundle.mjs): the root action dispatches on its
 * `command` input, each action under actions/ runs its own command.
 */
export async function runAction(name: string): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // decrypted SOPS values, cluster Secrets, cloud secrets: masked in every log line
  onSensitive((v) => core.setSecret(v));
  let command = name;
  try {
    if (name === 'action') command = core.getInput('command', { required: true });
    const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!load)
      throw new Error(
        `unknown command "${command}"; use one of ${Object.keys(commands).join(', ')}`,
      );
    checkInputs(command, process.env);
    await (
      await load()
    )(workspace);
  } catch (err) {
    // An error about a file is an annotation on that file (reportFailure); others fail the
    // step with their message.
    if (!(await reportFailure(err, command, workspace)))
      core.setFailed(redactRunnerSecrets(formatError(err, workspace)));
  }
}
