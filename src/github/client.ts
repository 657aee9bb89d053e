/**
 * The GitHub client every action uses: octokit from @actions/github with the throttling and
 * retry plugins, pointed at GITHUB_API_URL (github.com, GHE.com or GitHub Enterprise Server).
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from '../util/errors.js';
import { logSafe } from '../util/log-safe.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** An octokit plus the settings our own helpers (retries, logging) share with it. */
export interface GitHubClient {
  octokit: Octokit;
  log: Logger;
  /** Retries after a rate limit or a transient failure, before giving up. */
  maxRetries: number;
  /** Milliseconds per second of waiting (GitHub's `retry-after` is in seconds). */
  secondMs: number;
}

export interface CreateGitHubOptions {
  /** GITHUB_TOKEN, a GitHub App installation token or a personal access token. */
  token: string | undefined;
  /** REST root, e.g. `https://ghes.example.com/api/v3`; default `GITHUB_API_URL`, else api.github.com. */
  apiUrl?: string;
  log?: Logger;
  /** Default 3. */
  maxRetries?: number;
  /** Default 1000. Tests shrink it so that honouring `retry-after: 1` takes a millisecond. */
  secondMs?: number;
  /**
   * GitHub asks integrations to leave a second between writes (three between writes that
   * notify people); the throttling plugin does that by default. Tests against the local
   * stand-in switch it off. Default true.
   */
  paceWrites?: boolean;
  /**
   * Applied to every text the client sends (comment and pull-request bodies, titles, commit
   * messages, file contents): the actions pass their runner-secret redactor.
   */
  redact?: (text: string) => string;
}

// Log lines name branches, files and URLs; warnings and debug lines are command data,
// which @actions/core escapes.
const actionsLog: Logger = {
  info: (line) => core.info(logSafe(line)),
  warning: core.warning,
  debug: core.debug,
};

// A Bottleneck group that runs jobs at once; the throttling plugin only calls key().schedule().
const unpaced = { key: () => ({ schedule: (_opts: unknown, job: () => unknown) => job() }) };

export function createGitHub(options: CreateGitHubOptions): GitHubClient {
  const token = options.token?.trim();
  if (!token) {
    throw new UserError(
      'No GitHub token: shipshape needs one to talk to GitHub.',
      {},
      'Set the `github-token` input (its default is `${{ github.token }}`) and give the job the ' +
        'permissions it needs in its `permissions:` block (see docs/github.md).',
    );
  }
  // In a workflow the runner masks the token in every later log line; elsewhere the
  // `::add-mask::` command would just print it.
  if (process.env.GITHUB_ACTIONS === 'true') core.setSecret(token);

  const apiUrl = resolveApiUrl(options.apiUrl ?? process.env.GITHUB_API_URL);
  const log = options.log ?? actionsLog;
  const maxRetries = options.maxRetries ?? 3;
  const secondMs = options.secondMs ?? 1000;
  const paced = options.paceWrites ?? true;

  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      log: { debug: () => {}, info: () => {}, warn: log.warning, error: log.warning },
      throttle: {
        retryAfterBaseValue: secondMs,
        ...(paced ? {} : { write: unpaced as never, notifications: unpaced as never }),
        onSecondaryRateLimit: (
          retryAfter: number,
          request: RequestInfo,
          _o: unknown,
          retryCount: number,
        ) => {
          if (retryCount >= maxRetries) return false;
          log.warning(
            `GitHub secondary rate limit on ${request.method} ${request.url}: waiting ${retryAfter} s as ` +
              `GitHub asks (retry ${retryCount + 1} of ${maxRetries}).`,
          );
          return true;
        },
        onRateLimit: (
          retryAfter: number,
          request: RequestInfo,
          _o: unknown,
          retryCount: number,
        ) => {
          // Waiting out an exhausted hourly quota would hold the runner for up to an hour.
          if (retryCount >= maxRetries || retryAfter > 60) return false;
          log.warning(
            `GitHub rate limit on ${request.method} ${request.url}: waiting ${retryAfter} s until it resets.`,
          );
          return true;
        },
      },
      // 5xx and network errors; rate limits (403/429) are the throttling plugin's, which honours retry-after.
      retry: {
        retries: maxRetries,
        retryAfterBaseValue: secondMs,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
    },
    throttling,
    retry,
  );
  const redact = options.redact;
  if (redact) octokit.hook.before('request', (request) => scrubRequest(request, redact));
  return { octokit, log, maxRetries, secondMs };
}

// Request options that say where a request goes, not what it carries.
const ROUTING = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType']);

function scrubValue(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, redact));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, redact)]));
  return value;
}

function scrubRequest(request: Record<string, unknown>, redact: (text: string) => string): void {
  for (const key of Object.keys(request))
    if (!ROUTING.has(key)) request[key] = scrubValue(request[key], redact);
}

interface RequestInfo {
  method: string;
  url: string;
}

function resolveApiUrl(raw: string | undefined): string {
  const url = raw?.trim() || 'https://api.github.com';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    throw new UserError(
      `GITHUB_API_URL is not a URL: ${JSON.stringify(url)}`,
      {},
      'On GitHub Enterprise Server it looks like https://HOST/api/v3; the runner sets it, so unset any override.',
    );
  }
  return url.replace(/\/+$/, '');
}
