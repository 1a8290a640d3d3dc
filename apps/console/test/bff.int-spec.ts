import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { verifyToken } from '@app/common/auth/jwt';
import jwt from 'jsonwebtoken';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createUser, loginAdmin, startConsole, type Browser, type ConsoleHarness } from './console-harness';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stand-in service on a real port: records each request and answers as the test says. */
async function startFakeService(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (req.url!.startsWith('/api/v1/problem')) {
        res.writeHead(422, { 'Content-Type': 'application/problem+json; charset=utf-8', 'Set-Cookie': 'service=1', 'X-Internal': 'secret' });
        res.end(JSON.stringify({ type: 'https://civil-affairs.example/problems/dibao-income_too_high', title: 'Unprocessable Entity', status: 422, code: 'DIBAO.INCOME_TOO_HIGH', errors: [{ field: 'income', code: 'tooHigh', message: 'x' }] }));
        return;
      }
      if (req.url!.startsWith('/api/v1/file')) {
        res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="payroll.csv"' });
        res.end('a,b\n1,2\n');
        return;
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ echoed: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('console backend-for-frontend: /api/svc/<service>/… with a minted service token', () => {
  let h: ConsoleHarness;
  let fake: Awaited<ReturnType<typeof startFakeService>>;
  let admin: Browser;
  let clerk: Browser;
  let clerkId: string;
  const secret = process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET;

  beforeAll(async () => {
    fake = await startFakeService();
    h = await startConsole('console_bff', { SOCIAL_ASSISTANCE_URL: fake.url, CANTEEN_URL: `http://127.0.0.1:${await closedPort()}`, CONSOLE_SERVICE_TOKEN_TTL: '2m' });
    admin = await loginAdmin(h);
    ({ id: clerkId, browser: clerk } = await createUser(h, admin, { username: 'wu.clerk', roles: ['operator', 'reviewer'], division: '110105001' }));
  });

  afterAll(async () => {
    await h?.close();
    await new Promise((resolve) => fake?.server.close(resolve));
  });

  const last = (): Received => fake.received[fake.received.length - 1];

  it('forwards a GET to the service at the same path and query, with a token for the user that the services’ verifier accepts', async () => {
    const res = await clerk.get('/api/svc/social-assistance/api/v1/households?page=2&q=%E5%BC%A0').set('X-Correlation-Id', 'corr-bff-1').expect(200);
    expect(res.body).toEqual({ echoed: true });
    expect(last()).toMatchObject({ method: 'GET', url: '/api/v1/households?page=2&q=%E5%BC%A0' });
    expect(last().headers['x-correlation-id']).toBe('corr-bff-1');
    expect(res.headers['x-correlation-id']).toBe('corr-bff-1');

    const token = /^Bearer (.+)$/.exec(last().headers.authorization!)![1];
    expect(verifyToken(token, secret)).toEqual({ sub: 'wu.clerk', roles: ['operator', 'reviewer'], division: '110105001' });
    const { iat, exp } = jwt.decode(token) as jwt.JwtPayload;
    expect(exp! - iat!).toBe(120);
    expect(jwt.decode(token, { complete: true })!.header.alg).toBe('HS256');
  });

  it('never hands the browser’s cookie or CSRF token to the service, nor the service token to the browser', async () => {
    const res = await clerk.post('/api/svc/social-assistance/api/v1/households', { name: '张家' }).expect(201);
    expect(last().headers.cookie).toBeUndefined();
    expect(last().headers['x-csrf-token']).toBeUndefined();
    expect(JSON.stringify(res.headers)).not.toContain(last().headers.authorization!.slice(7));
  });

  it('forwards the JSON body as sent and relays the status', async () => {
    const body = '{"members":[{"residentId":"110105194912310021"}],"note":"第一 行"}';
    await request(h.server)
      .post('/api/svc/social-assistance/api/v1/households')
      .set('Cookie', clerk.cookie)
      .set('X-CSRF-Token', clerk.csrfToken)
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(201);
    expect(last()).toMatchObject({ method: 'POST', body });
    expect(last().headers['content-type']).toBe('application/json');
  });

  it('streams other bodies (CSV) through as they are', async () => {
    const csv = 'residentId,name\n110105194912310021,张三\n';
    await request(h.server).put('/api/svc/social-assistance/api/v1/import').set('Cookie', clerk.cookie).set('X-CSRF-Token', clerk.csrfToken).set('Content-Type', 'text/csv').send(csv).expect(200);
    expect(last()).toMatchObject({ method: 'PUT', url: '/api/v1/import', body: csv });
    expect(last().headers['content-type']).toBe('text/csv');
  });

  it('relays a service’s problem unchanged: status, content type, body; not its other headers', async () => {
    const res = await clerk.post('/api/svc/social-assistance/api/v1/problem', {}).expect(422);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.body).toMatchObject({ code: 'DIBAO.INCOME_TOO_HIGH', errors: [{ field: 'income' }] });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['x-internal']).toBeUndefined();
  });

  it('relays a file with its content type and disposition', async () => {
    const res = await clerk.get('/api/svc/social-assistance/api/v1/file').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="payroll.csv"');
    expect(res.text).toBe('a,b\n1,2\n');
  });

  it('mints from the user’s row at each call: a role or division change counts from the next call', async () => {
    await admin.patch(`/api/users/${clerkId}`, { roles: ['auditor'], division: '110105' }).expect(200);
    await clerk.get('/api/svc/social-assistance/api/v1/households').expect(200);
    expect(verifyToken(last().headers.authorization!.slice(7), secret)).toEqual({ sub: 'wu.clerk', roles: ['auditor'], division: '110105' });
    await admin.patch(`/api/users/${clerkId}`, { roles: ['operator', 'reviewer'], division: '110105001' }).expect(200);
  });

  it('answers 404 CONSOLE.UNKNOWN_SERVICE for a service it does not know, and 502 CONSOLE.SERVICE_UNAVAILABLE when one does not answer', async () => {
    const unknown = await clerk.get('/api/svc/payroll-bank/api/v1/x').expect(404);
    expect(unknown.body.code).toBe('CONSOLE.UNKNOWN_SERVICE');
    const down = await clerk.get('/api/svc/canteen/api/v1/canteens').expect(502);
    expect(down.headers['content-type']).toContain('application/problem+json');
    expect(down.body.code).toBe('CONSOLE.SERVICE_UNAVAILABLE');
  });

  it('keeps the session and CSRF rules: no session 401, a write without the token 403, and nothing reaches the service', async () => {
    const before = fake.received.length;
    expect((await request(h.server).get('/api/svc/social-assistance/api/v1/households').expect(401)).body.code).toBe('AUTH.NO_SESSION');
    const forged = await request(h.server).post('/api/svc/social-assistance/api/v1/households').set('Cookie', clerk.cookie).send({}).expect(403);
    expect(forged.body.code).toBe('AUTH.CSRF');
    expect(fake.received.length).toBe(before);
  });
});
