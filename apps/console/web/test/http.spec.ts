import { CSRF_HEADER, send, setAuthRedirectHandler, setCsrfToken, type AuthRedirect } from '../src/api/http';
import { ProblemError } from '../src/api/problem';

const BASE = 'http://console.test';

function problemResponse(status: number, code: string): Response {
  return new Response(JSON.stringify({ status, code }), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

describe('send, the one fetch wrapper', () => {
  const realFetch = globalThis.fetch;
  let sent: Request[];
  let answer: () => Promise<Response>;
  let redirects: AuthRedirect[];

  beforeEach(() => {
    sent = [];
    redirects = [];
    answer = async () => new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    globalThis.fetch = (async (input: Request) => {
      sent.push(input);
      return answer();
    }) as typeof fetch;
    setAuthRedirectHandler((r) => redirects.push(r));
    setCsrfToken('token-1');
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
    setCsrfToken(null);
  });

  it('adds the CSRF token to writes, not to reads, and sends cookies same-origin', async () => {
    await send(new Request(`${BASE}/api/users`));
    await send(new Request(`${BASE}/api/users`, { method: 'POST', body: '{}' }));
    await send(new Request(`${BASE}/api/users/1`, { method: 'PATCH', body: '{}' }));
    expect(sent.map((r) => r.headers.get(CSRF_HEADER))).toEqual([null, 'token-1', 'token-1']);
    expect(sent.every((r) => r.credentials === 'same-origin')).toBe(true);
  });

  it('rejects with the problem and sends the user to 登录 when the session is gone', async () => {
    answer = async () => problemResponse(401, 'AUTH.SESSION_EXPIRED');
    await expect(send(new Request(`${BASE}/api/users`))).rejects.toBeInstanceOf(ProblemError);
    expect(redirects.map((r) => [r.to, r.problem.code])).toEqual([['login', 'AUTH.SESSION_EXPIRED']]);
  });

  it('sends the user to 修改密码 while the password must be changed', async () => {
    answer = async () => problemResponse(403, 'AUTH.PASSWORD_CHANGE_REQUIRED');
    await expect(send(new Request(`${BASE}/api/users`))).rejects.toMatchObject({ problem: { code: 'AUTH.PASSWORD_CHANGE_REQUIRED' } });
    expect(redirects.map((r) => r.to)).toEqual(['change-password']);
  });

  it('leaves other refusals to the screen', async () => {
    answer = async () => problemResponse(401, 'AUTH.INVALID_CREDENTIALS');
    await expect(send(new Request(`${BASE}/api/session`, { method: 'POST', body: '{}' }))).rejects.toMatchObject({ problem: { status: 401, code: 'AUTH.INVALID_CREDENTIALS' } });
    expect(redirects).toEqual([]);
  });

  it('turns a connection failure into NETWORK.UNREACHABLE', async () => {
    answer = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(send(new Request(`${BASE}/api/session`))).rejects.toMatchObject({ problem: { status: 0, code: 'NETWORK.UNREACHABLE' } });
  });
});
