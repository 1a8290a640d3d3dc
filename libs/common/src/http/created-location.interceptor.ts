import { applyDecorators, SetMetadata, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { CREATED_AT_KEY, setLocation } from './created-location';

/**
 * Names where a route's creation can be read when the app's GET routes do not tell: a path
 * template with the route's `:params` and `{field}`s of the response body. Only such a route pays
 * for an interceptor: every other 201 gets its Location where Express writes the body
 * (sendLocationOnCreations), since Nest's interceptor machinery on every request cost the meal
 * path 40 % more CPU (docs/performance.md, bench/meals).
 */
export const CreatedAt = (template: string) => applyDecorators(SetMetadata(CREATED_AT_KEY, template), UseInterceptors(new CreatedAtInterceptor(template)));

class CreatedAtInterceptor implements NestInterceptor {
  constructor(private readonly template: string) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        setLocation(request, response, this.template, body);
        return body;
      }),
    );
  }
}
