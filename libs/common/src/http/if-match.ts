// Optimistic concurrency for updates: a GET of a resource answers its version as an ETag; an
// update with If-Match goes through only while that version is current (else 412, nothing
// stored). An update without If-Match behaves as before: the header is the client's choice.
import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiExtension, ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { ProblemException } from './problem';

export const PRECONDITION_FAILED = 'PRECONDITION.FAILED';
/** Marks an operation whose successes carry an ETag; the document post-processor turns it into the header. */
export const ETAG_EXTENSION = 'x-etag';

/** The versions an If-Match accepts; undefined when the request sets no condition (absent or `*`). */
export type ExpectedVersions = readonly number[] | undefined;

const ENTITY_TAG = /^\s*(?:W\/)?"(\d{1,15})"\s*$/;

/** `"3"`, `W/"3"`, `"3", "4"` -> [3] / [3, 4]; `*` or nothing -> undefined; anything else is a 400. */
export function parseIfMatch(header: string | string[] | undefined): ExpectedVersions {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value.trim() === '' || value.trim() === '*') return undefined;
  return value.split(',').map((tag) => {
    const match = ENTITY_TAG.exec(tag);
    if (!match) {
      throw new ProblemException({ status: 400, code: 'PRECONDITION.INVALID_IF_MATCH', detail: 'If-Match must hold entity tags as sent in ETag, e.g. "3".', errors: [{ field: 'If-Match', code: 'entityTag', message: 'not an entity tag of this API' }] });
    }
    return Number(match[1]);
  });
}

/** The If-Match of the request, parsed. */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext): ExpectedVersions => parseIfMatch(context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['if-match']));

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Answers the resource's version as its ETag. */
export function sendETag(response: Pick<Response, 'setHeader'>, version: number): void {
  response.setHeader('ETag', etagOf(version));
}

/**
 * Refuses an update whose If-Match names another version than the current one. Call it inside
 * the update's transaction, after reading the row FOR UPDATE, so no write slips in between.
 */
export function assertCurrentVersion(expected: ExpectedVersions, current: number, what: string): void {
  if (expected === undefined || expected.includes(current)) return;
  throw new ProblemException({
    status: 412,
    code: PRECONDITION_FAILED,
    detail: `The ${what} changed since it was read (version ${current} now, If-Match ${expected.map(etagOf).join(', ')}); read it again and repeat the change.`,
    extensions: { currentVersion: current },
  });
}

/** Documents a GET that answers an ETag. */
export const ApiETag = () => ApiExtension(ETAG_EXTENSION, true);

/** Documents an update that honours If-Match (and answers the new ETag). */
export const ApiIfMatch = (what: string) =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: `The ETag of the ${what} as read; the update is refused with 412 when it is no longer current. Without it the update is unconditional.` }),
    ApiResponse({ status: 412, description: `PRECONDITION.FAILED: the ${what} changed since it was read (\`currentVersion\` in the problem); nothing is stored.` }),
    ApiExtension(ETAG_EXTENSION, true),
  );
