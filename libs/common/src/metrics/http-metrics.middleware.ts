import type { NextFunction, Request, Response } from 'express';
import { Histogram, register } from 'prom-client';

const httpDuration =
  (register.getSingleMetric('civil_affairs_http_request_duration_seconds') as Histogram<string>) ??
  new Histogram({
    name: 'civil_affairs_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  });

/**
 * Times every HTTP request to the end of its response. An Express middleware rather than a Nest
 * interceptor: Nest wraps each interceptor in an AsyncResource and an rxjs pipeline per request,
 * which cost more than the measurement on hot write paths (see docs/performance.md, bench/meals).
 * Labels by route pattern, not by URL, so IDs in paths do not explode the label set; the route is
 * known only once the router has matched, so it is read when the response finishes.
 */
export function httpMetricsMiddleware(req: Request, res: Response, next: NextFunction): void {
  const end = httpDuration.startTimer();
  res.once('finish', () => {
    end({ method: req.method, route: (req.route as { path?: string } | undefined)?.path ?? 'unknown', status: String(res.statusCode) });
  });
  next();
}
