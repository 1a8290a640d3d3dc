import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/**
 * What the work in progress — an HTTP request, or an event being handled — passes on to
 * everything it causes: its logs, audit rows and the events it publishes.
 */
export interface RequestContext {
  /** Shared by everything one request or one original event caused. */
  correlationId: string;
  /** Set while an event is handled: that event's id, the cause of every event published meanwhile. */
  causationId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

/** The id of the event being handled, or undefined outside an event handler. */
export function currentCausationId(): string | undefined {
  return storage.getStore()?.causationId;
}

/** Runs `fn` (and everything it awaits) in `context`: the consumer transport wraps each handler in one. */
export function runInContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run({ ...context }, fn);
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
