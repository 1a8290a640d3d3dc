// The clock of a simulated run (the city's year, a demo): it stands still until the simulator
// moves it, and only ever forward, so every service sees the same day and the monthly jobs run
// as the simulated days pass. Never in production: a service refuses to start on it there.
import { Clock, FixedClock } from './clock';

export class ClockBackwardsError extends Error {
  constructor(
    readonly from: Date,
    readonly to: Date,
  ) {
    super(`the simulated clock is at ${from.toISOString()} and moves only forward, not to ${to.toISOString()}`);
    this.name = 'ClockBackwardsError';
  }
}

export class SimulatedClock extends Clock {
  private readonly at: FixedClock;

  constructor(start: string | Date) {
    super();
    this.at = new FixedClock(start);
  }

  now(): Date {
    return this.at.now();
  }

  /** Moves to `to` (YYYY-MM-DD: that day's start in Shanghai, or an instant); the same instant again changes nothing. */
  advanceTo(to: string | Date): void {
    const next = new FixedClock(to).now();
    const current = this.now();
    if (next.getTime() < current.getTime()) throw new ClockBackwardsError(current, next);
    this.at.set(next);
  }
}

/** What runs a service's "today": the machine's clock, a date set at start, or a simulation. */
export type ClockMode = 'system' | 'fixed' | 'simulated';

export function clockMode(clock: Clock): ClockMode {
  if (clock instanceof SimulatedClock) return 'simulated';
  if (clock instanceof FixedClock) return 'fixed';
  return 'system';
}
