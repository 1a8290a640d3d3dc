import { Test } from '@nestjs/testing';
import { Logger } from '@nestjs/common';
import { Clock, FixedClock, shanghaiDate, shanghaiStartOfDay, SystemClock } from './clock';
import { ClockModule, clockFromEnv } from './clock.module';

describe('shanghaiDate', () => {
  it.each([
    ['2024-06-30T15:59:59.999Z', '2024-06-30'],
    ['2024-06-30T16:00:00.000Z', '2024-07-01'],
    ['2024-06-30T16:30:00Z', '2024-07-01'],
    ['2024-12-31T16:00:00Z', '2025-01-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
    ['2024-07-01T23:59:59+08:00', '2024-07-01'],
  ])('%s is %s in Shanghai', (iso, date) => {
    expect(shanghaiDate(new Date(iso))).toBe(date);
  });

  it('refuses an invalid Date', () => {
    expect(() => shanghaiDate(new Date('nope'))).toThrow(RangeError);
  });

  it('starts a Shanghai day at 16:00 UTC the day before', () => {
    expect(shanghaiStartOfDay('2024-07-01').toISOString()).toBe('2024-06-30T16:00:00.000Z');
  });
});

describe('FixedClock', () => {
  it('reads YYYY-MM-DD as 00:00 in Shanghai', () => {
    const clock = new FixedClock('2024-07-01');
    expect(clock.now().toISOString()).toBe('2024-06-30T16:00:00.000Z');
    expect(clock.today()).toBe('2024-07-01');
    expect(clock.currentMonth().toString()).toBe('2024-07');
  });

  it('takes an instant across the UTC/Shanghai date boundary', () => {
    const clock = new FixedClock('2024-06-30T16:30:00Z');
    expect(clock.today()).toBe('2024-07-01');
    expect(clock.currentMonth().toString()).toBe('2024-07');
  });

  it('can be set and advanced by days', () => {
    const clock = new FixedClock('2024-01-31');
    clock.advanceDays(29);
    expect(clock.today()).toBe('2024-02-29');
    clock.advanceDays(-30);
    expect(clock.today()).toBe('2024-01-30');
    clock.set('2025-01-01T00:00:00+08:00');
    expect(clock.today()).toBe('2025-01-01');
    clock.set(new Date('2024-06-30T15:00:00Z'));
    expect(clock.today()).toBe('2024-06-30');
    expect(() => clock.advanceDays(0.5)).toThrow(RangeError);
  });

  it('does not move when a caller mutates the Date it returned', () => {
    const clock = new FixedClock('2024-07-01');
    clock.now().setUTCFullYear(1999);
    expect(clock.today()).toBe('2024-07-01');
  });

  it.each(['2024-07-01T08:00:00', '2024-13-01', '2024-07', 'yesterday', ''])('refuses %p', (value) => {
    expect(() => new FixedClock(value)).toThrow(RangeError);
  });
});

describe('SystemClock', () => {
  it('follows the system time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now - before).toBeLessThan(1000);
  });
});

describe('ClockModule', () => {
  afterEach(() => {
    delete process.env.CLOCK_FIXED_DATE;
    jest.restoreAllMocks();
  });

  it('provides the system clock by default', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ClockModule] }).compile();
    expect(moduleRef.get(Clock)).toBeInstanceOf(SystemClock);
  });

  it('provides a fixed clock when CLOCK_FIXED_DATE is set, and says so', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    process.env.CLOCK_FIXED_DATE = '2024-07-15';
    const moduleRef = await Test.createTestingModule({ imports: [ClockModule] }).compile();
    const clock = moduleRef.get(Clock);
    expect(clock).toBeInstanceOf(FixedClock);
    expect(clock.today()).toBe('2024-07-15');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('CLOCK_FIXED_DATE'));
  });

  it('refuses a malformed CLOCK_FIXED_DATE instead of running on a wrong date', () => {
    expect(() => clockFromEnv({ CLOCK_FIXED_DATE: '15/07/2024' })).toThrow(RangeError);
  });

  it('ClockModule.fixed provides a FixedClock to every module', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ClockModule.fixed('2024-06-30T16:30:00Z')] }).compile();
    const clock = moduleRef.get(Clock);
    expect(clock).toBeInstanceOf(FixedClock);
    expect(clock.today()).toBe('2024-07-01');
  });
});
