import type { NextFunction, Request, Response } from 'express';
import type { JsonLogger } from './json-logger';

/** Probes and scrapes arrive every few seconds from the orchestrator and Prometheus: not requests anyone reads a log of. */
const QUIET_PATHS = /^\/(health|metrics)(\/|$)/;

/**
 * One access line per request when it ends: method, route, status, duration and correlation id.
 * The route is the matched pattern (`/api/v1/elders/:residentId`), never the URL, so neither an
 * ID in a path nor a query string reaches the log; the logger masks any resident ID besides. A
 * request the client gave up on before the answer is logged with status 499. Written at `info`:
 * LOG_LEVEL=warn turns it off (the benches run so).
 */
export function accessLogMiddleware(logger: JsonLogger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!logger.isEnabled('log') || QUIET_PATHS.test(req.path)) {
      next();
      return;
    }
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? '(no route)';
      const status = res.writableFinished ? res.statusCode : 499;
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const correlationId = res.getHeader('X-Correlation-Id');
      logger.info('http', `${req.method} ${route} ${status} ${durationMs} ms`, { method: req.method, route, status, durationMs, correlationId: typeof correlationId === 'string' ? correlationId : undefined });
    });
    next();
  };
}
