/**
 * The inputs each command reads. The root action declares the inputs of every command, so
 * the runner would happily pass `target:` to `command: diff`, which reads `targets` and
 * would silently diff every target: a command refuses every input it does not read,
 * naming it and the inputs it takes. The actions under actions/ declare exactly their
 * command's inputs (test/actions/inputs.test.ts keeps the action.yml files in step), and
 * the runner passes an input it does not know on with a warning only, so they check too.
 */
import { nearest, UserError } from '../util/errors.js';

/** What decides the rendered objects: every rendering command reads these. */
const RENDER = [
  'project-dir',
  'args',
  'fixed-images',
  'fixed-images-files',
  'include-tags',
  'exclude-tags',
  'allow-env',
  'cache-dir',
] as const;

/** What shapes the pull requests of the bump commands (image-bump, helm-update). */
const BUMP_PULL_REQUESTS = [
  'targets',
  'group-by',
  'labels',
  'base-branch',
  'github-token',
  'dry-run',
  'branch-prefix',
  'reviewers',
  'team-reviewers',
  'assignees',
  'draft',
] as const;

export const COMMAND_INPUTS: Record<string, readonly string[]> = {
  render: [...RENDER, 'target', 'output-file'],
  diff: [
    ...RENDER,
    'targets',
    'against',
    'base-ref',
    'comment',
    'comment-mode',
    'comment-key',
    'title',
    'label',
    'github-token',
    'comment-from',
    'pull-request',
  ],
  'image-bump': [...RENDER, ...BUMP_PULL_REQUESTS, 'title', 'commit-message'],
  'helm-update': [...RENDER, ...BUMP_PULL_REQUESTS],
  'list-targets': ['project-dir'],
  ...clusterCommandInputs(),
};

/** deploy, prune, delete, validate: the target's cluster, and what each command does there. */
function clusterCommandInputs(): Record<string, readonly string[]> {
  const cluster = [...RENDER, 'targets', 'kubeconfig', 'context', 'discriminator'];
  return {
    deploy: [
      ...cluster,
      'dry-run',
      'prune',
      'wait',
      'readiness-timeout',
      'abort-on-error',
      'force-apply',
      'replace-on-error',
      'force-replace-on-error',
    ],
    prune: [...cluster, 'dry-run', 'wait'],
    delete: [...cluster, 'dry-run', 'wait'],
    validate: [...cluster, 'wait', 'readiness-timeout'],
  };
}

/**
 * Inputs the runner sets whatever the step says: `command` selects the command, and
 * `github-token` has a default (`${{ github.token }}`) in every action.yml.
 */
const ALWAYS_SET = ['command', 'github-token'];

/** The inputs a step gave (INPUT_* variables that are not empty), by their names in action.yml. */
export function givenInputs(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => name.startsWith('INPUT_') && value?.trim())
    .map(([name]) => name.slice('INPUT_'.length).toLowerCase());
}

/** Fails on the first given input `command` does not read, saying what it takes instead. */
export function checkInputs(command: string, env: NodeJS.ProcessEnv): void {
  const takes = COMMAND_INPUTS[command] ?? [];
  for (const input of givenInputs(env).sort()) {
    if (takes.includes(input) || ALWAYS_SET.includes(input)) continue;
    const others = Object.keys(COMMAND_INPUTS).filter((c) => COMMAND_INPUTS[c].includes(input));
    const guess = nearest(input, takes);
    const elsewhere = others.length ? ` (${input} is an input of ${others.join(', ')})` : '';
    throw new UserError(
      `${command} does not use the input ${input}${elsewhere}; its inputs are ${takes.join(', ')}`,
      {},
      guess ? `did you mean ${guess}?` : `remove ${input} from the step's with:`,
    );
  }
}
