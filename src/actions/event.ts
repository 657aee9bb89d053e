/** The event that started the workflow run (the JSON file at GITHUB_EVENT_PATH). */
import { readFileSync } from 'node:fs';
import { UserError } from '../util/errors.js';

type Env = Record<string, string | undefined>;

export interface WorkflowEvent {
  /** GITHUB_EVENT_NAME, e.g. pull_request, workflow_run, schedule. */
  name: string;
  payload: Record<string, unknown>;
}

/** The pull request of a `pull_request` / `pull_request_target` event. */
export interface EventPullRequest {
  number: number;
  baseRef: string;
  headSha: string;
}

export function readEvent(env: Env = process.env): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Outside GitHub Actions the variable may point nowhere; act as if there were no event.
    return { name, payload: {} };
  }
  try {
    const payload: unknown = JSON.parse(text);
    return { name, payload: isRecord(payload) ? payload : {} };
  } catch (err) {
    throw new UserError(`the event file is not JSON: ${(err as Error).message}`, { file });
  }
}

export function eventPullRequest(event: WorkflowEvent): EventPullRequest | undefined {
  const pr = event.payload.pull_request;
  if (!isRecord(pr) || typeof pr.number !== 'number') return undefined;
  const base = isRecord(pr.base) ? pr.base : {};
  const head = isRecord(pr.head) ? pr.head : {};
  return {
    number: pr.number,
    baseRef: typeof base.ref === 'string' ? base.ref : '',
    headSha: typeof head.sha === 'string' ? head.sha : '',
  };
}

/** `head_sha` of a `workflow_run` event: the commit the finished run worked on. */
export function workflowRunHeadSha(event: WorkflowEvent): string | undefined {
  const run = event.payload.workflow_run;
  return isRecord(run) && typeof run.head_sha === 'string' ? run.head_sha : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
