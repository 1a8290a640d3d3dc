import { Global, Logger, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { Clock, FixedClock, SystemClock } from './clock';

/** Set CLOCK_FIXED_DATE (YYYY-MM-DD or an ISO instant) to run a service as of that date. */
export const CLOCK_FIXED_DATE_ENV = 'CLOCK_FIXED_DATE';

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
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
