import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { maskResidentIdsIn } from '../privacy/mask-text';
import { toProblem } from './problem-mapping';
import { localiseProblem, prefersChinese } from './problem-messages/localise-problem';
import { PROBLEM_CONTENT_TYPE } from './problem';

/**
 * Writes every error of an HTTP request as `application/problem+json` (RFC 9457). Other contexts
 * (event handlers) are rethrown untouched: their failures mean retry or dead-letter, not a body.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    sendProblem(http.getRequest<Request>(), http.getResponse<Response>(), exception, this.logger);
  }
}

/**
 * Answers a request with the problem an exception maps to. Also used where an error arises after
 * Nest handed the body over (see privacy/personal-data-response.ts), so both answer alike.
 */
export function sendProblem(request: Request, response: Response, exception: unknown, logger: Logger): void {
  // The path without its query string (queries may carry names), with any resident ID in it masked.
  const instance = maskResidentIdsIn((request.originalUrl ?? request.url ?? '').split('?')[0]);
  const { body: problem, headers, unexpected } = toProblem(exception, request);
  const chinese = prefersChinese(request.headers?.['accept-language']);
  const body = chinese ? localiseProblem(problem) : problem;

  if (unexpected || body.status >= 500) {
    const error = exception instanceof Error ? exception : new Error(String(exception));
    logger.error(`${request.method} ${instance} failed: ${error.message}`, error.stack);
  }
  if (response.headersSent) {
    // Too late for a problem body; end the response so the client is not left hanging.
    response.end();
    return;
  }
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.vary('Accept-Language');
  response.setHeader('Content-Language', chinese ? 'zh-CN' : 'en');
  response
    .status(body.status)
    .setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
    .send(JSON.stringify({ ...body.extensions, type: body.type, title: body.title, status: body.status, detail: body.detail, code: body.code, instance, errors: body.errors }));
}
