import { BadRequestException, HttpException, ServiceUnavailableException, UnauthorizedException, type ArgumentsHost } from '@nestjs/common';
import { httpCodeFor, toProblem } from './problem-mapping';
import { PROBLEM_TYPE_BASE, ProblemException, problemTypeFor } from './problem';
import { ProblemDetailsFilter } from './problem.filter';
import { PolicyNotFoundError, PolicyValueError } from '../policy/value-in-force';

const JSON_REQUEST = { method: 'POST', headers: { 'content-type': 'application/json' } };

describe('ProblemException', () => {
  it('derives type and title, and keeps code, errors and headers', () => {
    const problem = new ProblemException({
      status: 401,
      code: 'AUTH.TOKEN_EXPIRED',
      errors: [{ field: 'x', code: 'y', message: 'z' }],
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
    expect(problem.getStatus()).toBe(401);
    expect(problem.problem).toEqual({
      type: `${PROBLEM_TYPE_BASE}auth-token_expired`,
      title: 'Unauthorized',
      status: 401,
      code: 'AUTH.TOKEN_EXPIRED',
      errors: [{ field: 'x', code: 'y', message: 'z' }],
    });
    expect(problem.headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
    expect(problem.message).toBe('AUTH.TOKEN_EXPIRED: Unauthorized');
  });

  it('takes an explicit type and title', () => {
    const problem = new ProblemException({ status: 422, code: 'X.Y', type: 'urn:x', title: 'Custom', detail: 'd' });
    expect(problem.problem).toMatchObject({ type: 'urn:x', title: 'Custom', detail: 'd' });
  });

  it('builds type URLs from codes', () => {
    expect(problemTypeFor('DEATH.ALREADY_REGISTERED')).toBe('https://civil-affairs.example/problems/death-already_registered');
  });
});

describe('httpCodeFor', () => {
  it.each([
    [400, 'HTTP.BAD_REQUEST'],
    [401, 'AUTH.UNAUTHENTICATED'],
    [403, 'AUTH.FORBIDDEN'],
    [404, 'HTTP.NOT_FOUND'],
    [409, 'HTTP.CONFLICT'],
    [413, 'HTTP.PAYLOAD_TOO_LARGE'],
    [415, 'HTTP.UNSUPPORTED_MEDIA_TYPE'],
    [418, 'HTTP.I_M_A_TEAPOT'],
    [429, 'HTTP.TOO_MANY_REQUESTS'],
    [503, 'HTTP.SERVICE_UNAVAILABLE'],
    [599, 'HTTP.599'],
  ])('%i -> %s', (status, code) => {
    expect(httpCodeFor(status)).toBe(code);
  });
});

describe('toProblem', () => {
  it('answers a date with no policy in force with 503 POLICY.NOT_IN_FORCE, not a 500', () => {
    const mapped = toProblem(new PolicyNotFoundError('child-welfare.allowance.dispersed-fen-per-month', '1990-01-01'));
    expect(mapped.unexpected).toBe(false);
    expect(mapped.body).toMatchObject({ status: 503, code: 'POLICY.NOT_IN_FORCE' });
    expect(mapped.body.detail).toContain('1990-01-01');
  });

  it('names the key, the date and the month of a missing figure as extension members', () => {
    const mapped = toProblem(new PolicyNotFoundError('elderly-care.service-subsidy.monthly-fen', '2019-12-01', '2019-12'));
    expect(mapped.body.extensions).toEqual({ key: 'elderly-care.service-subsidy.monthly-fen', date: '2019-12-01', month: '2019-12' });
    expect(toProblem(new PolicyNotFoundError('k.x', '2019-12-05')).body.extensions).toEqual({ key: 'k.x', date: '2019-12-05' });
  });

  it('answers a stored value that fails its schema with 503 POLICY.STORED_VALUE_INVALID naming the key, not a 500', () => {
    const mapped = toProblem(new PolicyValueError('canteen.meal-subsidy.tiers', '2024-01-01', 'ageBands: expected array'));
    expect(mapped.unexpected).toBe(false);
    expect(mapped.body).toMatchObject({ status: 503, code: 'POLICY.STORED_VALUE_INVALID', extensions: { key: 'canteen.meal-subsidy.tiers', effectiveFrom: '2024-01-01' } });
    expect(mapped.body.detail).toContain('ageBands');
  });

  it('recognises an untouched body-parser parse error', () => {
    const err = Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400, expose: true });
    expect(toProblem(err, JSON_REQUEST).body.code).toBe('REQUEST.MALFORMED_JSON');
  });

  it('recognises the BadRequestException Nest makes of a body-parser SyntaxError', () => {
    const err = new BadRequestException(`Expected property name or '}' in JSON at position 1`);
    expect(toProblem(err, JSON_REQUEST).body).toMatchObject({ code: 'REQUEST.MALFORMED_JSON', detail: 'The request body is not valid JSON.' });
  });

  it('leaves a handler-thrown 400 mentioning JSON alone once the body was parsed', () => {
    const err = new BadRequestException('field settings must hold JSON');
    expect(toProblem(err, { ...JSON_REQUEST, body: {} }).body).toMatchObject({ code: 'HTTP.BAD_REQUEST', detail: 'field settings must hold JSON' });
  });

  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a query failed on a closed connection', Object.assign(new Error('terminating connection due to administrator command'), { driverError: { code: '57P01' } })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['an exhausted pool', new Error('timeout exceeded when trying to connect')],
  ])('answers %s with 503 DEPENDENCY.UNAVAILABLE and Retry-After, logged as unexpected', (_, error) => {
    const { body, headers, unexpected } = toProblem(error);
    expect(body).toMatchObject({ status: 503, code: 'DEPENDENCY.UNAVAILABLE' });
    expect(headers).toEqual({ 'Retry-After': '5' });
    expect(unexpected).toBe(true);
  });

  it('keeps a constraint violation a 500, not a dependency outage', () => {
    expect(toProblem(Object.assign(new Error('duplicate key'), { driverError: { code: '23505' } })).body.code).toBe('INTERNAL.ERROR');
  });

  it('adds WWW-Authenticate to a plain 401', () => {
    expect(toProblem(new UnauthorizedException()).headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
  });

  it('keeps 5xx HttpException messages out of the body', () => {
    const { body, unexpected } = toProblem(new ServiceUnavailableException('redis at 10.0.0.7 down'));
    expect(body).toEqual({ type: `${PROBLEM_TYPE_BASE}http-service_unavailable`, title: 'Service Unavailable', status: 503, code: 'HTTP.SERVICE_UNAVAILABLE' });
    expect(unexpected).toBe(false);
  });

  it('joins message arrays of HttpExceptions', () => {
    expect(toProblem(new HttpException({ message: ['a', 'b'] }, 422)).body.detail).toBe('a; b');
  });

  it('maps http-errors from middleware by their status when they may be exposed', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, expose: true, type: 'entity.too.large' });
    expect(toProblem(tooLarge).body).toMatchObject({ status: 413, code: 'HTTP.PAYLOAD_TOO_LARGE', detail: 'request entity too large' });
    const internal = Object.assign(new Error('secret'), { status: 400, expose: false });
    expect(toProblem(internal).body.code).toBe('INTERNAL.ERROR');
  });

  it.each([new Error('boom'), 'a string', null, { status: 'weird' }])('maps %p to 500 INTERNAL.ERROR', (thrown) => {
    const { body, unexpected } = toProblem(thrown);
    expect(body).toMatchObject({ status: 500, code: 'INTERNAL.ERROR' });
    expect(unexpected).toBe(true);
  });
});

describe('ProblemDetailsFilter', () => {
  it('rethrows outside HTTP, so event handlers keep their retry and dead-letter path', () => {
    const error = new Error('handler failed');
    const host = { getType: () => 'rpc' } as unknown as ArgumentsHost;
    expect(() => new ProblemDetailsFilter().catch(error, host)).toThrow(error);
  });
});
