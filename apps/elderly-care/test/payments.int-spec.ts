import { maskResidentId } from '@app/common/resident-id/resident-id';
import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import type { EventTap } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import { APPROVER, AUDITOR, bearer, ElderlyCareTestKit } from './elderly-care-test-kit';

// Maker and checker on the monthly payroll, then 一卡通: the approved lines reach payments as
// payables chunks; the bank's outcomes come back on the lines, and a FAILED line is paid again,
// once, by the next payroll, unless the allowance stopped from its month.
type Line = { lineId: string; residentId: string; kind: string; month: string; amountFen: number; lineType: string; reissueOf: string | null; paymentStatus: string | null; paymentFailureReason: string | null; paymentOutcomeOn: string | null };

describe('elderly-care payroll approval and 一卡通 payments (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_payments', { lookBackMonths: 1 });
  const SECOND_APPROVER = bearer(['approver'], 'approver-2');
  const alive = residentId('110105', '19400301', 21);
  const dies = residentId('110105', '19410301', 22);
  let tap: EventTap;
  const envelope = { batchId: '7c1a2b3c-0000-4000-8000-000000000001', returnFileId: '7c1a2b3c-0000-4000-8000-000000000002' };

  beforeAll(async () => {
    await kit.start();
    tap = await kit.listen('elderly-care.payables.approved.v1');
    expect((await kit.importElders([{ residentId: alive }, { residentId: dies }])).accepted).toBe(2);
    await kit.runAllowanceJob('2024-08');
  });

  afterAll(async () => {
    await tap?.close();
    await kit.stop();
  });

  const run = (month: string) => kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month }).expect(200);
  const lines = async (month: string): Promise<Line[]> => (await kit.http().get(`/api/v1/payrolls/${month}/lines?pageSize=100`).set('Authorization', AUDITOR).expect(200)).body.items;
  const payables = (month: string) => tap.received().map((e) => e.data as unknown as PayablesApprovedV1).filter((p) => p.month === month);
  const published = () => kit.count(`SELECT count(*) AS n FROM outbox WHERE routing_key = 'elderly-care.payables.approved.v1'`);
  const regularOf = (all: Line[], resident: string, month = '2024-08') => all.find((l) => l.residentId === maskResidentId(resident) && l.month === month && l.lineType === 'REGULAR')!;

  it('refuses approval by who ran the payroll, publishing nothing', async () => {
    await run('2024-08');
    const refused = await kit.http().post('/api/v1/payrolls/2024-08/approve').set('Authorization', APPROVER).expect(403);
    expect([refused.body.code, refused.headers['content-type']]).toEqual(['PAYROLL.SAME_PERSON_APPROVAL', expect.stringContaining('application/problem+json')]);
    expect((await kit.http().get('/api/v1/payrolls/2024-08/summary').set('Authorization', AUDITOR).expect(200)).body).toMatchObject({ status: 'RUN', runBy: ['approver-1'], approvedBy: null });
    expect(await published()).toBe(0);
    const never = await kit.http().post('/api/v1/payrolls/2024-07/approve').set('Authorization', SECOND_APPROVER).expect(404);
    expect(never.body.code).toBe('PAYROLL.NOT_FOUND');
  });

  it('refuses a run and an approval by an approver whose division does not cover every elder paid', async () => {
    const otherDistrict = bearer(['approver'], 'approver-haidian', '110108');
    const run = await kit.http().post('/api/v1/payrolls').set('Authorization', otherDistrict).send({ month: '2024-08' }).expect(403);
    const approval = await kit.http().post('/api/v1/payrolls/2024-08/approve').set('Authorization', otherDistrict).expect(403);
    expect([run.body.code, run.body.errors[0].field, approval.body.code]).toEqual(['AUTH.OUTSIDE_DIVISION', 'region', 'AUTH.OUTSIDE_DIVISION']);
    expect((await kit.http().get('/api/v1/payrolls/2024-08/summary').set('Authorization', AUDITOR).expect(200)).body).toMatchObject({ status: 'RUN', runBy: ['approver-1'], approvedBy: null });
    expect(await published()).toBe(0);
  });

  it('approval by another approver publishes every line as payables to the elder, once', async () => {
    const approved = await kit.http().post('/api/v1/payrolls/2024-08/approve').set('Authorization', SECOND_APPROVER).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', approvedBy: 'approver-2' });
    const august = await lines('2024-08');
    expect(august.length).toBeGreaterThanOrEqual(2);
    const chunks = (await waitFor('the payables of August', () => (payables('2024-08').length > 0 ? payables('2024-08') : null)))!;
    const payrollId = (await kit.db.query<{ id: string }>(`SELECT id FROM payroll WHERE month = '2024-08'`)).rows[0].id;
    expect(chunks.map((c) => [c.chunk, c.approvedBy, c.approvalId])).toEqual([[{ index: 0, count: 1 }, 'approver-2', payrollId]]);
    // The response masks resident IDs; payments gets them whole, for the payee's account.
    expect(chunks[0].lines.map((l) => [l.lineId, l.programme, l.period, l.payee.kind === 'PERSON' && maskResidentId(l.payee.residentId), l.amountFen]).sort()).toEqual(
      august.map((l) => [l.lineId, 'HIGH_AGE_ALLOWANCE', l.month, l.residentId, l.amountFen]).sort(),
    );
    expect(chunks[0].lines.map((l) => l.payee).filter((p) => p.kind === 'PERSON' && (p.residentId === alive || p.residentId === dies)).length).toBe(august.length);
    expect(regularOf(august, alive).amountFen).toBe(5000);

    const again = await kit.http().post('/api/v1/payrolls/2024-08/approve').set('Authorization', SECOND_APPROVER).expect(409);
    expect(again.body.code).toBe('PAYROLL.ALREADY_APPROVED');
    expect((await run('2024-08')).body).toMatchObject({ created: 0, status: 'APPROVED' });
    expect(await published()).toBe(1);
  });

  it("shows the bank's outcome on each line, ignoring another service's outcome", async () => {
    const august = await lines('2024-08');
    const outcome = (l: Line) => ({ lineId: l.lineId, programme: 'HIGH_AGE_ALLOWANCE' as const, period: l.month, amountFen: l.amountFen });
    const [a, d] = [regularOf(august, alive), regularOf(august, dies)];
    await kit.consumed(await kit.publish('payments.line.failed.v1', { ...envelope, ownerService: 'canteen', returnedOn: '2024-09-03', lines: [{ ...outcome(a), reason: 'OTHER' }] }, 'x'));
    expect((await lines('2024-08')).every((l) => l.paymentStatus === null)).toBe(true);
    await kit.consumed(await kit.publish('payments.line.failed.v1', { ...envelope, ownerService: 'elderly-care', returnedOn: '2024-09-04', lines: [{ ...outcome(a), reason: 'ACCOUNT_CLOSED' }, { ...outcome(d), reason: 'NAME_MISMATCH' }] }, 'x'));
    const others = august.filter((l) => l.lineId !== a.lineId && l.lineId !== d.lineId);
    if (others.length > 0) await kit.consumed(await kit.publish('payments.line.paid.v1', { ...envelope, ownerService: 'elderly-care', paidOn: '2024-09-04', lines: others.map(outcome) }, 'x'));
    const after = await lines('2024-08');
    expect(regularOf(after, alive)).toMatchObject({ paymentStatus: 'FAILED', paymentFailureReason: 'ACCOUNT_CLOSED', paymentOutcomeOn: '2024-09-04' });
    expect(regularOf(after, dies)).toMatchObject({ paymentStatus: 'FAILED', paymentFailureReason: 'NAME_MISMATCH' });
    expect(after.filter((l) => l.paymentStatus === 'PAID').map((l) => l.lineId).sort()).toEqual(others.map((l) => l.lineId).sort());
    expect((await kit.http().get('/api/v1/payrolls/2024-08/summary').set('Authorization', AUDITOR).expect(200)).body.failed).toEqual({ lines: 2, totalFen: 10000 });
  });

  it('re-issues a failed line once in the next payroll, not for an allowance stopped from its month', async () => {
    // Reported late: died in July, so nothing was owed for August.
    const death = await kit.publish('civil-registration.death.registered.v1', { ...sampleEvents['civil-registration.death.registered.v1'], deathId: randomUUID(), residentId: dies, dateOfDeath: '2024-07-10' }, dies);
    await kit.consumed(death);
    const failed = regularOf(await lines('2024-08'), alive);
    expect((await run('2024-09')).body.reissues).toEqual({ lines: 1, totalFen: 5000 });
    const reissues = (await lines('2024-09')).filter((l) => l.lineType === 'REISSUE');
    expect(reissues).toEqual([expect.objectContaining({ residentId: maskResidentId(alive), month: '2024-08', amountFen: 5000, reissueOf: failed.lineId, paymentStatus: null })]);
    await kit.http().post('/api/v1/payrolls/2024-09/approve').set('Authorization', SECOND_APPROVER).expect(200);
    const chunks = (await waitFor('the payables of September', () => (payables('2024-09').length > 0 ? payables('2024-09') : null)))!;
    expect(chunks.flatMap((c) => c.lines).filter((l) => l.reissueOf)).toEqual([expect.objectContaining({ lineId: reissues[0].lineId, reissueOf: failed.lineId, period: '2024-08' })]);

    expect((await run('2024-10')).body.reissues).toEqual({ lines: 0, totalFen: 0 });
  });

  it('counts a re-issued line’s money once in the annual report, as the line it pays again', async () => {
    const all = (await Promise.all(['2024-08', '2024-09', '2024-10'].map(lines))).flat().filter((l) => l.kind === 'HIGH_AGE');
    expect(all.filter((l) => l.lineType === 'REISSUE')).toHaveLength(1);
    const owed = all.filter((l) => l.lineType !== 'REISSUE');
    const report = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', AUDITOR).expect(200)).body;
    expect(report.highAgeAllowance).toMatchObject({ paymentLines: owed.length, totalFen: owed.reduce((n, l) => n + l.amountFen, 0) });
  });
});
