import { type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { maskResidentIdsIn } from '../privacy/mask-text';
import { CREATED_AT_KEY, fillLocation, locationTemplateOf } from './created-location';

/**
 * Sends Location on every 201 that does not set one itself: the URL where the creation can be
 * read (created-location.ts works it out from the app's GET routes, or @CreatedAt names it).
 * The status is final here: Nest sets @HttpCode's before the interceptors run, and a handler
 * that chooses between 200 and 201 (`res.status`) has done so once its result arrives.
 */
export class CreatedLocationInterceptor implements NestInterceptor {
  private readonly templates = new Map<string, string>();

  constructor(private readonly getPaths: readonly string[]) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        if (response.statusCode === 201 && !response.headersSent && !response.getHeader('Location')) {
          const template = this.templateFor(String((request.route as { path?: string } | undefined)?.path ?? request.path), context.getHandler());
          // A body without the field the template needs still gets a Location: the path it was posted to.
          const location = fillLocation(template, request.params as Record<string, string>, body) ?? request.path;
          // A resident ID in a path is personal data: masked as in a problem's `instance`.
          response.setHeader('Location', maskResidentIdsIn(location));
        }
        return body;
      }),
    );
  }

  private templateFor(routePath: string, handler: object): string {
    const explicit = Reflect.getMetadata(CREATED_AT_KEY, handler) as string | undefined;
    const key = `${routePath} ${explicit ?? ''}`;
    let template = this.templates.get(key);
    if (template === undefined) {
      template = locationTemplateOf(routePath, this.getPaths, explicit).template;
      this.templates.set(key, template);
    }
    return template;
  }
}
