import { afterFailedLogin, lockInForce } from './lockout.rule';

const NOW = new Date('2024-07-15T02:00:00Z');
const policy = { maxFailures: 5, lockMinutes: 15 };
const minutes = (n: number): Date => new Date(NOW.getTime() + n * 60_000);

describe('lockInForce', () => {
  it.each([
    [null, null],
    [minutes(1), minutes(1)],
    [minutes(0), null],
    [minutes(-1), null],
  ])('lockedUntil %p at now -> %p', (lockedUntil, expected) => {
    expect(lockInForce({ lockedUntil }, NOW)).toEqual(expected);
  });
});

describe('afterFailedLogin (5 failures lock for 15 minutes)', () => {
  it.each([
    [0, { failedAttempts: 1, lockedUntil: null, locked: false }],
    [3, { failedAttempts: 4, lockedUntil: null, locked: false }],
    [4, { failedAttempts: 0, lockedUntil: minutes(15), locked: true }],
    // A count above the limit (the limit was lowered since) locks at once.
    [9, { failedAttempts: 0, lockedUntil: minutes(15), locked: true }],
  ])('after %d failures', (failedAttempts, expected) => {
    expect(afterFailedLogin({ failedAttempts, lockedUntil: null }, NOW, policy)).toEqual(expected);
  });

  it('counts from zero again after a lock that has run out', () => {
    expect(afterFailedLogin({ failedAttempts: 0, lockedUntil: minutes(-1) }, NOW, policy)).toEqual({ failedAttempts: 1, lockedUntil: null, locked: false });
  });

  it('locks on the first failure when the limit is one', () => {
    expect(afterFailedLogin({ failedAttempts: 0, lockedUntil: null }, NOW, { maxFailures: 1, lockMinutes: 2 })).toEqual({ failedAttempts: 0, lockedUntil: minutes(2), locked: true });
  });
});
