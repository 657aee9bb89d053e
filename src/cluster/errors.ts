/**
 * Errors from the Kubernetes API, parsed from its `Status` bodies into messages that say what
 * was attempted and what to do. Messages only ever quote the server's message and the target's
 * identity, never a request body (which may hold Secret data).
 */
import { UserError } from '../util/errors.js';

/** The `Status` object Kubernetes answers errors with. */
export interface KubeStatus {
  kind?: string;
  apiVersion?: string;
  status?: string;
  message?: string;
  reason?: string;
  code?: number;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    uid?: string;
    causes?: { type?: string; reason?: string; message?: string; field?: string }[];
    retryAfterSeconds?: number;
  };
}

/** What a request was doing, for messages: `patch` + `deployments.apps "web" in namespace "default"`. */
export interface Operation {
  verb: string;
  target: string;
}

/** Where the request went, for messages. */
export interface Endpoint {
  server: string;
  context: string;
}

export class KubeApiError extends UserError {
  readonly code: number;
  readonly reason: string;
  readonly status: KubeStatus;

  constructor(message: string, hint: string | undefined, status: KubeStatus, code: number) {
    super(message, {}, hint);
    this.name = 'KubeApiError';
    this.status = status;
    this.code = code;
    this.reason = status.reason ?? '';
  }
}

/** The cluster does not serve the kind (yet): its CustomResourceDefinition is missing or not established. */
export class UnknownKindError extends UserError {
  constructor(
    message: string,
    hint: string,
    readonly apiVersion: string,
    readonly kind: string,
  ) {
    super(message, {}, hint);
    this.name = 'UnknownKindError';
  }
}

/** One field another manager owns, from a server-side apply 409. */
export interface FieldConflict {
  /** The other field manager, e.g. `kubectl`. */
  manager: string;
  /** The field path as Kubernetes prints it, e.g. `.spec.replicas`. */
  field: string;
  /** The cause's message, e.g. `conflict with "kubectl" using apps/v1`. */
  message: string;
}

export class ApplyConflictError extends KubeApiError {
  readonly conflicts: FieldConflict[];

  constructor(message: string, hint: string, status: KubeStatus, conflicts: FieldConflict[]) {
    super(message, hint, status, 409);
    this.name = 'ApplyConflictError';
    this.conflicts = conflicts;
  }
}

function parseConflicts(status: KubeStatus): FieldConflict[] {
  return (status.details?.causes ?? [])
    .filter((c) => c.type === 'FieldManagerConflict' || c.reason === 'FieldManagerConflict')
    .map((c) => {
      const m = /conflict with "((?:[^"\\]|\\.)*)"/.exec(c.message ?? '');
      return {
        manager: m ? (JSON.parse(`"${m[1]}"`) as string) : '',
        field: c.field ?? '',
        message: c.message ?? '',
      };
    });
}

/**
 * 403 comes from authorization (`User "x" cannot patch resource ...`) or from admission: most often
 * NamespaceLifecycle refusing new objects in a namespace being deleted, where more RBAC would
 * not help.
 */
function forbiddenHint(serverSays: string, op: Operation, at: Endpoint): string {
  const terminating =
    /unable to create new content in namespace (\S+) because it is being terminated/.exec(
      serverSays,
    );
  if (terminating)
    return `namespace "${terminating[1]}" is being deleted: wait until it is gone, then ${op.verb} again (or use another namespace)`;
  if (/\bUser "[^"]*" cannot /.test(serverSays))
    return `grant the user of context "${at.context}" RBAC permission to ${op.verb} this resource, or use a context that has it`;
  return 'the cluster refused the request (an admission policy or webhook): see its message';
}

/** The error for a failed request: `status` is the parsed body (or one made from the status line). */
export function errorFromStatus(
  status: KubeStatus,
  code: number,
  op: Operation,
  at: Endpoint,
): KubeApiError {
  const serverSays = status.message || `${code} ${status.reason ?? ''}`.trim();
  switch (code) {
    case 401:
      return new KubeApiError(
        `the Kubernetes API server at ${at.server} rejected the credentials of context "${at.context}" (401 Unauthorized) while trying to ${op.verb} ${op.target}`,
        "the token or client certificate is expired or invalid: refresh the credentials in your kubeconfig (for cloud clusters, re-run the provider's get-credentials command) or choose another context",
        status,
        code,
      );
    case 403:
      return new KubeApiError(
        `not allowed to ${op.verb} ${op.target} (403 Forbidden): ${serverSays}`,
        forbiddenHint(serverSays, op, at),
        status,
        code,
      );
    case 409: {
      const conflicts = parseConflicts(status);
      if (conflicts.length > 0) {
        const fields = conflicts.map((c) => `${c.field} (owned by "${c.manager}")`).join(', ');
        return new ApplyConflictError(
          `server-side apply of ${op.target} conflicts with fields managed by others: ${fields}`,
          'remove these fields from the manifest, change them to the values in the cluster, or force the apply to take ownership',
          status,
          conflicts,
        );
      }
      return new KubeApiError(
        `cannot ${op.verb} ${op.target}: ${serverSays}`,
        undefined,
        status,
        code,
      );
    }
    case 422:
      return new KubeApiError(
        `${op.target} is invalid: ${serverSays}`,
        'fix the manifest: the API server rejected the fields listed above',
        status,
        code,
      );
    default:
      return new KubeApiError(
        `cannot ${op.verb} ${op.target}: ${serverSays} (${code}${status.reason ? ` ${status.reason}` : ''})`,
        undefined,
        status,
        code,
      );
  }
}
