import { currentCorrelationId } from '@app/common/logging/request-context';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';
import { consoleProblem } from '../problems';
import type { ConsoleUser } from '../users/user.entity';
import { forwardTarget } from './rules/forward-target.rule';
import { ServiceTokenMinter } from './service-token';

/** Request headers that mean something to a service; cookies and the browser's own never travel. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', 'x-unmask-reason', 'if-match', 'prefer'];
/** Response headers relayed besides the status and body. */
const RELAYED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'retry-after', 'etag', 'preference-applied'];
const WITHOUT_BODY = new Set(['GET', 'HEAD']);

type RequestWithRawBody = Request & { rawBody?: Buffer };

/**
 * The backend-for-frontend: /api/svc/<service>/<path> goes to the service at <path>, with the
 * query string and body as sent, a freshly minted service token and the request's correlation
 * id. The answer (status, content type, body) comes back unchanged, problems included.
 */
@Injectable()
export class ProxyService {
  private readonly logger = new Logger(ProxyService.name);

  constructor(
    private readonly tokens: ServiceTokenMinter,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  async forward(service: string, req: RequestWithRawBody, res: Response, user: ConsoleUser): Promise<void> {
    const target = forwardTarget(this.config.services, service, req.originalUrl);
    if ('problem' in target) {
      const detail =
        target.problem === 'UNKNOWN_SERVICE' ? `The console forwards to ${Object.keys(this.config.services).join(', ')}; not to "${service}".` : `The path leaves the service ${service}.`;
      throw consoleProblem('CONSOLE.UNKNOWN_SERVICE', { status: 404, detail });
    }
    let answer: globalThis.Response;
    let body: Buffer;
    try {
      answer = await fetch(target.url, { method: req.method, headers: this.headers(req, user), ...this.body(req), redirect: 'manual', signal: AbortSignal.timeout(this.config.proxyTimeoutMs) });
      body = Buffer.from(await answer.arrayBuffer());
    } catch (err) {
      this.logger.warn(`${service} did not answer ${req.method} ${new URL(target.url).pathname}: ${(err as Error).message}`);
      throw consoleProblem('CONSOLE.SERVICE_UNAVAILABLE', { status: 502, detail: `The service ${service} did not answer; try again later.` });
    }
    res.status(answer.status);
    for (const name of RELAYED_RESPONSE_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) res.setHeader(name, value);
    }
    // The service's Location is a path of the service; the browser reaches it through the console.
    const location = answer.headers.get('location');
    if (location?.startsWith('/')) res.setHeader('Location', `/api/svc/${service}${location}`);
    res.end(body);
  }

  private headers(req: Request, user: ConsoleUser): Record<string, string> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.tokens.mint(user)}` };
    const correlationId = currentCorrelationId();
    if (correlationId) headers['x-correlation-id'] = correlationId;
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    return headers;
  }

  /** JSON arrives parsed, with its bytes kept (rawBody); any other body (CSV, NDJSON) is still unread and streams through. */
  private body(req: RequestWithRawBody): { body?: NonNullable<RequestInit['body']>; duplex?: 'half' } {
    if (WITHOUT_BODY.has(req.method)) return {};
    if (req.rawBody) return { body: req.rawBody };
    if (req.readable && !req.readableEnded) return { body: Readable.toWeb(req) as unknown as NonNullable<RequestInit['body']>, duplex: 'half' };
    return {};
  }
}
