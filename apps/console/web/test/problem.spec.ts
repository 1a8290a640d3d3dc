import { problemFromBody, problemFromResponse } from '../src/api/problem';

describe('reading problem details', () => {
  it('takes code, detail, field errors and extension members', () => {
    const problem = problemFromBody(423, {
      type: 'https://civil-affairs.example/problems/auth-locked',
      title: 'Locked',
      status: 423,
      code: 'AUTH.LOCKED',
      detail: 'Too many failed logins.',
      instance: '/api/session',
      lockedUntil: '2024-07-01T08:15:00.000Z',
    });
    expect(problem).toEqual({ status: 423, code: 'AUTH.LOCKED', detail: 'Too many failed logins.', fields: [], extensions: { lockedUntil: '2024-07-01T08:15:00.000Z' } });
  });

  it('turns `errors` into fields', () => {
    const problem = problemFromBody(409, { status: 409, code: 'USER.USERNAME_TAKEN', errors: [{ field: 'username', code: 'taken', message: 'already in use' }] });
    expect(problem.fields).toEqual([{ field: 'username', code: 'taken', message: 'already in use' }]);
  });

  it('gives an answer without a problem body the code of its status', () => {
    expect(problemFromBody(502, '<html>Bad Gateway</html>').code).toBe('HTTP.BAD_GATEWAY');
    expect(problemFromBody(599, null).code).toBe('RESPONSE.UNREADABLE');
  });

  it('reads application/problem+json from a response', async () => {
    const response = new Response(JSON.stringify({ status: 401, code: 'AUTH.SESSION_EXPIRED' }), { status: 401, headers: { 'Content-Type': 'application/problem+json; charset=utf-8' } });
    await expect(problemFromResponse(response)).resolves.toMatchObject({ status: 401, code: 'AUTH.SESSION_EXPIRED' });
  });

  it('does not trust a body that says JSON but is not', async () => {
    const response = new Response('{oops', { status: 500, headers: { 'Content-Type': 'application/json' } });
    await expect(problemFromResponse(response)).resolves.toMatchObject({ status: 500, code: 'HTTP.INTERNAL_SERVER_ERROR' });
  });
});
