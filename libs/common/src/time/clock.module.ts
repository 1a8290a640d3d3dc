import { Global, Logger, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { Clock, FixedClock, SystemClock } from './clock';
import { SimulatedClock } from './simulated-clock';

/** Set CLOCK_FIXED_DATE (YYYY-MM-DD or an ISO instant) to run a service as of that date. */
export const CLOCK_FIXED_DATE_ENV = 'CLOCK_FIXED_DATE';
/** Set CLOCK_SIMULATED_START (YYYY-MM-DD) to run on a simulated clock that PUT /api/v1/clock moves forward. */
export const CLOCK_SIMULATED_START_ENV = 'CLOCK_SIMULATED_START';

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const simulatedStart = env[CLOCK_SIMULATED_START_ENV];
  if (simulatedStart) {
    if (env[CLOCK_FIXED_DATE_ENV]) throw new Error(`${CLOCK_SIMULATED_START_ENV} and ${CLOCK_FIXED_DATE_ENV} are both set: choose one clock`);
    // A simulated clock in production would pay and stop people on days that are not today.
    if (env.NODE_ENV === 'production') throw new Error(`${CLOCK_SIMULATED_START_ENV} is set with NODE_ENV=production: a simulated clock never runs in production; refusing to start`);
    const clock = new SimulatedClock(simulatedStart);
    new Logger('ClockModule').warn(`${CLOCK_SIMULATED_START_ENV} is set: simulated time from ${clock.today()}, moved forward by PUT /api/v1/clock`);
    return clock;
  }
  const fixed = env[CLOCK_FIXED_DATE_ENV];
  if (!fixed) return new SystemClock();
  const clock = new FixedClock(fixed);
  // Loud on purpose: a service left on a fixed clock would compute every month wrongly.
  new Logger('ClockModule').warn(`${CLOCK_FIXED_DATE_ENV} is set: the clock stands still at ${clock.now().toISOString()} (${clock.today()} in Shanghai)`);
  return clock;
}

const clockFromEnvProvider: Provider = { provide: Clock, useFactory: () => clockFromEnv() };

/** A separate module class for the fixed variant, so its provider never merges with the default one. */
@Module({})
class FixedClockModule {}

/**
 * Provides `Clock` everywhere: the system clock, or a FixedClock when CLOCK_FIXED_DATE is set.
 * Tests that assemble their own module use `ClockModule.fixed('2024-07-15')`; tests that boot a
 * whole service override the provider (`overrideProvider(Clock).useValue(new FixedClock(...))`).
 */
@Global()
@Module({ providers: [clockFromEnvProvider], exports: [Clock] })
export class ClockModule {
  static fixed(at: string | Date): DynamicModule {
    return {
      module: FixedClockModule,
      global: true,
      providers: [{ provide: Clock, useValue: new FixedClock(at) }],
      exports: [Clock],
    };
  }
}
