import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { addPayrollFigures } from './payroll-policies';
import { bearer, outboxCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

// 一卡通: an approved payroll reaches payments as payables chunks; the bank's outcomes come back
// on the lines, and a FAILED line is paid again, once, by the next payroll.
type Line = { lineId: string; caseId: string; kind: string; month: string; amountFen: number; reissueOf: string | null; paymentStatus: string | null; paymentFailureReason: string | null; paymentOutcomeOn: string | null };

describe('social-assistance payroll and 一卡通 payments', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1');
  const approver = bearer(['approver'], 'approver-1');
  const runner = bearer(['approver'], 'approver-2');
  const dispersed = residentId('110105', '19450505', 1);
  const stopping = residentId('110105', '19460606', 2);
  const central = residentId('110105', '19470707', 3);
  const applicant = residentId('110105', '19800101', 9);
  const spouse = residentId('110105', '19790101', 4);
  const cases: Record<string, string> = {};

  const lines = async (month: string): Promise<Line[]> => (await h.http().get(`/api/v1/payrolls?month=${month}`).set('Authorization', clerk).expect(200)).body.lines;
  const payables = (month: string) => h.eventsOf('social-assistance.payables.approved.v1').filter((e) => e.data.month === month).map((e) => e.data as PayablesApprovedV1);
  const lineOf = (all: Line[], caseId: string, kind = 'REGULAR') => all.find((l) => l.caseId === caseId && l.kind === kind)!;

  async function tekun(resident: string, careForm: 'DISPERSED' | 'CENTRAL'): Promise<string> {
    const householdId = (await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'RURAL', regionCode: '110105001', financialAssetsFen: 0, members: [{ residentId: resident, name: '郑某', relation: 'APPLICANT', incomes: [], categories: [] }] }).expect(201)).body.id;
    const institution = careForm === 'CENTRAL' ? { institution: '朝阳区第一敬老院' } : {};
    const id = (await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk).send({ householdId, residentId: resident, careForm, unableActivities: 5, hasAbleSupporter: false, ...institution }).expect(201)).body.id;
    await h.http().post(`/api/v1/tekun/applications/${id}/approve`).set('Authorization', approver).expect(200);
    return id;
  }

  async function runAndApprove(month: string): Promise<void> {
    await h.http().post('/api/v1/payrolls').set('Authorization', runner).send({ month }).expect(201);
    await h.http().post(`/api/v1/payrolls/${month}/approve`).set('Authorization', approver).expect(200);
  }

  beforeAll(async () => {
    h = await startHarness('sa_payments', '2024-07-20');
    await addPayrollFigures(h);
    await h.policy.add(NO_NOTICE_DAYS);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('approving the payroll publishes its lines as payables on the broker, with payees and amounts', async () => {
    cases.dispersed = await tekun(dispersed, 'DISPERSED');
    cases.stopping = await tekun(stopping, 'DISPERSED');
    cases.central = await tekun(central, 'CENTRAL');
    // A 低保 household is paid to its applicant, whoever is listed first.
    const members = [spouse, applicant].map((r) => ({ residentId: r, name: '郑某', relation: r === applicant ? 'APPLICANT' : 'SPOUSE', incomes: [], categories: [] }));
    const householdId = (await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members }).expect(201)).body.id;
    cases.dibao = (await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId }).expect(201)).body.id;
    await startPublicNotice(h, cases.dibao, clerk);
    await h.http().post(`/api/v1/dibao/applications/${cases.dibao}/approve`).set('Authorization', approver).expect(200);

    h.clock.set('2024-08-20');
    await runAndApprove('2024-08');
    const august = await lines('2024-08');
    expect(august).toHaveLength(4);
    expect(august.every((l) => l.paymentStatus === null)).toBe(true);

    const chunks = (await waitFor('the payables of August', () => (payables('2024-08').length > 0 ? payables('2024-08') : null)))!;
    expect(chunks).toHaveLength(1);
    expect(chunks[0].chunk).toEqual({ index: 0, count: 1 });
    expect(chunks[0].approvedBy).toBe('approver-1');
    const published = new Map(chunks[0].lines.map((l) => [l.lineId, l]));
    expect(published.size).toBe(4);
    for (const line of august) expect(published.get(line.lineId)).toMatchObject({ amountFen: line.amountFen, period: '2024-08' });
    expect(published.get(lineOf(august, cases.dispersed).lineId)).toMatchObject({ programme: 'TEKUN', payee: { kind: 'PERSON', residentId: dispersed }, amountFen: 95600 + 60000 });
    expect(published.get(lineOf(august, cases.central).lineId)!.payee).toMatchObject({ kind: 'ORGANISATION', name: '朝阳区第一敬老院' });
    expect(published.get(lineOf(august, cases.dibao).lineId)).toMatchObject({ programme: 'DIBAO', payee: { kind: 'PERSON', residentId: applicant }, amountFen: 73500 * 2 });
  });

  it('approving again is refused and publishes nothing new', async () => {
    // The event's subject is the approval: here the August payroll.
    const { approvalId } = payables('2024-08')[0];
    const before = await outboxCount(h.dataSource, 'social-assistance.payables.approved.v1', approvalId);
    expect(before).toBe(1);
    const again = await h.http().post('/api/v1/payrolls/2024-08/approve').set('Authorization', approver).expect(409);
    expect(again.body.code).toBe('PAYROLL.ALREADY_APPROVED');
    expect(await outboxCount(h.dataSource, 'social-assistance.payables.approved.v1', approvalId)).toBe(1);
  });

  it("shows the bank's outcomes on the lines and ignores another service's outcome", async () => {
    const august = await lines('2024-08');
    const line = (caseId: string) => lineOf(august, caseId);
    const outcome = (l: Line) => ({ lineId: l.lineId, programme: 'TEKUN' as const, period: l.month, amountFen: l.amountFen });
    const envelope = { batchId: '7c1a2b3c-0000-4000-8000-000000000001', returnFileId: '7c1a2b3c-0000-4000-8000-000000000002' };
    // Another service's chunk naming one of this service's line ids changes nothing here.
    await h.publish('payments.line.failed.v1', { ...envelope, ownerService: 'elderly-care', returnedOn: '2024-09-03', lines: [{ ...outcome(line(cases.central)), reason: 'ACCOUNT_CLOSED' }] }, 'x');
    await h.publish('payments.line.paid.v1', { ...envelope, ownerService: 'social-assistance', paidOn: '2024-09-03', lines: [outcome(line(cases.central)), { ...outcome(line(cases.dibao)), programme: 'DIBAO' }] }, 'x');
    await h.publish('payments.line.failed.v1', { ...envelope, ownerService: 'social-assistance', returnedOn: '2024-09-04', lines: [{ ...outcome(line(cases.dispersed)), reason: 'ACCOUNT_CLOSED', bankMessage: '账户已销户' }, { ...outcome(line(cases.stopping)), reason: 'NAME_MISMATCH' }] }, 'x');
    const after = (await waitFor('the outcomes on the lines', async () => {
      const all = await lines('2024-08');
      return all.filter((l) => l.paymentStatus !== null).length === 4 ? all : null;
    }))!;
    expect(lineOf(after, cases.central)).toMatchObject({ paymentStatus: 'PAID', paymentOutcomeOn: '2024-09-03', paymentFailureReason: null });
    expect(lineOf(after, cases.dibao)).toMatchObject({ paymentStatus: 'PAID', paymentOutcomeOn: '2024-09-03' });
    expect(lineOf(after, cases.dispersed)).toMatchObject({ paymentStatus: 'FAILED', paymentFailureReason: 'ACCOUNT_CLOSED', paymentOutcomeOn: '2024-09-04' });
    expect(lineOf(after, cases.stopping)).toMatchObject({ paymentStatus: 'FAILED', paymentFailureReason: 'NAME_MISMATCH' });
  });

  it('re-issues a failed line once in the next payroll, not for a case stopped from its month', async () => {
    h.clock.set('2024-09-20');
    await h.http().post(`/api/v1/tekun/applications/${cases.stopping}/stop`).set('Authorization', approver).send({ reason: 'DECEASED', fromMonth: '2024-08' }).expect(200);
    await runAndApprove('2024-09');
    const september = await lines('2024-09');
    const failed = lineOf(await lines('2024-08'), cases.dispersed);
    const reissues = september.filter((l) => l.kind === 'REISSUE');
    expect(reissues).toEqual([expect.objectContaining({ caseId: cases.dispersed, month: '2024-08', amountFen: failed.amountFen, reissueOf: failed.lineId, paymentStatus: null })]);
    const chunks = (await waitFor('the payables of September', () => (payables('2024-09').length > 0 ? payables('2024-09') : null)))!;
    expect(chunks.flatMap((c) => c.lines).filter((l) => l.reissueOf)).toEqual([expect.objectContaining({ lineId: reissues[0].lineId, reissueOf: failed.lineId, period: '2024-08' })]);

    h.clock.set('2024-10-20');
    await runAndApprove('2024-10');
    expect((await lines('2024-10')).filter((l) => l.kind === 'REISSUE')).toEqual([]);
  });

  it('counts a re-issued line’s money once in the annual report, as the line it pays again', async () => {
    const tekunCases = new Set([cases.dispersed, cases.stopping, cases.central]);
    const all = (await Promise.all(['2024-08', '2024-09', '2024-10'].map(lines))).flat().filter((l) => tekunCases.has(l.caseId));
    expect(all.filter((l) => l.kind === 'REISSUE')).toHaveLength(1);
    const report = (await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-1')).expect(200)).body;
    expect(report.TEKUN.paidFen).toBe(all.filter((l) => l.kind !== 'REISSUE').reduce((n, l) => n + l.amountFen, 0));
  });
});
