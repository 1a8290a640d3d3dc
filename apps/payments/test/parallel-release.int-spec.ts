// Batches of one month are released at once: a release changes only its own batch, so a second
// finance officer's releases do not queue behind one another, while an assembly still waits for
// the releases in flight (and one batch is still released once).
import type { Client } from 'pg';
import { openDatabase } from '../../../test/support/service-under-test';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { AUDITOR, bearer, card, FINANCE, FINANCE_2, PaymentsTestKit, personLine } from './payments-test-kit';

const FINANCE_3 = bearer(['finance'], 'finance-3', '110100');

/** Settles with the response, or with 'still waiting' when it has not come within `ms`. */
async function within<T>(promise: PromiseLike<T>, ms: number): Promise<T | 'still waiting'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([Promise.resolve(promise), new Promise<'still waiting'>((resolve) => (timer = setTimeout(() => resolve('still waiting'), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

describe('parallel release of a month’s batches (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new PaymentsTestKit('payments_parallel_release');
  const p1 = residentId('110105', '19400101', 11);
  const p2 = residentId('110105', '19400101', 12);
  const p3 = residentId('110105', '19400101', 13);
  let blocker: Client;

  beforeAll(async () => {
    await kit.start();
    blocker = await openDatabase(kit.database);
    await kit.confirmedPersonAccount(p1, card(11), 'RCB', '李一');
    await kit.confirmedPersonAccount(p2, card(12, '621799'), 'PSBC', '李二');
    await kit.confirmedPersonAccount(p3, card(13), 'RCB', '李三');
    await kit.approve('social-assistance.payables.approved.v1', [personLine(p1, 73_500), personLine(p2, 73_600), personLine(p3, 73_700)]);
  });

  afterAll(async () => {
    await blocker?.end();
    await kit.stop();
  });

  /** Sessions of the service waiting for a lock in a statement that mentions `text`. */
  const waitingOn = (text: string) =>
    kit.count(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query LIKE $2`, [kit.database, `%${text}%`]);

  it('releases one batch while another is still being released, and assembles only once both are done', async () => {
    const assembled = await kit.as(FINANCE).post('/api/v1/batches', { month: '2024-08' }).expect(201);
    const [psbc, rcb] = assembled.body.batches as Array<{ id: string; bankCode: string }>;
    expect([psbc.bankCode, rcb.bankCode]).toEqual(['PSBC', 'RCB']);

    // The RCB release is held up half-way (its batch row is locked elsewhere), as a long file would be.
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM disbursement_batch WHERE id = $1 FOR UPDATE', [rcb.id]);
    const rcbRelease = kit.as(FINANCE_2).post(`/api/v1/batches/${rcb.id}/release`).then((res) => res);
    await waitFor('the RCB release waiting for its batch', async () => (await waitingOn('disbursement_batch')) === 1);

    const psbcRelease = await within(kit.as(FINANCE_2).post(`/api/v1/batches/${psbc.id}/release`), 15_000);
    expect(psbcRelease === 'still waiting' ? psbcRelease : [psbcRelease.status, psbcRelease.body.status]).toEqual([200, 'RELEASED']);

    // An assembly changes batches across banks: it waits for the release in flight.
    const assembly = kit.as(FINANCE).post('/api/v1/batches', { month: '2024-08' }).then((res) => res);
    await waitFor('the assembly waiting for the batch-state lock', async () => (await waitingOn('pg_advisory_xact_lock')) === 1);
    expect(await within(assembly, 500)).toBe('still waiting');

    await blocker.query('COMMIT');
    const released = await rcbRelease;
    expect([released.status, released.body.status, released.body.lineCount]).toEqual([200, 'RELEASED', 2]);
    const again = await assembly;
    expect([again.status, again.body.batches, again.body.heldLines]).toEqual([201, [], 0]);

    // Each batch released once, its file as its data says.
    expect((await kit.as(FINANCE_2).post(`/api/v1/batches/${rcb.id}/release`).expect(409)).body.code).toBe('BATCH.NOT_ASSEMBLED');
    for (const batch of [psbc, rcb]) expect((await kit.as(AUDITOR).get(`/api/v1/batches/${batch.id}/file-check`).expect(200)).body.identical).toBe(true);
    expect(await kit.count(`SELECT count(*) AS n FROM bank_file`)).toBe(2);
  });

  it('releases one batch once when two officers release it at the same moment', async () => {
    await kit.approve('social-assistance.payables.approved.v1', [personLine(p1, 10_000, { programme: 'TEKUN' })], { month: '2024-09' });
    const assembled = await kit.as(FINANCE).post('/api/v1/batches', { month: '2024-09' }).expect(201);
    const [batch] = assembled.body.batches as Array<{ id: string }>;
    const answers = await Promise.all([kit.as(FINANCE_2).post(`/api/v1/batches/${batch.id}/release`), kit.as(FINANCE_3).post(`/api/v1/batches/${batch.id}/release`)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await kit.count(`SELECT count(*) AS n FROM bank_file WHERE batch_id = $1`, [batch.id])).toBe(1);
  });
});
