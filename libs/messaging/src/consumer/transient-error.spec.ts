import { isTransientInfrastructureError } from './transient-error';

describe('isTransientInfrastructureError', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['admin shutdown / terminated backend', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['connection exception class 08', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['pg client lost its socket', new Error('Connection terminated unexpectedly')],
    ['query runner released after its connection was lost', new Error('Query runner already released. Cannot run queries anymore.')],
    ['deadlock', Object.assign(new Error('deadlock detected'), { code: '40P01' })],
    ['wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: Object.assign(new Error('x'), { code: '57P01' }) })],
  ])('%s is transient', (_what, err) => {
    expect(isTransientInfrastructureError(err)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a domain error', new Error('resident has no enrollment')],
    ['a string', 'boom'],
    ['null', null],
  ])('%s is not', (_what, err) => {
    expect(isTransientInfrastructureError(err)).toBe(false);
  });
});
