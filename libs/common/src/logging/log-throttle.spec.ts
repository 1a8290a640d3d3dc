import { LogThrottle } from './log-throttle';

describe('LogThrottle', () => {
  it('writes the first line of a key, holds back the next ones within the period and counts them into the next line written', () => {
    let now = 1_000;
    const throttle = new LogThrottle(60_000, () => now);
    expect(throttle.admit('payroll:took')).toBe(0);
    now += 10_000;
    expect(throttle.admit('payroll:took')).toBeUndefined();
    now += 49_999;
    expect(throttle.admit('payroll:took')).toBeUndefined();
    now += 1;
    expect(throttle.admit('payroll:took')).toBe(2);
    now += 60_000;
    expect(throttle.admit('payroll:took')).toBe(0);
  });

  it('keeps a period per key', () => {
    const now = 5_000;
    const throttle = new LogThrottle(60_000, () => now);
    expect(throttle.admit('payroll:took')).toBe(0);
    expect(throttle.admit('payroll:skipped')).toBe(0);
    expect(throttle.admit('expiry:took')).toBe(0);
    expect(throttle.admit('payroll:skipped')).toBeUndefined();
  });

  it('writes every line with a period of 0', () => {
    const throttle = new LogThrottle(0, () => 7);
    expect([throttle.admit('k'), throttle.admit('k'), throttle.admit('k')]).toEqual([0, 0, 0]);
  });
});
