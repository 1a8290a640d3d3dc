// Shared set-up of the civil-registration integration tests: the service in-process on its own database,
// a fixed clock, tokens, a queue that sees this service's events, a way to feed events.
import { bearerToken, startHarness as startServiceHarness, type Harness } from '../../../test/support/service-under-test';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service.definition';

export { outboxCount, rowCount, type Harness } from '../../../test/support/service-under-test';

export function bearer(roles: string[] = ['operator'], sub = 'clerk-1', division = '110105'): string {
  return bearerToken(roles, sub, division);
}

/** Starts the service as of `today` and binds a queue to `civil-registration.#`. */
export function startHarness(purpose: string, today: string): Promise<Harness> {
  return startServiceHarness(AppModule, SERVICE, purpose, today);
}

let officeSeq = 0;

/**
 * Records a registration office open since 2000 (every registration names one) and returns its
 * id. Recorded by a city-level admin, so any test's division may register there.
 */
export async function openOffice(h: Harness, overrides: Record<string, unknown> = {}): Promise<string> {
  officeSeq += 1;
  const body = { code: `T-${process.pid}-${officeSeq}`, name: `测试婚姻登记处${officeSeq}`, kind: 'OFFICE', divisionCode: '110105', address: '测试路1号', openedOn: '2000-01-01', ...overrides };
  const res = await h.http().post('/api/v1/registration-offices').set('Authorization', bearer(['admin'], 'office-admin', '110000')).send(body);
  if (res.status !== 201) throw new Error(`the test office was refused: ${res.status} ${res.text}`);
  return (res.body as { id: string }).id;
}
