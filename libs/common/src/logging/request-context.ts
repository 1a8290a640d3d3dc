import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

interface RequestContext {
  correlationId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

export function runWithCorrelationId<T>(correlationId: string, fn: () => T): T {
  return storage.run({ correlationId }, fn);
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Takes the caller's X-Correlation-Id (or makes one), echoes it in the response and keeps it for
 * the request's logs and the events it causes.
 */
export function correlationIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-correlation-id');
  const correlationId = given && SAFE_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Correlation-Id', correlationId);
  storage.run({ correlationId }, next);
}
