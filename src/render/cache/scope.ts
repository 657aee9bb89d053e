/**
 * Which part of a persistent cache directory a run may write, and which parts it may read.
 * A run writes only its own scope and reads its own and the default branch's. Only a run of
 * the default branch started by a trusted event writes the default branch's scope, so a pull
 * request (which renders whatever its author wrote) can never put an entry where a run of the
 * default branch (which deploys) would read it. Outside GitHub Actions there is one scope.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface CacheScopes {
  write: string;
  /** In the order they are tried. */
  read: string[];
}

/** The scope of the default branch's trusted runs. */
export const DEFAULT_BRANCH_SCOPE = 'default-branch';

/** Events whose runs execute what is on the branch, started by someone with write access. */
const TRUSTED_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch', 'repository_dispatch']);

function eventPayload(env: Record<string, string | undefined>): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function cacheScopes(env: Record<string, string | undefined>): CacheScopes {
  if (env.GITHUB_ACTIONS !== 'true') return { write: 'local', read: ['local'] };
  const event = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  const payload = eventPayload(env);
  const repository = payload.repository as { default_branch?: unknown } | undefined;
  const defaultBranch = repository?.default_branch;
  const trusted =
    TRUSTED_EVENTS.has(event) &&
    typeof defaultBranch === 'string' &&
    ref === `refs/heads/${defaultBranch}`;
  if (trusted) return { write: DEFAULT_BRANCH_SCOPE, read: [DEFAULT_BRANCH_SCOPE] };
  // Every other run has a scope of its own: its event, ref and pull request.
  const pull = (payload.pull_request as { number?: unknown } | undefined)?.number;
  const own = `run-${createHash('sha256')
    .update(`${env.GITHUB_REPOSITORY ?? ''}\0${event}\0${ref}\0${String(pull ?? '')}`)
    .digest('hex')
    .slice(0, 16)}`;
  return { write: own, read: [own, DEFAULT_BRANCH_SCOPE] };
}
