import { createEnvelope } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { connectOptionsFromUrl, deadLetterQueue, EVENTS_EXCHANGE } from '@app/messaging';
import { connect } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, outboxCount, rowCount, startHarness, type Harness } from './harness';

const GRANTED = 'civil-registration.funeral-benefit.granted.v1';
const STARTED = 'social-assistance.enrollment.started.v1';
const STOPPED = 'social-assistance.enrollment.stopped.v1';
const DEATH = 'civil-registration.death.registered.v1';

describe('funeral benefit (惠民殡葬) and the enrollment read model', () => {
  let h: Harness;
  const operator = bearer(['operator']);

  beforeAll(async () => {
    // Short retries: the micro-batch test below waits for a death to reach the dead-letter queue.
    process.env.RETRY_DELAYS_MS = '200,400';
    try {
      h = await startHarness('cr_funeral', '2024-07-15');
    } finally {
      delete process.env.RETRY_DELAYS_MS;
    }
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2020-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 100_000, effectiveFrom: '2020-01-01', effectiveTo: '2024-06-30' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 150_000, effectiveFrom: '2024-07-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  async function registerDeath(id: string, dateOfDeath = '2024-07-10'): Promise<string> {
    const res = await h
      .http()
      .post('/api/v1/deaths')
      .set('Authorization', operator)
      .send({ residentId: id, name: '李建国', ethnicity: 'HAN', dateOfDeath, placeOfDeath: '家中', disposal: 'CREMATION', source: 'VILLAGE' })
      .expect(201);
    return res.body.id as string;
  }

  async function benefitsOf(id: string): Promise<Array<{ amountFen: number; basis: string; deathId: string; grantedOn: string }>> {
    const res = await h.http().post('/api/v1/funeral-benefits/search').set('Authorization', operator).send({ residentId: id }).expect(200);
    return res.body;
  }

  async function waitForBenefit(id: string): Promise<{ amountFen: number; basis: string; deathId: string; grantedOn: string }> {
    const found = await waitFor(`funeral benefit of ${id}`, async () => {
      const benefits = await benefitsOf(id);
      return benefits.length ? benefits : undefined;
    });
    return found![0];
  }

  async function enrollmentKnown(enrollmentId: string, column: 'from_month' | 'stop_from_month'): Promise<void> {
    await waitFor(`enrollment ${enrollmentId} ${column}`, async () => (await rowCount(h.dataSource, 'enrollment_status', `enrollment_id = $1 AND ${column} IS NOT NULL`, [enrollmentId])) === 1);
  }

  function started(id: string, effectiveMonth: string, program: 'DIBAO' | 'TEKUN' = 'DIBAO'): typeof sampleEvents[typeof STARTED] {
    return { ...sampleEvents[STARTED], enrollmentId: randomUUID(), residentId: id, program, effectiveMonth };
  }

  it('grants the basic amount to a person not on 低保/特困 and publishes the grant', async () => {
    const id = residentId('110105', '19400101', 101);
    const deathId = await registerDeath(id);
    const benefit = await waitForBenefit(id);
    expect(benefit).toMatchObject({ deathId, amountFen: 100_000, basis: 'BASIC', grantedOn: '2024-07-15' });
    const event = await waitFor('grant event', () => h.eventsOf(GRANTED).find((e) => e.data.residentId === id));
    expect(event!.data).toEqual({ benefitId: expect.any(String), deathId, residentId: id, amountFen: 100_000, basis: 'BASIC', grantedOn: '2024-07-15' });
  });

  it('grants more when an enrollment in 低保 started before the death (supplement in force on the date of death)', async () => {
    const id = residentId('110105', '19410202', 102);
    const enrollment = started(id, '2024-03');
    await h.publish(STARTED, enrollment, id);
    await enrollmentKnown(enrollment.enrollmentId, 'from_month');
    const deathId = await registerDeath(id, '2024-07-10');
    expect(await waitForBenefit(id)).toMatchObject({ deathId, amountFen: 250_000, basis: 'DIBAO_TEKUN' });
  });

  it('uses the supplement in force on the date of death, not on the day of the grant', async () => {
    const id = residentId('110105', '19420303', 103);
    const enrollment = started(id, '2024-01', 'TEKUN');
    await h.publish(STARTED, enrollment, id);
    await enrollmentKnown(enrollment.enrollmentId, 'from_month');
    await registerDeath(id, '2024-06-20');
    expect(await waitForBenefit(id)).toMatchObject({ amountFen: 200_000, basis: 'DIBAO_TEKUN' });
  });

  it('grants the basic amount when the enrollment had stopped before the death month, whichever event arrived first', async () => {
    const id = residentId('110105', '19430404', 104);
    const enrollment = started(id, '2023-01');
    // The stop arrives before the start: the read model must end up the same.
    await h.publish(STOPPED, { ...sampleEvents[STOPPED], enrollmentId: enrollment.enrollmentId, residentId: id, reason: 'INCOME_ABOVE_STANDARD', stopFromMonth: '2024-05', lastPaidMonth: '2024-04' }, id);
    await enrollmentKnown(enrollment.enrollmentId, 'stop_from_month');
    await h.publish(STARTED, enrollment, id);
    await enrollmentKnown(enrollment.enrollmentId, 'from_month');
    await registerDeath(id, '2024-07-01');
    expect(await waitForBenefit(id)).toMatchObject({ amountFen: 100_000, basis: 'BASIC' });
  });

  it('grants once per death even when the death event arrives again under another envelope', async () => {
    const id = residentId('110105', '19440505', 105);
    const deathId = await registerDeath(id);
    await waitForBenefit(id);
    const original = await waitFor('death event', () => h.eventsOf('civil-registration.death.registered.v1').find((e) => e.data.deathId === deathId));
    const copy = await h.publish('civil-registration.death.registered.v1', original!.data, id);
    await waitFor('the copy consumed', async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [copy.id])) === 1);
    expect(await benefitsOf(id)).toHaveLength(1);
    expect(await outboxCount(h.dataSource, GRANTED, id)).toBe(1);
  });

  it('grants each death of a micro-batch once, and dead-letters the one it cannot grant without holding back the others', async () => {
    const deaths = [301, 302, 303, 304, 305].map((n) => createEnvelope(DEATH, { ...sampleEvents[DEATH], deathId: randomUUID(), residentId: residentId('110105', '19460606', n), dateOfDeath: '2024-07-01' }, { source: '/civil-registration', subject: 'x' }));
    // No basic amount is in force before 2020: this death cannot be granted, whatever the retries.
    const poisoned = createEnvelope(DEATH, { ...sampleEvents[DEATH], deathId: randomUUID(), residentId: residentId('110105', '19300303', 306), dateOfDeath: '2019-06-01' }, { source: '/civil-registration', subject: 'x' });
    const batch = [deaths[0], deaths[1], poisoned, deaths[2], deaths[3], deaths[4]];
    // Back to back on one channel, so that the consumer takes them as one micro-batch (or a few).
    const connection = await connect(connectOptionsFromUrl(process.env.AMQP_URL!));
    try {
      const channel = await connection.createConfirmChannel();
      for (const e of batch) channel.publish(EVENTS_EXCHANGE, e.type, Buffer.from(JSON.stringify(e)), { messageId: e.id, persistent: true });
      await channel.waitForConfirms();
      const dead = await waitFor('the poisoned death dead-lettered', async () => {
        const msg = await channel.get(deadLetterQueue('civil-registration'), { noAck: true });
        return msg ? msg : undefined;
      });
      expect(dead!.properties.messageId).toBe(poisoned.id);
    } finally {
      await connection.close();
    }
    for (const death of deaths) {
      expect(await waitForBenefit(death.data.residentId)).toMatchObject({ deathId: death.data.deathId, amountFen: 100_000, basis: 'BASIC' });
      expect(await benefitsOf(death.data.residentId)).toHaveLength(1);
      const granted = await waitFor('grant announced', () => h.eventsOf(GRANTED).find((e) => e.data.deathId === death.data.deathId));
      // Each announcement names its own death as cause, not another event of the batch.
      expect(granted).toMatchObject({ causationid: death.id, correlationid: death.correlationid });
      expect(await outboxCount(h.dataSource, GRANTED, death.data.residentId)).toBe(1);
    }
    expect(await benefitsOf(poisoned.data.residentId)).toHaveLength(0);
    expect(await rowCount(h.dataSource, 'inbox', 'event_id = $1', [poisoned.id])).toBe(0);
    expect(await rowCount(h.dataSource, 'inbox', 'event_id = ANY($1::uuid[])', [deaths.map((d) => d.id)])).toBe(deaths.length);
  });
});
