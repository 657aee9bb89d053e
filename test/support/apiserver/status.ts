/**
 * `Status` bodies exactly as the apiserver sends them (k8s.io/apimachinery/pkg/api/errors):
 * kind Status, apiVersion v1, status Failure, message, reason, details{name,group,kind,causes}, code.
 * `details.kind` holds the resource (plural) for NotFound/AlreadyExists/Conflict/Forbidden and
 * the Kind for Invalid, as Kubernetes does.
 */

export interface StatusCause {
  reason?: string;
  type?: string;
  message: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

/** Something the handlers throw to answer with a Status. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: StatusDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: compactDetails(this.details) } : {}),
      code: this.code,
    };
  }
}

function compactDetails(d: StatusDetails): StatusDetails {
  const out: StatusDetails = {};
  if (d.name) out.name = d.name;
  if (d.group) out.group = d.group;
  if (d.kind) out.kind = d.kind;
  if (d.uid) out.uid = d.uid;
  if (d.causes?.length) out.causes = d.causes;
  if (d.retryAfterSeconds !== undefined) out.retryAfterSeconds = d.retryAfterSeconds;
  return out;
}

/** `deployments.apps` / `configmaps`: how messages name a resource. */
export interface GroupResource {
  group: string;
  resource: string;
}
export const qualified = (gr: GroupResource) =>
  gr.group ? `${gr.resource}.${gr.group}` : gr.resource;

export const notFound = (gr: GroupResource, name: string) =>
  new ApiError(404, 'NotFound', `${qualified(gr)} "${name}" not found`, {
    name,
    group: gr.group,
    kind: gr.resource,
  });

export const alreadyExists = (gr: GroupResource, name: string) =>
  new ApiError(409, 'AlreadyExists', `${qualified(gr)} "${name}" already exists`, {
    name,
    group: gr.group,
    kind: gr.resource,
  });

export const conflict = (gr: GroupResource, name: string, why: string) =>
  new ApiError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualified(gr)} "${name}": ${why}`,
    {
      name,
      group: gr.group,
      kind: gr.resource,
    },
  );

export const modifiedConflict = (gr: GroupResource, name: string) =>
  conflict(
    gr,
    name,
    'the object has been modified; please apply your changes to the latest version and try again',
  );

export const badRequest = (message: string) => new ApiError(400, 'BadRequest', message);

export const pathNotFound = () =>
  new ApiError(404, 'NotFound', 'the server could not find the requested resource', {});

export const methodNotAllowed = () =>
  new ApiError(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
    {},
  );

export const unsupportedMediaType = (accepted: string[]) =>
  new ApiError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
  );

export const unauthorized = () => new ApiError(401, 'Unauthorized', 'Unauthorized');

export function forbidden(
  user: string,
  verb: string,
  gr: GroupResource,
  namespace: string,
  name?: string,
) {
  const where = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  const subject = name ? `${qualified(gr)} "${name}"` : qualified(gr);
  return new ApiError(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${user}" cannot ${verb} resource "${gr.resource}" in API group "${gr.group}" ${where}`,
    { name, group: gr.group, kind: gr.resource },
  );
}

/** A field-level validation failure (field.Error). */
export interface FieldError {
  field: string;
  /** FieldValueInvalid, FieldValueRequired, FieldValueForbidden, FieldValueNotSupported, ... */
  reason: string;
  /** The message without the field path, e.g. `Invalid value: "x": field is immutable`. */
  detail: string;
}

/** 422 Invalid (errors.NewInvalid): `Kind.group "name" is invalid: <field>: <detail>[, ...]`. */
export function invalid(group: string, kind: string, name: string, errs: FieldError[]) {
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  const parts = errs.map((e) => `${e.field}: ${e.detail}`);
  const summary = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  return new ApiError(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${summary}`, {
    name,
    group,
    kind,
    causes: errs.map((e) => ({ reason: e.reason, message: e.detail, field: e.field })),
  });
}

export const internalError = (message: string) =>
  new ApiError(500, 'InternalError', `Internal error occurred: ${message}`, {
    causes: [{ message }],
  });

export const tooManyRequests = (retryAfterSeconds: number) =>
  new ApiError(
    429,
    'TooManyRequests',
    'Too many requests, please try again later.',
    { retryAfterSeconds },
    { 'retry-after': String(retryAfterSeconds) },
  );

export const serviceUnavailable = () =>
  new ApiError(
    503,
    'ServiceUnavailable',
    'The server is currently unable to handle the request',
    {},
  );

export const gone = (message: string) => new ApiError(410, 'Expired', message);

/** The Status a successful immediate DELETE returns. */
export function deletedStatus(gr: GroupResource, name: string, uid: string) {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: compactDetails({ name, group: gr.group, kind: gr.resource, uid }),
  };
}
