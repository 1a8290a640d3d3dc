// The data-exchange service in-process on the shared test harness, with the departments' service
// accounts and helpers that do what the programmes do: tell it who they cover, over the broker.
import { randomUUID } from 'node:crypto';
import { bearerToken, ServiceTestKit } from '../../../test/support/service-under-test';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service.definition';

export const TODAY = '2024-09-05';

/** Public security's exchange system (公安), a city-level service account. */
export const PUBLIC_SECURITY = bearerToken(['feed-public-security'], 'feed-ps', '110000');
export const HOUSING = bearerToken(['feed-housing'], 'feed-housing', '110000');
export const HEALTH = bearerToken(['feed-health'], 'feed-health', '110000');
export const CASEWORKER = bearerToken(['operator'], 'clerk-1', '110105');

export class DataExchangeTestKit extends ServiceTestKit {
  constructor(purpose: string) {
    super({ appModule: AppModule, definition: SERVICE, purpose, today: TODAY });
  }

  /** Posts a file as a department does. */
  post(token: string, query: string, contentType: string, body: string | Buffer) {
    return this.http().post(`/api/v1/imports?${query}`).set('Authorization', token).set('Content-Type', contentType).send(body);
  }

  /** A 低保 (or 特困) enrollment, as social-assistance announces it; waits until it is registered. */
  async enrolled(residentId: string, program: 'DIBAO' | 'TEKUN' = 'DIBAO', effectiveMonth = '2024-01'): Promise<string> {
    const enrollmentId = randomUUID();
    await this.consumed(await this.publish('social-assistance.enrollment.started.v1', { enrollmentId, householdId: randomUUID(), residentId, program, effectiveMonth }, residentId));
    return enrollmentId;
  }

  async enrollmentStopped(enrollmentId: string, residentId: string, stopFromMonth: string): Promise<void> {
    await this.consumed(
      await this.publish(
        'social-assistance.enrollment.stopped.v1',
        { enrollmentId, householdId: randomUUID(), residentId, program: 'DIBAO', reason: 'INCOME_ABOVE_STANDARD', stopFromMonth, lastPaidMonth: null },
        residentId,
      ),
    );
  }

  /** A high-age allowance, as elderly-care announces it. */
  async elderlyAllowance(residentId: string, fromMonth = '2024-01'): Promise<void> {
    await this.consumed(
      await this.publish('elderly-care.allowance.started.v1', { allowanceId: randomUUID(), residentId, kind: 'HIGH_AGE', tier: 'AGE_80_89', monthlyAmountFen: 10_000, fromMonth }, residentId),
    );
  }

  /** A child's allowance, as child-welfare announces it. */
  async childAllowance(residentId: string): Promise<void> {
    await this.consumed(
      await this.publish('child-welfare.allowance.started.v1', { childId: randomUUID(), residentId, category: 'ORPHAN', careForm: 'DISPERSED', fromMonth: '2024-01' }, residentId),
    );
  }

  /** A member of a monitored 低保边缘 household, as social-assistance announces it. */
  async monitored(residentId: string): Promise<void> {
    await this.consumed(
      await this.publish('social-assistance.monitoring.started.v1', { monitoringId: randomUUID(), householdId: randomUUID(), residentId, category: 'BORDERLINE', fromMonth: '2024-06' }, residentId),
    );
  }
}
