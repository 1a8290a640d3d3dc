import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Histogram, register } from 'prom-client';
import { finalize, type Observable } from 'rxjs';

const httpDuration =
  (register.getSingleMetric('civil_affairs_http_request_duration_seconds') as Histogram<string>) ??
  new Histogram({
    name: 'civil_affairs_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  });

/** Labels by route pattern, not by URL, so IDs in paths do not explode the label set. */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const end = httpDuration.startTimer();
    return next.handle().pipe(
      finalize(() => {
        const res = http.getResponse<Response>();
        end({ method: req.method, route: (req.route as { path?: string } | undefined)?.path ?? 'unknown', status: String(res.statusCode) });
      }),
    );
  }
}
