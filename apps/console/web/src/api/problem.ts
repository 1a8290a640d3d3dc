// Problem details (RFC 9457) as the console reads them. The services and the console send
// `errors: [{ field, code, message }]` (libs/common/src/http/problem.ts); here they are `fields`.

export interface FieldProblem {
  /** Dotted path into the request body, e.g. `members.0.residentId`. */
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  status: number;
  /** Stable `AREA.REASON`: what the UI branches on and translates (locale/problems.zh-CN.ts). */
  code: string;
  /** For developers, in English; never shown as the message. */
  detail?: string;
  fields: FieldProblem[];
  /** Extension members, e.g. `lockedUntil` of AUTH.LOCKED. */
  extensions: Record<string, unknown>;
}

/** What a failed request rejects with, everywhere in the console. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code} (${problem.status})${problem.detail ? `: ${problem.detail}` : ''}`);
    this.name = 'ProblemError';
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'code', 'instance', 'errors']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldsOf(errors: unknown): FieldProblem[] {
  if (!Array.isArray(errors)) return [];
  return errors.filter(isRecord).map((e) => ({ field: String(e.field ?? ''), code: String(e.code ?? ''), message: String(e.message ?? '') }));
}

/** 502 -> HTTP.BAD_GATEWAY: the code a service would have sent, for answers without a body. */
const STATUS_CODES: Readonly<Record<number, string>> = {
  400: 'HTTP.BAD_REQUEST',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'HTTP.NOT_FOUND',
  405: 'HTTP.METHOD_NOT_ALLOWED',
  408: 'HTTP.REQUEST_TIMEOUT',
  409: 'HTTP.CONFLICT',
  413: 'HTTP.PAYLOAD_TOO_LARGE',
  415: 'HTTP.UNSUPPORTED_MEDIA_TYPE',
  422: 'HTTP.UNPROCESSABLE_ENTITY',
  429: 'HTTP.TOO_MANY_REQUESTS',
  500: 'HTTP.INTERNAL_SERVER_ERROR',
  501: 'HTTP.NOT_IMPLEMENTED',
  502: 'HTTP.BAD_GATEWAY',
  503: 'HTTP.SERVICE_UNAVAILABLE',
  504: 'HTTP.GATEWAY_TIMEOUT',
};

/** The problem of a body already parsed as JSON (or anything else a server sent). */
export function problemFromBody(status: number, body: unknown): Problem {
  if (!isRecord(body) || typeof body.code !== 'string') {
    return { status, code: STATUS_CODES[status] ?? 'RESPONSE.UNREADABLE', fields: [], extensions: {} };
  }
  const extensions = Object.fromEntries(Object.entries(body).filter(([key]) => !STANDARD_MEMBERS.has(key)));
  return {
    status: typeof body.status === 'number' ? body.status : status,
    code: body.code,
    ...(typeof body.detail === 'string' && { detail: body.detail }),
    fields: fieldsOf(body.errors),
    extensions,
  };
}

/** Reads a failed response: problem+json (or plain JSON with a code), else a problem from the status. */
export async function problemFromResponse(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/\bjson\b/i.test(type)) return problemFromBody(response.status, null);
  try {
    return problemFromBody(response.status, await response.json());
  } catch {
    return problemFromBody(response.status, null);
  }
}

export function networkProblem(): Problem {
  return { status: 0, code: 'NETWORK.UNREACHABLE', fields: [], extensions: {} };
}
