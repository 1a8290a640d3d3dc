import { maskResidentId } from '@app/common/resident-id/resident-id';
import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import { residentId } from '../../../test/support/resident-ids';
import type { EventTap } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import { APPROVER, AUDITOR, bearer, ChildWelfareTestKit, COUNTY, death, DIRECTOR, DISPERSED_FEN, VILLAGE } from './child-welfare-test-kit';

// Maker and checker on the child allowance payroll, then 一卡通: approved lines reach payments as
// payables chunks; the bank's outcomes come back on the lines; a FAILED line is paid again, once,
// by the next run, unless the child's case closed before its month.
type Line = { lineId: string; childId: string; residentId: string; month: string; kind: string; amountFen: number; reissueOf: string | null; paymentStatus: string | null; paymentFailureReason: string | null; paymentOutcomeOn: string | null };

const kit = new ChildWelfareTestKit('child_welfare_payments', '2024-07-15');
const SECOND_APPROVER = bearer(['approver'], COUNTY, 'approver-3');
const envelope = { batchId: '7c1a2b3c-0000-4000-8000-000000000001', returnFileId: '7c1a2b3c-0000-4000-8000-000000000002' };
let tap: EventTap;
let seq = 0;

async function orphan(): Promise<{ id: string; residentId: string }> {
  const [child, father, mother] = [residentId('110105', '20150310', ++seq), residentId('110105', '19850307', ++seq), residentId('110105', '19870101', ++seq)];
  const guardians = [
    { residentId: father, name: '王建国', relation: 'FATHER' },
    { residentId: mother, name: '李秀兰', relation: 'MOTHER' },
  ];
  const res = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR).send({ residentId: child, name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians }).expect(201);
  for (const parent of [father, mother]) await kit.consumed(await kit.publish('civil-registration.death.registered.v1', death(parent, '2024-07-01'), parent));
  return { id: res.body.id as string, residentId: child };
}

const run = (month: string) => kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month }).expect(200);
const approve = (month: string, token = SECOND_APPROVER) => kit.http().post(`/api/v1/payrolls/${month}/approve`).set('Authorization', token);
const lines = async (month: string): Promise<Line[]> => (await kit.http().get(`/api/v1/payrolls/${month}/lines?pageSize=100`).set('Authorization', APPROVER).expect(200)).body.items;
const payables = (month: string) => tap.received().map((e) => e.data as unknown as PayablesApprovedV1).filter((p) => p.month === month);
const published = () => kit.count(`SELECT count(*) AS n FROM outbox WHERE routing_key = 'child-welfare.payables.approved.v1'`);

beforeAll(async () => {
  await kit.start();
  tap = await kit.listen('child-welfare.payables.approved.v1');
});
afterAll(async () => {
  await tap?.close();
  await kit.stop();
});

