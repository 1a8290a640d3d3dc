// Errors leave every service as RFC 9457 problem details with a stable `code` (AREA.REASON) that
// clients and integrating departments can branch on; titles and details are for people.
import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';

export const PROBLEM_TYPE_BASE = 'https://civil-affairs.example/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface FieldError {
  /** Dotted path into the request body, e.g. `members.0.residentId`. */
  field: string;
  /** Stable machine code, e.g. the validation constraint `isInt`. */
  code: string;
  message: string;
}

export interface ProblemInit {
  status: number;
  /** Stable `AREA.REASON`, e.g. `DEATH.ALREADY_REGISTERED`. */
  code: string;
  /** Defaults to the HTTP reason phrase of `status`. */
  title?: string;
  detail?: string;
  errors?: FieldError[];
  /** Defaults to PROBLEM_TYPE_BASE + the code in lower case with dots as dashes. */
  type?: string;
  /** Response headers that belong to the problem, e.g. `WWW-Authenticate` on a 401. */
  headers?: Record<string, string>;
  /**
   * RFC 9457 extension members, e.g. the id of the record the request collides with or the day a
   * period ends; the standard members win over them.
   */
  extensions?: Record<string, string | number | boolean | null>;
}

/** The body as sent, minus `instance`, which the filter adds from the request. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  /** Sent as top-level members beside the standard ones (which they never replace). */
  extensions?: Record<string, string | number | boolean | null>;
}

/** `AUTH.TOKEN_EXPIRED` -> `https://civil-affairs.example/problems/auth-token_expired` */
export function problemTypeFor(code: string): string {
  return `${PROBLEM_TYPE_BASE}${code.toLowerCase().replace(/\./g, '-')}`;
}

export function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

export class ProblemException extends HttpException {
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(init: ProblemInit) {
    const body: ProblemBody = {
      type: init.type ?? problemTypeFor(init.code),
      title: init.title ?? reasonPhrase(init.status),
      status: init.status,
      ...(init.detail !== undefined && { detail: init.detail }),
      code: init.code,
      ...(init.errors !== undefined && { errors: init.errors }),
      ...(init.extensions !== undefined && { extensions: init.extensions }),
    };
    super(body, init.status);
    this.code = init.code;
    this.headers = init.headers ?? {};
    // Logs show the message; make it say what happened instead of "Http Exception".
    this.message = `${init.code}: ${init.detail ?? body.title}`;
    this.name = 'ProblemException';
  }

  get problem(): ProblemBody {
    return this.getResponse() as ProblemBody;
  }
}
