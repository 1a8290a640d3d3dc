import { randomUUID } from 'node:crypto';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { APPROVER, AUDITOR, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

describe('late registration and moving away (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_late_moves');
  const recent = residentId('110105', '19440310', 71); // 80 on 2024-03-10: due from 2024-04
  const long = residentId('110105', '19300105', 72); // 80 long ago: back to the 12-month look-back
  const mover = residentId('110105', '19400420', 73);
  const importedMover = residentId('110105', '19400421', 74);
  const payroll = (month: string) => kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month }).expect(200);
  const allowancesOf = async (id: string) =>
    (await kit.db.query(`SELECT kind, tier, from_month, stop_from_month, stop_reason FROM allowance WHERE resident_id = $1 ORDER BY kind, from_month`, [id])).rows;
  const paidMonths = async (id: string) => (await kit.db.query<{ month: string }>(`SELECT month FROM allowance_payment WHERE resident_id = $1 ORDER BY month`, [id])).rows.map((r) => r.month);

  let stopped: Awaited<ReturnType<ElderlyCareTestKit['listen']>>;

  beforeAll(async () => {
    await kit.start();
    stopped = await kit.listen('elderly-care.allowance.stopped.v1');
  });

  afterAll(async () => {
    await stopped?.close();
    await kit.stop();
  });

  it('grants a person registered late from the first month due, back to the look-back, and pays the back months once', async () => {
    expect((await kit.importElders([{ residentId: recent }, { residentId: long }])).accepted).toBe(2);
    expect(await kit.runAllowanceJob('2024-05')).toMatchObject({ started: 2 });
    expect(await allowancesOf(recent)).toEqual([{ kind: 'HIGH_AGE', tier: 'AGE_80_99', from_month: '2024-04', stop_from_month: null, stop_reason: null }]);
    expect(await allowancesOf(long)).toEqual([{ kind: 'HIGH_AGE', tier: 'AGE_80_99', from_month: '2023-05', stop_from_month: null, stop_reason: null }]);

    const may = await payroll('2024-05');
    expect(may.body).toMatchObject({ created: 15, lines: 15, totalFen: 15 * 5000 });
    expect(await paidMonths(recent)).toEqual(['2024-04', '2024-05']);
    expect(await paidMonths(long)).toHaveLength(13);
    expect((await payroll('2024-05')).body.created).toBe(0);
    expect((await payroll('2024-06')).body).toMatchObject({ created: 2, lines: 2 });
  });

  it('a move away recorded through the API stops allowance and subsidy from the month after, and what was paid since is an overpayment', async () => {
    expect((await kit.importElders([{ residentId: mover }])).accepted).toBe(1);
    const enrolled = await kit.publish(
      'social-assistance.enrollment.started.v1',
      { ...sampleEvents['social-assistance.enrollment.started.v1'], enrollmentId: randomUUID(), residentId: mover, effectiveMonth: '2024-06', birthDate: '1940-04-20' },
      mover,
    );
    await kit.consumed(enrolled);
    await kit.runAllowanceJob('2024-06');
    await payroll('2024-06');
    await payroll('2024-07');
    await payroll('2024-08');

    const stopsBefore = stopped.received().length;
    const res = await kit
      .http()
      .post('/api/v1/elders/residence-changes')
      .set('Authorization', OPERATOR)
      .send({ residentId: mover, movedOn: '2024-06-10', source: 'PUBLIC_SECURITY', receivedAt: '2024-08-20T09:00:00+08:00' })
      .expect(201);
    expect(res.body).toMatchObject({ movedOn: '2024-06-10', source: 'PUBLIC_SECURITY', stopFromMonth: '2024-07', stopped: 2, overpaidFen: 4 * 5000, created: true });
    expect((await allowancesOf(mover)).map((a: { kind: string; stop_from_month: string; stop_reason: string }) => [a.kind, a.stop_from_month, a.stop_reason])).toEqual([
      ['HIGH_AGE', '2024-07', 'MOVED_AWAY'],
      ['SERVICE_SUBSIDY', '2024-07', 'MOVED_AWAY'],
    ]);
    const overpaid = await kit.http().post('/api/v1/overpayments/search').set('Authorization', AUDITOR).send({ residentId: mover }).expect(200);
    expect(overpaid.body.totalFen).toBe(20000);
    await waitFor('stopped events', async () => stopped.received().length >= stopsBefore + 2);
    expect(stopped.received().slice(stopsBefore).map((e) => [e.data.kind, e.data.reason, e.data.stopFromMonth]).sort()).toEqual([
      ['HIGH_AGE', 'MOVED_AWAY', '2024-07'],
      ['SERVICE_SUBSIDY', 'MOVED_AWAY', '2024-07'],
    ]);

    // Reported again: nothing changes; the payroll pays nothing more; the job grants nothing again.
    const again = await kit.http().post('/api/v1/elders/residence-changes').set('Authorization', OPERATOR).send({ residentId: mover, movedOn: '2024-06-10', source: 'REGISTRY' }).expect(201);
    expect(again.body).toMatchObject({ created: false, stopped: 0 });
    expect((await payroll('2024-09')).body.byKind).not.toContainEqual(expect.objectContaining({ lines: expect.any(Number), kind: 'SERVICE_SUBSIDY' }));
    expect(await kit.runAllowanceJob('2024-09')).toMatchObject({ started: 0 });
    expect((await paidMonths(mover)).filter((m) => m >= '2024-09')).toEqual([]);
  });

  it('refuses a bad move with the field at fault and stores nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM residence_change');
    const bad = await kit.http().post('/api/v1/elders/residence-changes').set('Authorization', OPERATOR).send({ residentId: recent, movedOn: '2024-06-10', source: 'HOSPITAL' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'source' }] });
    const noOne = await kit.http().post('/api/v1/elders/residence-changes').set('Authorization', OPERATOR).send({ residentId: '11010519400101001', movedOn: '2024-06-10', source: 'REGISTRY' }).expect(400);
    expect(noOne.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'residentId' }] });
    const future = await kit.http().post('/api/v1/elders/residence-changes').set('Authorization', OPERATOR).send({ residentId: recent, movedOn: '2099-01-01', source: 'REGISTRY' }).expect(422);
    expect(future.body).toMatchObject({ code: 'RESIDENCE.DATE_INVALID', errors: [{ field: 'movedOn' }] });
    await kit.http().post('/api/v1/elders/residence-changes').set('Authorization', AUDITOR).send({ residentId: recent, movedOn: '2024-06-10', source: 'REGISTRY' }).expect(403);
    expect(await kit.count('SELECT count(*) AS n FROM residence_change')).toBe(before);
  });

  it('the registry import records a move away with its source', async () => {
    expect((await kit.importElders([{ residentId: importedMover }])).accepted).toBe(1);
    await kit.runAllowanceJob('2024-06');
    const body = JSON.stringify({ residentId: importedMover, name: '张秀英', region: '110105', local: true, movedAwayOn: '2024-07-31', moveSource: 'REGISTRY' });
    const bad = JSON.stringify({ residentId: importedMover, name: '张秀英', region: '110105', local: true, movedAwayOn: '2024-07-31', moveSource: 'HOSPITAL' });
    const res = await kit.http().post('/api/v1/elders/import').set('Authorization', OPERATOR).set('Content-Type', 'application/x-ndjson').send(`${body}\n${bad}`).expect(200);
    expect(res.body.lines).toEqual([
      { line: 1, status: 'ACCEPTED', moved: true },
      { line: 2, status: 'REFUSED', reason: 'BAD_MOVE' },
    ]);
    const { rows } = await kit.db.query(`SELECT moved_on::text, source FROM residence_change WHERE resident_id = $1`, [importedMover]);
    expect(rows).toEqual([{ moved_on: '2024-07-31', source: 'REGISTRY' }]);
    expect((await allowancesOf(importedMover))[0]).toMatchObject({ stop_from_month: '2024-08', stop_reason: 'MOVED_AWAY' });
  });
});
