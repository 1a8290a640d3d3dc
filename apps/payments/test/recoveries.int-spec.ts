import type { RecoveryRequestedV1, RecoverySettledV1 } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import type { EventTap } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import seeds from '../../../seeds/reference/banks.json';
import { ADMIN, AUDITOR, CLERK, card, FINANCE, FINANCE_2, PaymentsTestKit, rcbReturnFile, REVIEWER } from './payments-test-kit';

// A programme's approved recovery (冲正) of an overpayment reaches payments over the broker, is
// taken once however often it is delivered, and waits for the bank while the payee has a
// confirmed, usable account; a payee without one has the request held and listed. Finance puts
// the ready ones in a recovery batch per bank (four eyes), writes the bank's file, and the bank's
// return file settles each RECOVERED or FAILED, told back to the owning programme.
type Item = { recoveryId: string; state: string; holdReason: string | null; amountFen: number; periods: string[]; residentId: string };

describe('payments recovery intake (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new PaymentsTestKit('payments_recoveries');
  const withAccount = residentId('110105', '19400301', 41);
  const withoutAccount = residentId('110105', '19410301', 42);

  let tap: EventTap;

  beforeAll(async () => {
    await kit.start();
    tap = await kit.listen('payments.recovery.settled.v1');
    await kit.confirmedPersonAccount(withAccount, card(41));
  });

  afterAll(async () => {
    await tap?.close();
    await kit.stop();
  });

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

  it('batches the ready requests per bank, released by a second finance officer as the bank file', async () => {
    const [batch, ...others] = (await kit.as(FINANCE).post('/api/v1/recovery-batches').expect(201)).body;
    expect(others).toEqual([]);
    expect(batch).toMatchObject({ bankCode: 'RCB', month: '2024-08', batchNo: 'CZRCB202408001', status: 'ASSEMBLED', lineCount: 2, totalFen: 20_000 + sampleEvents['elderly-care.recovery.requested.v1'].amountFen });
    expect((await kit.as(FINANCE).post(`/api/v1/recovery-batches/${batch.id}/release`).expect(403)).body.code).toBe('RECOVERY_BATCH.SAME_PERSON_RELEASE');
    expect((await kit.as(FINANCE_2).post(`/api/v1/recovery-batches/${batch.id}/release`).expect(200)).body).toMatchObject({ status: 'RELEASED', releasedBy: 'finance-2', fileName: 'HMHN_CZRCB202408001_20240820.txt' });
    expect((await kit.as(FINANCE_2).post(`/api/v1/recovery-batches/${batch.id}/release`).expect(409)).body.code).toBe('RECOVERY_BATCH.NOT_ASSEMBLED');
    expect((await list()).items.map((i) => i.state)).toEqual(['IN_BATCH', 'IN_BATCH']);
    expect((await kit.as(FINANCE).post('/api/v1/recovery-batches').expect(201)).body).toEqual([]);
  });

  it("settles each line from the bank's return file and tells the owning programme once", async () => {
    const [batchId] = (await kit.db.query<{ id: string }>(`SELECT id FROM recovery_batch`)).rows.map((r) => r.id);
    const file = await kit.as(FINANCE).get(`/api/v1/recovery-batches/${batchId}/file`).buffer(true).parse((res, done) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => done(null, Buffer.concat(parts)));
    }).expect(200);
    const lines = (file.body as Buffer).toString('latin1').split('\r\n').filter((l) => l.startsWith('D'));
    const sent = lines.map((l) => ({ reference: l.slice(9, 25), amountFen: Number(l.slice(86, 98)) }));
    expect(sent).toHaveLength(2);
    const bad = await kit.http().post('/api/v1/recovery-returns?bankCode=RCB').set('Authorization', FINANCE).set('Content-Type', 'text/plain')
      .send(rcbReturnFile('2024-08-25', [{ ...sent[0], status: 'PAID' }, { reference: '9000000000009999', status: 'PAID', amountFen: 1 }])).expect(422);
    expect([bad.body.code, bad.body.errors[0].field]).toEqual(['RECOVERY_RETURN.INVALID', 'lines.3.reference']);

    const answer = rcbReturnFile('2024-08-25', [{ ...sent[0], status: 'PAID' }, { ...sent[1], status: 'FAILED', reasonCode: 'E001', message: 'closed' }]);
    const post = () => kit.http().post('/api/v1/recovery-returns?bankCode=RCB').set('Authorization', FINANCE).set('Content-Type', 'text/plain').send(answer).expect(200);
    expect((await post()).body).toMatchObject({ recovered: 1, failed: 1, alreadyAnswered: 0 });
    const [event] = (await waitFor('the settled recoveries', () => (tap.received().length > 0 ? tap.received() : null)))!;
    const data = event.data as unknown as RecoverySettledV1;
    expect([data.ownerService, data.batchId, data.settledOn]).toEqual(['elderly-care', batchId, '2024-08-25']);
    expect(data.recoveries.map((r) => [r.outcome, r.reason ?? null]).sort()).toEqual([['FAILED', 'ACCOUNT_CLOSED'], ['RECOVERED', null]]);
    expect((await post()).body).toMatchObject({ recovered: 0, failed: 0, alreadyAnswered: 2 });
    await kit.outboxDrained();
    expect(await kit.count(`SELECT count(*) AS n FROM outbox WHERE routing_key = 'payments.recovery.settled.v1'`)).toBe(1);
    expect((await list()).items.map((i) => i.state).sort()).toEqual(['FAILED', 'RECOVERED']);
  });

  it("cuts a bank's requests into files of its most lines, and debits the account confirmed at release", async () => {
    await kit.as(ADMIN).post('/api/v1/banks', { ...seeds.banks[1], code: 'TINY', name: '小银行', maxLinesPerFile: 2 }).expect(201);
    const people = Array.from({ length: 5 }, (_, i) => residentId('110105', '19420101', 60 + i));
    for (const [i, person] of people.entries()) await kit.confirmedPersonAccount(person, card(7_000 + i), 'TINY');
    for (const person of people) await send(request(person, { amountFen: 1_000 }));
    const batches: Array<{ id: string; bankCode: string; batchNo: string; lineCount: number; totalFen: number }> = (await kit.as(FINANCE).post('/api/v1/recovery-batches').expect(201)).body;
    expect(batches.map((b) => [b.bankCode, b.batchNo, b.lineCount, b.totalFen])).toEqual([
      ['TINY', 'CZTINY202408001', 2, 2_000],
      ['TINY', 'CZTINY202408002', 2, 2_000],
      ['TINY', 'CZTINY202408003', 1, 1_000],
    ]);

    // Between assembly and release: the first batch's first payee's card is replaced at the same bank, its second payee moves to RCB.
    const inFirst = await kit.db.query<{ resident_id: string }>(`SELECT r.resident_id FROM recovery_line l JOIN recovery_request r USING (recovery_id) WHERE l.batch_id = $1 ORDER BY l.reference`, [batches[0].id]);
    const [first, second] = inFirst.rows.map((r) => r.resident_id);
    const replaced = await kit.as(CLERK).post('/api/v1/payee-accounts', { payeeKind: 'PERSON', residentId: first, divisionCode: '110105001', bankCode: 'TINY', accountNumber: card(7_100), holderName: '王秀英', evidenceNote: '换卡' }).expect(201);
    await kit.as(REVIEWER).post(`/api/v1/payee-accounts/${replaced.body.id}/confirm`).expect(200);
    await kit.confirmedPersonAccount(second, card(7_200), 'RCB');
    const released = await kit.as(FINANCE_2).post(`/api/v1/recovery-batches/${batches[0].id}/release`).expect(200);
    expect(released.body).toMatchObject({ status: 'RELEASED', lineCount: 1, totalFen: 1_000 });
    const { rows } = await kit.db.query<{ account_number: string }>(`SELECT account_number FROM recovery_line WHERE batch_id = $1`, [batches[0].id]);
    expect(rows.map((r) => r.account_number)).toEqual([card(7_100)]);
    // The second payee's request waits for the next assembly, now at RCB.
    const next: Array<{ bankCode: string; lineCount: number }> = (await kit.as(FINANCE).post('/api/v1/recovery-batches').expect(201)).body;
    expect(next.map((b) => [b.bankCode, b.lineCount])).toEqual([['RCB', 1]]);
  });

  it('empties a batch whose every line lost its account at the bank, and never writes it', async () => {
    const person = residentId('110105', '19430101', 70);
    await kit.confirmedPersonAccount(person, card(7_300), 'TINY');
    await send(request(person, { amountFen: 500 }));
    const [batch]: Array<{ id: string; lineCount: number }> = (await kit.as(FINANCE).post('/api/v1/recovery-batches').expect(201)).body;
    expect(batch.lineCount).toBe(1);
    await kit.confirmedPersonAccount(person, card(7_301), 'RCB');
    const emptied = await kit.as(FINANCE_2).post(`/api/v1/recovery-batches/${batch.id}/release`).expect(200);
    expect(emptied.body).toMatchObject({ status: 'EMPTIED', lineCount: 0, totalFen: 0, fileName: null });
    await kit.as(FINANCE).get(`/api/v1/recovery-batches/${batch.id}/file`).expect(404);
    expect((await kit.as(FINANCE_2).post(`/api/v1/recovery-batches/${batch.id}/release`).expect(409)).body.code).toBe('RECOVERY_BATCH.NOT_ASSEMBLED');
  });
});
