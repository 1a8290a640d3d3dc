// DOMAIN §5 [A]: no double payment of the child allowance with 低保/特困 for the same child; the
// child allowance takes precedence. Fed with child-welfare's events over the real broker.
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, outboxCount, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

const STOPPED = 'social-assistance.enrollment.stopped.v1';
const OVERPAID = 'social-assistance.overpayment.detected.v1';
const ALLOWANCE_STARTED = 'child-welfare.allowance.started.v1';
const ALLOWANCE_STOPPED = 'child-welfare.allowance.stopped.v1';
const CHILD_ID = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9b01';

// One timeline, July to October 2024: tests run in order and build on each other.
describe('the child allowance takes precedence over 低保/特困', () => {
  let h: Harness;
  const clerk1 = bearer(['operator'], 'clerk-1');
  const clerk2 = bearer(['approver'], 'clerk-2');
  const payrollRunner = bearer(['approver'], 'approver-1');
  // A 3-person urban 低保 household with a child; a child alone on 特困.
  const [parent, grandmother, child] = [residentId('110105', '19800101', 11), residentId('110105', '19500303', 21), residentId('110105', '20120505', 23)];
  const tekunChild = residentId('110105', '20150606', 33);
  let dibaoCase = '';
  let tekunCase = '';

  beforeAll(async () => {
    h = await startHarness('sa_child_allowance', '2024-07-15');
    const seed = async (key: string, value: unknown) => h.policy.add({ key, value, effectiveFrom: '2024-01-01' });
    await seed('social-assistance.dibao.standard.urban-fen-per-month', 73500);
    await seed('social-assistance.dibao.standard.rural-fen-per-year', 643100);
    await seed('social-assistance.dibao.classified-addons', { ELDERLY: { percent: 10 }, SEVERELY_DISABLED: { percent: 10 }, SERIOUSLY_ILL: { percent: 10 }, MINOR: { percent: 10 }, SINGLE_PARENT: { percent: 10 } });
    await seed('social-assistance.dibao.age-categories', { elderlyFromAge: 60, minorUnderAge: 18, changesFrom: 'MONTH_AFTER_BIRTHDAY' });
    await seed('social-assistance.dibao.asset-limit-months', 24);
    await seed('social-assistance.dibao.review-interval-months', { STABLE: 12, OTHER: 6 });
    await seed('social-assistance.dibao.single-person-borderline-factor', 1.5);
    await seed('social-assistance.dibao.gradual-exit-months', 6);
    await seed('social-assistance.tekun.basic-standard.dispersed-fen-per-month', 95600);
    await seed('social-assistance.tekun.basic-standard.central-fen-per-month', 95600);
    await seed('social-assistance.tekun.care-standard-fen-per-month', { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 });
    await seed('social-assistance.tekun.age-limits', { elderlyFrom: 60, minorUnder: 16 });
    await seed('social-assistance.tekun.minor-coverage', { untilAge: 18, inSchoolUntilAge: 22 });
    await h.policy.add(NO_NOTICE_DAYS);
  });

  afterAll(async () => {
    await h?.close();
  });

  const member = (id: string, monthlyFen: number, categories: string[]) => ({ residentId: id, name: '王某', relation: 'OTHER', incomes: monthlyFen ? [{ source: 'WAGES', monthlyFen }] : [], categories });

  async function household(members: unknown[]): Promise<string> {
    const res = await h.http().post('/api/v1/households').set('Authorization', clerk1).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members }).expect(201);
    return res.body.id as string;
  }

  type Line = { caseId: string; amountFen: number; members: number };
  async function payroll(month: string): Promise<Line[]> {
    return (await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month }).expect(201)).body.lines;
  }

  const caseRow = async (id: string) =>
    (await h.dataSource.query(`SELECT status, reason, stop_from_month AS "stopFromMonth", review_due_on::text AS "reviewDueOn" FROM assistance_case WHERE id = $1`, [id]))[0];

  const started = (id: string, fromMonth: string) => ({ childId: CHILD_ID, residentId: id, category: 'ORPHAN' as const, careForm: 'DISPERSED' as const, fromMonth });

  const FULL = 3 * 73500 - 15000 + 2 * 7350; // elderly and minor add-ons
  const WITHOUT_CHILD = 2 * 73500 - 15000 + 7350;

  it('pays the household with the child and the child on 特困 until the allowance is known', async () => {
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1)
      .send({ householdId: await household([member(parent, 15000, []), member(grandmother, 0, []), member(child, 0, [])]) }).expect(201);
    await startPublicNotice(h, applied.body.id, clerk1);
    await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', clerk2).expect(200);
    dibaoCase = applied.body.id;
    const tekun = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1)
      .send({ householdId: await household([member(tekunChild, 0, [])]), residentId: tekunChild, careForm: 'DISPERSED', unableActivities: 0, hasAbleSupporter: false }).expect(201);
    await h.http().post(`/api/v1/tekun/applications/${tekun.body.id}/approve`).set('Authorization', clerk2).expect(200);
    tekunCase = tekun.body.id;

    h.clock.set('2024-08-20');
    expect((await payroll('2024-08')).find((l) => l.caseId === dibaoCase)).toMatchObject({ amountFen: FULL, members: 3 });
    h.clock.set('2024-09-20');
    const september = await payroll('2024-09');
    expect(september.find((l) => l.caseId === dibaoCase)).toMatchObject({ amountFen: FULL, members: 3 });
    expect(september.find((l) => l.caseId === tekunCase)).toBeDefined();
  });

  it('allowance.started for the child of a 3-person 低保 household: the two others are paid from that month and the paid month becomes an overpayment', async () => {
    const envelope = await h.publish(ALLOWANCE_STARTED, started(child, '2024-09'), CHILD_ID);
    const stopped = await waitFor('child stopped', () => h.eventsOf(STOPPED).find((e) => e.data.residentId === child));
    expect(stopped!.data).toMatchObject({ program: 'DIBAO', reason: 'CHILD_ALLOWANCE', stopFromMonth: '2024-09', lastPaidMonth: '2024-09', causeEventId: envelope.id });
    const overpaid = await waitFor('overpayment', () => h.eventsOf(OVERPAID).find((e) => e.data.residentId === child));
    expect(overpaid!.data).toMatchObject({ program: 'DIBAO', months: ['2024-09'], amountFen: FULL - WITHOUT_CHILD, causeEventId: envelope.id });
    expect(await caseRow(dibaoCase)).toMatchObject({ status: 'ACTIVE', stopFromMonth: null });
    expect(h.eventsOf(STOPPED).filter((e) => e.data.residentId === parent || e.data.residentId === grandmother)).toEqual([]);

    // The same event again, and the same fact under a new event id, change nothing.
    await h.redeliver(envelope);
    const again = await h.publish(ALLOWANCE_STARTED, started(child, '2024-09'), CHILD_ID);
    await waitFor('second start consumed', async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [again.id])) === 1);
    expect(await outboxCount(h.dataSource, STOPPED, child)).toBe(1);
    expect(await outboxCount(h.dataSource, OVERPAID, child)).toBe(1);
    expect(await rowCount(h.dataSource, 'overpayment', 'case_id = $1', [dibaoCase])).toBe(1);
  });

  it('allowance.started for a child on 特困 stops the case from that month (CHILD_ALLOWANCE)', async () => {
    await h.publish(ALLOWANCE_STARTED, started(tekunChild, '2024-10'), CHILD_ID);
    const stopped = await waitFor('特困 stopped', () => h.eventsOf(STOPPED).find((e) => e.data.residentId === tekunChild));
    expect(stopped!.data).toMatchObject({ program: 'TEKUN', reason: 'CHILD_ALLOWANCE', stopFromMonth: '2024-10', lastPaidMonth: '2024-09' });
    expect(await caseRow(tekunCase)).toMatchObject({ status: 'STOPPED', reason: 'CHILD_ALLOWANCE', stopFromMonth: '2024-10' });
    expect(await rowCount(h.dataSource, 'overpayment', 'case_id = $1', [tekunCase])).toBe(0); // nothing paid from October

    h.clock.set('2024-10-20');
    const october = await payroll('2024-10');
    expect(october.find((l) => l.caseId === dibaoCase)).toMatchObject({ amountFen: WITHOUT_CHILD, members: 2 });
    expect(october.find((l) => l.caseId === tekunCase)).toBeUndefined();
  });

  it('allowance.stopped brings the household review forward and re-enrols nobody', async () => {
    const before = await caseRow(dibaoCase);
    expect(before.reviewDueOn > '2024-11-01').toBe(true);
    const envelope = await h.publish(ALLOWANCE_STOPPED, { childId: CHILD_ID, residentId: child, category: 'ORPHAN', careForm: 'DISPERSED', reason: 'ADOPTED', stopFromMonth: '2024-11' }, CHILD_ID);
    await waitFor('stop consumed', async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [envelope.id])) === 1);
    expect(await caseRow(dibaoCase)).toMatchObject({ status: 'ACTIVE', reviewDueOn: '2024-11-01' });
    expect(await outboxCount(h.dataSource, 'social-assistance.enrollment.started.v1', child)).toBe(1);
  });
});
