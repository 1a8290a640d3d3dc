// Shared set-up of the social-assistance integration tests: the service in-process on its own database,
// a fixed clock, tokens, a queue that sees this service's events, a way to feed events.
import { bearerToken, startHarness as startServiceHarness, type Harness } from '../../../test/support/service-under-test';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service.definition';

export { outboxCount, rowCount, type Harness } from '../../../test/support/service-under-test';

export function bearer(roles: string[] = ['operator'], sub = 'clerk-1', division = '110105'): string {
  return bearerToken(roles, sub, division);
}

/** Starts the service as of `today` and binds a queue to `social-assistance.#`. */
export function startHarness(purpose: string, today: string): Promise<Harness> {
  return startServiceHarness(AppModule, SERVICE, purpose, today);
}
