/**
 * Which environment variables a project may read through `systemEnvVars`. A pull request
 * writes the project, and whatever it reads can end up in a comment, so the runner's
 * secrets are off limits unless the workflow names them: the job token (`GITHUB_TOKEN`, and
 * every action input, which arrives as `INPUT_<NAME>`), the runner's own `ACTIONS_*`
 * credentials, and any variable whose name says it holds a secret (a workflow's `env:` is
 * the usual way secrets reach a step).
 */
/** Whole families of the runner's variables: the action inputs and the runner's own. */
const RUNNER_FAMILIES: readonly RegExp[] = [/^INPUT_/i, /^ACTIONS_/i];

/** Names that say the value is a secret. */
const SECRET_NAMES: readonly RegExp[] = [
  /^(GITHUB|GH|GH_ENTERPRISE|GITHUB_ENTERPRISE)_TOKEN$/i,
  /^KUBECONFIG$/i,
  /^SOPS_/i,
  /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE_?KEY|API_?KEY|ACCESS_?KEY|(^|_)AUTH($|_)/i,
];

/** Whether a variable's name marks its value as a secret (the job token input included). */
export const isSecretName = (name: string): boolean => SECRET_NAMES.some((re) => re.test(name));

/** A workflow's allow list entry: an exact name or a glob with `*` (`MY_APP_*`). */
function matcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (name) => name === pattern;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return (name) => re.test(name);
}

export interface EnvAccess {
  /** The value, undefined when unset; throws nothing: callers decide how to report refusal. */
  read(name: string): { value?: string; refused: boolean };
}

export function envAccess(
  env: Record<string, string | undefined>,
  allow: readonly string[] = [],
): EnvAccess {
  const allowed = allow
    .map((a) => a.trim())
    .filter(Boolean)
    .map(matcher);
  return {
    read(name) {
      const isAllowed = allowed.some((m) => m(name));
      if (!isAllowed && (isSecretName(name) || RUNNER_FAMILIES.some((re) => re.test(name))))
        return { refused: true };
      return { value: Object.hasOwn(env, name) ? env[name] : undefined, refused: false };
    },
  };
}
