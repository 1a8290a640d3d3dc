import { FixedClock, SystemClock } from './clock';
import { clockFromEnv } from './clock.module';
import { ClockBackwardsError, clockMode, SimulatedClock } from './simulated-clock';

describe('SimulatedClock', () => {
  it('stands still until moved, and moves only forward', () => {
    const clock = new SimulatedClock('2024-01-01');
    expect(clock.today()).toBe('2024-01-01');
    clock.advanceTo('2024-02-01');
    expect(clock.today()).toBe('2024-02-01');
    expect(clock.currentMonth().toString()).toBe('2024-02');
    clock.advanceTo('2024-02-01');
    expect(clock.today()).toBe('2024-02-01');
    expect(() => clock.advanceTo('2024-01-31')).toThrow(ClockBackwardsError);
    expect(clock.today()).toBe('2024-02-01');
  });

  it('takes an instant with its offset, read as Shanghai’s day', () => {
    const clock = new SimulatedClock('2024-06-30');
    clock.advanceTo('2024-06-30T16:30:00Z');
    expect(clock.today()).toBe('2024-07-01');
  });

  it('says which kind of clock runs the service', () => {
    expect(clockMode(new SimulatedClock('2024-01-01'))).toBe('simulated');
    expect(clockMode(new FixedClock('2024-01-01'))).toBe('fixed');
    expect(clockMode(new SystemClock())).toBe('system');
  });
});

describe('clockFromEnv and simulated time', () => {
  it('starts a simulation on CLOCK_SIMULATED_START', () => {
    const clock = clockFromEnv({ CLOCK_SIMULATED_START: '2024-01-01' });
    expect(clock).toBeInstanceOf(SimulatedClock);
    expect(clock.today()).toBe('2024-01-01');
  });

  it('refuses to simulate in production, or with a fixed date as well', () => {
    expect(() => clockFromEnv({ CLOCK_SIMULATED_START: '2024-01-01', NODE_ENV: 'production' })).toThrow(/never runs in production/);
    expect(() => clockFromEnv({ CLOCK_SIMULATED_START: '2024-01-01', CLOCK_FIXED_DATE: '2024-01-01' })).toThrow(/choose one clock/);
  });

  it('refuses a start that is not a date', () => {
    expect(() => clockFromEnv({ CLOCK_SIMULATED_START: 'January' })).toThrow(RangeError);
  });
});
