import type { RecoveryRequestedV1 } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { AUDITOR, card, FINANCE, PaymentsTestKit } from './payments-test-kit';

// A programme's approved recovery (冲正) of an overpayment reaches payments over the broker, is
// taken once however often it is delivered, and waits for the bank while the payee has a
// confirmed, usable account; a payee without one has the request held and listed.
type Item = { recoveryId: string; state: string; holdReason: string | null; amountFen: number; periods: string[]; residentId: string };

describe('payments recovery intake (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new PaymentsTestKit('payments_recoveries');
  const withAccount = residentId('110105', '19400301', 41);
  const withoutAccount = residentId('110105', '19410301', 42);

  beforeAll(async () => {
    await kit.start();
    await kit.confirmedPersonAccount(withAccount, card(41));
  });

  afterAll(() => kit.stop());

  const request = (resident: string, over: Partial<RecoveryRequestedV1> = {}): RecoveryRequestedV1 => ({
    ...sampleEvents['elderly-care.recovery.requested.v1'],
    recoveryId: randomUUID(),
    overpaymentId: randomUUID(),
    residentId: resident,
    ...over,
  });
  const send = async (data: RecoveryRequestedV1) => kit.consumed(await kit.publish('elderly-care.recovery.requested.v1', data, data.residentId));
  const list = async (query = ''): Promise<{ total: number; items: Item[] }> => (await kit.as(FINANCE).get(`/api/v1/recoveries${query}`).expect(200)).body;

  it('takes a request once, however often it is delivered', async () => {
    const data = request(withAccount, { amountFen: 20_000, periods: ['2024-09', '2024-10'] });
    await send(data);
    await send(data);
    expect(await kit.count(`SELECT count(*) AS n FROM recovery_request WHERE recovery_id = '${data.recoveryId}'`)).toBe(1);
    const { rows } = await kit.db.query(`SELECT owner_service, amount_fen::int AS amount, periods, requested_by, approved_by FROM recovery_request WHERE recovery_id = $1`, [data.recoveryId]);
    expect(rows).toEqual([{ owner_service: 'elderly-care', amount: 20_000, periods: ['2024-09', '2024-10'], requested_by: data.requestedBy, approved_by: data.approvedBy }]);
    expect(await kit.deadLetters()).toBe(0);
  });

  it('holds and lists a request whose payee has no confirmed account, until one is confirmed', async () => {
    const held = request(withoutAccount);
    await send(held);
    const heldList = await list('?state=HELD');
    expect(heldList.total).toBe(1);
    expect(heldList.items).toEqual([expect.objectContaining({ recoveryId: held.recoveryId, state: 'HELD', holdReason: 'NO_ACCOUNT', residentId: '110***********' + withoutAccount.slice(-4) })]);
    expect((await list('?state=AWAITING')).items.map((i) => [i.state, i.holdReason])).toEqual([['AWAITING', null]]);

    await kit.confirmedPersonAccount(withoutAccount, card(42));
    expect((await list('?state=HELD')).total).toBe(0);
    expect((await list()).items.map((i) => i.state)).toEqual(['AWAITING', 'AWAITING']);
  });

  it('refuses an unknown state with the field, and lists to readers only', async () => {
    const bad = await kit.as(FINANCE).get('/api/v1/recoveries?state=DONE').expect(400);
    expect(bad.body.errors[0].field).toBe('state');
    await kit.as(AUDITOR).get('/api/v1/recoveries').expect(200);
    await kit.http().get('/api/v1/recoveries').expect(401);
  });
});
