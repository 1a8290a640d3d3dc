import type { RecoveryRequestedV1 } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import type { EventTap } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import { APPROVER, AUDITOR, bearer, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

// Recovery (冲正) of an overpayment from the 一卡通 account it was paid to: one official asks,
// another approves and the request goes to payments; the bank's answer comes back on the
// overpayment, and a FAILED attempt may be asked again, one attempt at a time.
type Item = { id: string; status: string; amountFen: number; recoveryId: string | null; recoveryStatus: string | null; recoveryFailureReason: string | null };

describe('elderly-care overpayment recovery (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_recovery', { lookBackMonths: 1 });
  const SECOND_APPROVER = bearer(['approver'], 'approver-2');
  const dies = residentId('110105', '19410301', 31);
  let tap: EventTap;
  let overpaymentId: string;

  beforeAll(async () => {
    await kit.start();
    tap = await kit.listen('elderly-care.recovery.requested.v1');
    expect((await kit.importElders([{ residentId: dies }])).accepted).toBe(1);
    await kit.runAllowanceJob('2024-08');
    await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-08' }).expect(200);
    // Reported late: died in July, so August was overpaid.
    const death = { ...sampleEvents['civil-registration.death.registered.v1'], deathId: randomUUID(), residentId: dies, dateOfDeath: '2024-07-10' };
    await kit.consumed(await kit.publish('civil-registration.death.registered.v1', death, dies));
    overpaymentId = (await overpayment()).id;
  });

  afterAll(async () => {
    await tap?.close();
    await kit.stop();
  });

  const overpayment = async (): Promise<Item> => {
    const res = await kit.http().post('/api/v1/overpayments/search').set('Authorization', AUDITOR).send({ residentId: dies }).expect(200);
    expect(res.body.items).toHaveLength(1);
    return res.body.items[0];
  };
  const ask = (who = OPERATOR) => kit.http().post(`/api/v1/overpayments/${overpaymentId}/request-recovery`).set('Authorization', who);
  const approve = (who = SECOND_APPROVER) => kit.http().post(`/api/v1/overpayments/${overpaymentId}/approve-recovery`).set('Authorization', who);
  const requests = () => tap.received().map((e) => e.data as unknown as RecoveryRequestedV1);
  const published = () => kit.count(`SELECT count(*) AS n FROM outbox WHERE routing_key = 'elderly-care.recovery.requested.v1'`);
  const settle = async (o: Item, outcome: 'RECOVERED' | 'FAILED', ownerService = 'elderly-care') => {
    const recovery = { recoveryId: o.recoveryId!, overpaymentId, outcome, amountFen: o.amountFen, ...(outcome === 'FAILED' && { reason: 'ACCOUNT_CLOSED' as const }) };
    const event = { ...sampleEvents['payments.recovery.settled.v1'], ownerService: ownerService as 'elderly-care', settledOn: '2024-10-12', recoveries: [recovery] };
    await kit.consumed(await kit.publish('payments.recovery.settled.v1', event, 'x'));
  };

  it('refuses approval by who asked, and a second request while one is open, publishing nothing', async () => {
    expect(await overpayment()).toMatchObject({ status: 'OPEN', amountFen: 5000, recoveryStatus: null });
    const notAsked = await approve().expect(409);
    expect(notAsked.body.code).toBe('OVERPAYMENT.RECOVERY_NOT_REQUESTED');
    expect((await ask(APPROVER).expect(200)).body).toMatchObject({ recoveryStatus: 'REQUESTED', recoveryRequestedBy: 'approver-1' });
    const same = await approve(APPROVER).expect(403);
    expect([same.body.code, same.headers['content-type']]).toEqual(['OVERPAYMENT.RECOVERY_SAME_PERSON_APPROVAL', expect.stringContaining('application/problem+json')]);
    expect((await ask().expect(409)).body.code).toBe('OVERPAYMENT.RECOVERY_OPEN');
    expect((await kit.http().post(`/api/v1/overpayments/${randomUUID()}/request-recovery`).set('Authorization', OPERATOR).expect(404)).body.code).toBe('OVERPAYMENT.NOT_FOUND');
    expect(await overpayment()).toMatchObject({ recoveryStatus: 'REQUESTED' });
    expect(await published()).toBe(0);
  });

  it('approval by another official sends the request to payments once, with the months and lines it covers', async () => {
    expect((await approve().expect(200)).body).toMatchObject({ recoveryStatus: 'APPROVED', recoveryApprovedBy: 'approver-2' });
    const o = await overpayment();
    const [request] = (await waitFor('the recovery request', () => (requests().length > 0 ? requests() : null)))!;
    const lineIds = (await kit.db.query<{ id: string }>(`SELECT id FROM allowance_payment WHERE resident_id = $1 AND month = '2024-08'`, [dies])).rows.map((r) => r.id);
    expect(request).toEqual({
      recoveryId: o.recoveryId,
      overpaymentId,
      programme: 'HIGH_AGE_ALLOWANCE',
      residentId: dies,
      amountFen: 5000,
      periods: ['2024-08'],
      paymentLineIds: lineIds,
      requestedBy: 'approver-1',
      approvedBy: 'approver-2',
    });
    expect((await approve().expect(409)).body.code).toBe('OVERPAYMENT.RECOVERY_NOT_REQUESTED');
    expect((await ask().expect(409)).body.code).toBe('OVERPAYMENT.RECOVERY_OPEN');
    expect(await published()).toBe(1);
  });

  it('a FAILED answer leaves the overpayment open, to be asked and approved again under a new id', async () => {
    const first = await overpayment();
    await settle(first, 'FAILED', 'canteen');
    expect(await overpayment()).toMatchObject({ recoveryStatus: 'APPROVED' });
    await settle(first, 'FAILED');
    expect(await overpayment()).toMatchObject({ status: 'OPEN', recoveryStatus: 'FAILED', recoveryFailureReason: 'ACCOUNT_CLOSED' });
    await ask().expect(200);
    await approve().expect(200);
    const second = await overpayment();
    expect(second.recoveryId).not.toBe(first.recoveryId);
    expect(await published()).toBe(2);
    // A late repeat of the first attempt's answer does not touch the second.
    await settle(first, 'RECOVERED');
    expect(await overpayment()).toMatchObject({ recoveryId: second.recoveryId, recoveryStatus: 'APPROVED' });
  });

  it('a RECOVERED answer settles the receivable: no longer OPEN, never asked again', async () => {
    await settle(await overpayment(), 'RECOVERED');
    expect(await overpayment()).toMatchObject({ status: 'RECOVERED', recoveryStatus: 'RECOVERED', recoveryFailureReason: null });
    expect((await ask().expect(409)).body.code).toBe('OVERPAYMENT.NOT_OPEN');
    const work = await kit.http().post('/api/v1/work-lists/overpayments/search').set('Authorization', AUDITOR).send({ residentId: dies }).expect(200);
    expect(work.body.items).toEqual([expect.objectContaining({ status: 'RECOVERED', recoveryStatus: 'RECOVERED' })]);
    const open = await kit.http().post('/api/v1/overpayments/search').set('Authorization', AUDITOR).send({ residentId: dies, status: 'OPEN' }).expect(200);
    // A person is required: no city-wide list behind a search without one.
    const everyone = await kit.http().post('/api/v1/overpayments/search').set('Authorization', AUDITOR).send({ status: 'OPEN' }).expect(400);
    expect(everyone.body.errors).toEqual([expect.objectContaining({ field: 'residentId' })]);
    expect(open.body.items).toEqual([]);
  });
});
