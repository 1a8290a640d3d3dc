import type { CloudEvent } from '@app/contracts';
import { bearerToken, startHarness, type Harness } from '../../../test/support/service-under-test';
import { deathOf } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { CausationFixtureModule, causationFixture } from './fixtures/causation.fixture';

// ARCHITECTURE §2: an event published while handling another names it as cause (`causationid`)
// and keeps its `correlationid`; an event published from an HTTP request carries the request's
// correlation id. Neither the route nor the handler of the fixture passes either: the HTTP
// middleware and the consumer transport put them in the context EventPublisher reads.
describe('correlation and causation of published events, over the real broker', () => {
  let service: Harness;
  const TOKEN = bearerToken(['operator'], 'causation-test', '110105');

  beforeAll(async () => {
    service = await startHarness(CausationFixtureModule, causationFixture, 'messaging_causation', '2024-09-20');
  });

  afterAll(async () => {
    await service?.close();
  });

  async function recordDeath(n: number, correlationId?: string): Promise<{ death: CloudEvent; responseCorrelationId: string }> {
    const headers = { Authorization: TOKEN, ...(correlationId ? { 'X-Correlation-Id': correlationId } : {}) };
    const res = await service.http().post('/deaths').set(headers).send(deathOf(n)).expect(201);
    return { death: res.body as CloudEvent, responseCorrelationId: res.header['x-correlation-id'] };
  }

  async function benefitCausedBy(death: CloudEvent): Promise<CloudEvent> {
    return waitFor(`the funeral benefit caused by ${death.id}`, () =>
      service.eventsOf('civil-registration.funeral-benefit.granted.v1').find((e) => e.data.deathId === (death.data as { deathId: string }).deathId),
    ) as Promise<CloudEvent>;
  }

  it('gives an event published from an HTTP request the request\'s correlation id, and its follow-up that id and the event as cause', async () => {
    const { death, responseCorrelationId } = await recordDeath(1, 'causation-test-request-1');
    expect(responseCorrelationId).toBe('causation-test-request-1');
    expect(death.correlationid).toBe('causation-test-request-1');
    expect(death.causationid).toBeUndefined();

    const benefit = await benefitCausedBy(death);
    expect(benefit.causationid).toBe(death.id);
    expect(benefit.correlationid).toBe('causation-test-request-1');
    // As published to the broker, not only as written to the outbox.
    const delivered = service.eventsOf('civil-registration.death.registered.v1').find((e) => e.id === death.id);
    expect(delivered?.correlationid).toBe('causation-test-request-1');
  });

  it('keeps the context of each handled event apart when several are handled together', async () => {
    // Concurrent requests without a correlation id: each gets its own, its events arrive close
    // together and may be handled in one batch and one transaction.
    const recorded = await Promise.all([2, 3, 4, 5, 6].map((n) => recordDeath(n)));
    expect(new Set(recorded.map((r) => r.death.correlationid)).size).toBe(recorded.length);
    for (const { death, responseCorrelationId } of recorded) {
      expect(death.correlationid).toBe(responseCorrelationId);
      const benefit = await benefitCausedBy(death);
      expect([benefit.causationid, benefit.correlationid]).toEqual([death.id, death.correlationid]);
    }
  });
});