describe('child allowance payroll approval and 一卡通 payments', () => {
  let stays: { id: string; residentId: string };
  let dies: { id: string; residentId: string };
  const lineOf = (all: Line[], child: { id: string }, kind = 'REGULAR') => all.find((l) => l.childId === child.id && l.kind === kind)!;

  it('refuses approval by who ran the payroll, then publishes the lines once to the children', async () => {
    stays = await orphan();
    dies = await orphan();
    kit.clock.set('2024-08-05');
    await run('2024-08');
    const refused = await approve('2024-08', APPROVER).expect(403);
    expect([refused.body.code, refused.headers['content-type']]).toEqual(['PAYROLL.SAME_PERSON_APPROVAL', expect.stringContaining('application/problem+json')]);
    expect(await published()).toBe(0);
    expect((await approve('2024-07').expect(404)).body.code).toBe('PAYROLL.NOT_FOUND');

    const approved = await approve('2024-08').expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', runBy: ['approver-1'], approvedBy: 'approver-3', approvedOn: '2024-08-05' });
    const august = await lines('2024-08');
    expect(august).toHaveLength(2);
    const chunks = (await waitFor('the payables of August', () => (payables('2024-08').length > 0 ? payables('2024-08') : null)))!;
    expect(chunks.map((c) => [c.chunk, c.approvedBy])).toEqual([[{ index: 0, count: 1 }, 'approver-3']]);
    expect(chunks[0].lines.map((l) => [l.lineId, l.programme, l.period, l.payee, l.amountFen]).sort()).toEqual(
      [stays, dies].map((c) => [lineOf(august, c).lineId, 'CHILD_ALLOWANCE', '2024-08', { kind: 'PERSON', residentId: c.residentId }, DISPERSED_FEN]).sort(),
    );
    expect(august.map((l) => l.residentId).sort()).toEqual([stays, dies].map((c) => maskResidentId(c.residentId)).sort());

    expect((await approve('2024-08').expect(409)).body.code).toBe('PAYROLL.ALREADY_APPROVED');
    expect((await run('2024-08')).body).toMatchObject({ created: 0, status: 'APPROVED' });
    expect(await published()).toBe(1);
  });

  it("shows the bank's outcome on each line, ignoring another service's outcome", async () => {
    const august = await lines('2024-08');
    const outcome = (l: Line) => ({ lineId: l.lineId, programme: 'CHILD_ALLOWANCE' as const, period: l.month, amountFen: l.amountFen });
    await kit.consumed(await kit.publish('payments.line.paid.v1', { ...envelope, ownerService: 'social-assistance', paidOn: '2024-09-02', lines: august.map(outcome) }, 'x'));
    expect((await lines('2024-08')).map((l) => l.paymentStatus)).toEqual([null, null]);
    await kit.consumed(
      await kit.publish('payments.line.failed.v1', { ...envelope, ownerService: 'child-welfare', returnedOn: '2024-09-03', lines: august.map((l) => ({ ...outcome(l), reason: 'ACCOUNT_NOT_FOUND' as const, bankMessage: '账户不存在' })) }, 'x'),
    );
    expect(lineOf(await lines('2024-08'), stays)).toMatchObject({ paymentStatus: 'FAILED', paymentFailureReason: 'ACCOUNT_NOT_FOUND', paymentOutcomeOn: '2024-09-03' });
    const status = (await kit.http().get(`/api/v1/children/${stays.id}/allowance`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(status.payments).toEqual([expect.objectContaining({ month: '2024-08', paymentStatus: 'FAILED', paymentFailureReason: 'ACCOUNT_NOT_FOUND' })]);
  });

  it("re-issues a failed line once with the next run, not for a child whose case closed before the line's month", async () => {
    // Reported late: the child died in July, so nothing was owed for August.
    await kit.consumed(await kit.publish('civil-registration.death.registered.v1', death(dies.residentId, '2024-07-20'), dies.residentId));
    const failed = lineOf(await lines('2024-08'), stays);
    kit.clock.set('2024-09-05');
    expect((await run('2024-09')).body.reissues).toEqual({ lines: 1, totalFen: DISPERSED_FEN });
    const reissues = (await lines('2024-09')).filter((l) => l.kind === 'REISSUE');
    expect(reissues).toEqual([expect.objectContaining({ childId: stays.id, month: '2024-08', amountFen: DISPERSED_FEN, reissueOf: failed.lineId, paymentStatus: null })]);
    await approve('2024-09').expect(200);
    const chunks = (await waitFor('the payables of September', () => (payables('2024-09').length > 0 ? payables('2024-09') : null)))!;
    expect(chunks.flatMap((c) => c.lines).filter((l) => l.reissueOf)).toEqual([expect.objectContaining({ lineId: reissues[0].lineId, reissueOf: failed.lineId, period: '2024-08' })]);

    kit.clock.set('2024-10-05');
    expect((await run('2024-10')).body.reissues).toEqual({ lines: 0, totalFen: 0 });
  });

  it('approves a month of one line, and a month of none, as well as one of two', async () => {
    // October pays the child who stays, alone; November no one, that child having died in October.
    await approve('2024-10').expect(200);
    const october = (await waitFor('the payables of October', () => (payables('2024-10').length > 0 ? payables('2024-10') : null)))!;
    expect(october.flatMap((c) => c.lines).map((l) => [l.period, l.payee])).toEqual([['2024-10', { kind: 'PERSON', residentId: stays.residentId }]]);
    await kit.consumed(await kit.publish('civil-registration.death.registered.v1', death(stays.residentId, '2024-10-10'), stays.residentId));
    kit.clock.set('2024-11-05');
    expect((await run('2024-11')).body.lines).toBe(0);
    await approve('2024-11').expect(200);
  });

  it('counts a re-issued line’s money once in the annual report, as the line it pays again', async () => {
    const all = (await Promise.all(['2024-08', '2024-09', '2024-10', '2024-11'].map(lines))).flat();
    expect(all.filter((l) => l.kind === 'REISSUE')).toHaveLength(1);
    const owed = all.filter((l) => l.kind !== 'REISSUE');
    const report = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', AUDITOR).expect(200)).body;
    expect(report.allowances).toMatchObject({ lines: owed.length, totalFen: owed.reduce((n, l) => n + l.amountFen, 0) });
  });
});
