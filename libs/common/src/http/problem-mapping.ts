// Pure translation of whatever was thrown into a problem body. Kept apart from the filter so the
// mapping rules can be read (and tested) without an HTTP server.
import { BadRequestException, HttpException } from '@nestjs/common';
import { ProblemException, problemTypeFor, reasonPhrase, type ProblemBody } from './problem';
import { PolicyNotFoundError, PolicyValueError } from '../policy/value-in-force';

export interface MappedProblem {
  body: ProblemBody;
  headers: Record<string, string>;
  /** Not an HTTP error anybody meant to send: log it with its stack. */
  unexpected: boolean;
}

/** What the mapping needs to know about the request. */
export interface RequestFacts {
  method?: string;
  headers?: Record<string, string | string[] | undefined>;
  body?: unknown;
}

const SPECIAL_CODES: Record<number, string> = {
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
};

/** 404 -> HTTP.NOT_FOUND, 413 -> HTTP.PAYLOAD_TOO_LARGE; a status without a name -> HTTP.599. */
export function httpCodeFor(status: number): string {
  if (SPECIAL_CODES[status]) return SPECIAL_CODES[status];
  const phrase = reasonPhrase(status);
  if (phrase === 'Error') return `HTTP.${status}`;
  return `HTTP.${phrase.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '')}`;
}

function build(status: number, code: string, detail?: string, headers: Record<string, string> = {}, unexpected = false): MappedProblem {
  const body: ProblemBody = { type: problemTypeFor(code), title: reasonPhrase(status), status, code };
  if (detail) body.detail = detail;
  return { body, headers, unexpected };
}

/**
 * A figure the service needs is missing or malformed for the date: the bureau has to add or
 * correct it, which is not the caller's fault, so 503 (not a 4xx) everywhere, in every service,
 * with the key and the date (and month) to fix as extension members. Never a 500: nothing broke.
 */
function policyProblem(exception: PolicyNotFoundError | PolicyValueError): MappedProblem {
  const mapped =
    exception instanceof PolicyNotFoundError
      ? build(503, 'POLICY.NOT_IN_FORCE', exception.message)
      : build(503, 'POLICY.STORED_VALUE_INVALID', exception.message);
  mapped.body.extensions =
    exception instanceof PolicyNotFoundError
      ? { key: exception.key, date: exception.onDate, ...(exception.month ? { month: exception.month } : {}), ...(exception.entry ? { entry: exception.entry } : {}) }
      : { key: exception.key, effectiveFrom: exception.effectiveFrom };
  return mapped;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Socket errors, and PostgreSQL's "connection exception" class 08, shutdown (57P01-03) and
// "too many connections" (53300): the database is down or full, which passes.
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|08\w{3}|57P0[123]|53300)$/;
const UNREACHABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;
/** Seconds a caller is told to wait before retrying while a dependency is down. */
export const DEPENDENCY_RETRY_AFTER_S = 5;

/** A database (or other dependency) that does not answer: 503 with Retry-After, not a 500. */
export function isDependencyUnavailable(exception: unknown): boolean {
  if (!isRecord(exception)) return false;
  const driver = isRecord(exception.driverError) ? exception.driverError : {};
  const code = exception.code ?? driver.code;
  if (typeof code === 'string' && UNREACHABLE.test(code)) return true;
  return typeof exception.message === 'string' && UNREACHABLE_MESSAGE.test(exception.message);
}

function messageOf(exception: HttpException): string | undefined {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = isRecord(response) ? response.message : undefined;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return undefined;
}

function isJsonContentType(headers: RequestFacts['headers']): boolean {
  const contentType = headers?.['content-type'];
  return typeof contentType === 'string' && /^application\/([\w.+-]+\+)?json\b/i.test(contentType);
}

/**
 * body-parser rejected the JSON body. Express hands its error over untouched
 * (`type: 'entity.parse.failed'`), but Nest 11 first replaces a body-parser SyntaxError with
 * `new BadRequestException(err.message)`, dropping the type. That case is recognised by what is
 * left: a plain 400 mentioning JSON, for a JSON request whose body was never parsed.
 */
function isMalformedJson(exception: unknown, request: RequestFacts): boolean {
  if (isRecord(exception) && exception.type === 'entity.parse.failed') return true;
  return (
    exception instanceof BadRequestException &&
    request.body === undefined &&
    isJsonContentType(request.headers) &&
    /\bJSON\b/.test(messageOf(exception) ?? '')
  );
}

/** Errors from Express middleware (http-errors: body too large, bad charset) carry a status. */
function clientErrorStatus(exception: unknown): number | undefined {
  if (!isRecord(exception) || exception.expose !== true) return undefined;
  const status = exception.status ?? exception.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

export function toProblem(exception: unknown, request: RequestFacts = {}): MappedProblem {
  if (exception instanceof ProblemException) {
    return { body: { ...exception.problem }, headers: { ...exception.headers }, unexpected: false };
  }
  if (isMalformedJson(exception, request)) {
    // Never echo the parser's message: V8 quotes the start of the body, which may hold personal data.
    return build(400, 'REQUEST.MALFORMED_JSON', 'The request body is not valid JSON.');
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const headers: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
    // A 5xx message may describe internals; a 4xx one was written for the client.
    let detail = status < 500 ? messageOf(exception) : undefined;
    // Nest's "Cannot GET /path?query": drop the query string, which may carry personal data.
    if (status === 404 && detail?.startsWith('Cannot ')) detail = `No route for ${detail.slice(7).split('?')[0]}`;
    return build(status, httpCodeFor(status), detail, headers);
  }
  if (exception instanceof PolicyNotFoundError || exception instanceof PolicyValueError) return policyProblem(exception);
  if (isDependencyUnavailable(exception)) {
    // Logged with its stack (unexpected) so operators see which dependency; the caller learns only that it passes.
    return build(503, 'DEPENDENCY.UNAVAILABLE', 'A service this request needs does not answer; try again shortly.', { 'Retry-After': String(DEPENDENCY_RETRY_AFTER_S) }, true);
  }
  const status = clientErrorStatus(exception);
  if (status !== undefined) {
    return build(status, httpCodeFor(status), (exception as { message?: string }).message);
  }
  return build(500, 'INTERNAL.ERROR', 'An unexpected error occurred.', {}, true);
}
