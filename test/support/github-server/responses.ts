/** GitHub's response shapes for errors, and the faults tests can inject. */

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
}

/** The error body of GitHub's REST API: message, documentation_url, status, sometimes errors. */
export function errorReply(
  status: number,
  message: string,
  docs: string,
  errors?: FieldError[],
): Reply {
  return {
    status,
    body: {
      message,
      documentation_url: docs,
      ...(errors ? { errors } : {}),
      status: String(status),
    },
  };
}

/** Thrown by handlers to answer with an error. */
export class HttpFailure extends Error {
  constructor(readonly reply: Reply) {
    super(String((reply.body as { message?: string } | undefined)?.message ?? reply.status));
  }
}

export const DOCS = 'https://docs.github.com/rest';

export const fail = (status: number, message: string, docs = DOCS, errors?: FieldError[]) =>
  new HttpFailure(errorReply(status, message, docs, errors));

export const notFound = (docs = DOCS) => fail(404, 'Not Found', docs);

export const validationFailed = (docs: string, ...errors: FieldError[]) =>
  fail(422, 'Validation Failed', docs, errors);

export const readOnlyToken = (docs: string) =>
  fail(403, 'Resource not accessible by integration', docs);

/** What a test can make the next matching requests answer. */
export type Fault = Reply;

/** GitHub's secondary rate limit: 403 (or 429) with retry-after, on any endpoint. */
export function secondaryRateLimit(
  options: { retryAfter?: number; status?: 403 | 429 } = {},
): Fault {
  const { retryAfter = 1, status = 403 } = options;
  return {
    status,
    headers: { 'retry-after': String(retryAfter) },
    body: {
      message:
        'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. ' +
        'Please retry your request again later. If you reach out to GitHub Support for help, please include ' +
        'the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url:
        'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status),
    },
  };
}

/** The hourly quota used up: 403 with x-ratelimit-remaining 0 and the reset time. */
export function primaryRateLimit(options: { resetInSeconds?: number } = {}): Fault {
  const reset = Math.floor(Date.now() / 1000) + (options.resetInSeconds ?? 3600);
  return {
    status: 403,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
      status: '403',
    },
  };
}

export function serverError(status = 502): Fault {
  return { status, body: { message: 'Server Error', status: String(status) } };
}

export function statusFault(status: number, message: string): Fault {
  return errorReply(status, message, DOCS);
}
