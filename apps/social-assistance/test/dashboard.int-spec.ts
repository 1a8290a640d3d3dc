// The director's dashboard (GET /api/v1/dashboard): monthly 低保 caseload, starts, stops and payroll
// money of the households of a division, the work waiting today, the range checked (400) and the
// division (403). Cases are made through the service's own API on one timeline.
import { residentId } from '../../../test/support/resident-ids';
import { bearer, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

type Series = { programme: string; measure: string; points: Array<{ month: string; value: number }> };
type Dashboard = { division: string; from: string; to: string; asOf: string; series: Series[]; figures: Array<{ key: string; value: number }> };

describe('dashboard of social-assistance', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1', '110105');
  const approver = bearer(['approver'], 'approver-1', '110105');
  const payrollRunner = bearer(['approver'], 'approver-2', '110105');
  const townA = bearer(['approver'], 'approver-a', '110105001');
  const townB = bearer(['auditor'], 'auditor-b', '110105002');
  const caseIds: Record<'a1' | 'a2' | 'b1', string> = { a1: '', a2: '', b1: '' };
  const paidByCase = new Map<string, number>();

  const get = async (query: string, token = approver, status = 200) => (await h.http().get(`/api/v1/dashboard?${query}`).set('Authorization', token).expect(status)).body;
  const values = (d: Dashboard, programme: string, measure: string) => d.series.find((s) => s.programme === programme && s.measure === measure)?.points.map((p) => p.value);
  const figure = (d: Dashboard, key: string) => d.figures.find((f) => f.key === key)?.value;

  async function household(regionCode: string, people: string[]): Promise<string> {
    const members = people.map((id, i) => ({ residentId: id, name: '王某', relation: i === 0 ? 'APPLICANT' : 'OTHER', incomes: [], categories: [] }));
    return (await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'URBAN', regionCode, financialAssetsFen: 0, members }).expect(201)).body.id;
  }
  async function apply(regionCode: string, people: string[]): Promise<string> {
    return (await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId: await household(regionCode, people) }).expect(201)).body.id;
  }
  async function applyAndApprove(regionCode: string, people: string[]): Promise<string> {
    const id = await apply(regionCode, people);
    await startPublicNotice(h, id, clerk);
    await h.http().post(`/api/v1/dibao/applications/${id}/approve`).set('Authorization', approver).expect(200);
    return id;
  }

  beforeAll(async () => {
    h = await startHarness('sa_dashboard', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.classified-addons', value: {}, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.age-categories', value: { elderlyFromAge: 60, minorUnderAge: 18, changesFrom: 'MONTH_AFTER_BIRTHDAY' }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    await h.policy.add(NO_NOTICE_DAYS);
    // Approved on 15 July: paid from August. Two households in township A, one in township B.
    caseIds.a1 = await applyAndApprove('110105001', [residentId('110105', '19800101', 1)]);
    caseIds.a2 = await applyAndApprove('110105001001', [residentId('110105', '19800101', 2), residentId('110105', '19820101', 3)]);
    caseIds.b1 = await applyAndApprove('110105002', [residentId('110105', '19800101', 4)]);
    await apply('110105001', [residentId('110105', '19800101', 5)]); // waits for its investigation
    h.clock.set('2024-08-20');
    const run = (await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-08' }).expect(201)).body as { lines: Array<{ caseId: string; amountFen: number }> };
    for (const line of run.lines) paidByCase.set(line.caseId, (paidByCase.get(line.caseId) ?? 0) + line.amountFen);
    h.clock.set('2024-09-20');
    await h.http().post(`/api/v1/dibao/applications/${caseIds.a2}/stop`).set('Authorization', approver).send({ reason: 'INCOME_ABOVE_STANDARD', fromMonth: '2024-10' }).expect(200);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('counts the county’s cases in force, started and stopped per month, and the payroll money', async () => {
    const d: Dashboard = await get('from=2024-07&to=2024-11');
    expect(d).toMatchObject({ division: '110105', from: '2024-07', to: '2024-11', asOf: '2024-09-20' });
    expect(d.series.find((s) => s.measure === 'CASELOAD')!.points.map((p) => p.month)).toEqual(['2024-07', '2024-08', '2024-09', '2024-10', '2024-11']);
    expect(values(d, 'DIBAO', 'CASELOAD')).toEqual([0, 3, 3, 2, 2]);
    expect(values(d, 'DIBAO', 'STARTED')).toEqual([0, 3, 0, 0, 0]);
    expect(values(d, 'DIBAO', 'STOPPED')).toEqual([0, 0, 0, 1, 0]);
    expect(values(d, 'TEKUN', 'CASELOAD')).toEqual([0, 0, 0, 0, 0]);
    const august = [...paidByCase.values()].reduce((sum, fen) => sum + fen, 0);
    expect(paidByCase.size).toBe(3);
    expect(august).toBeGreaterThan(0);
    expect(values(d, 'DIBAO', 'PAID')).toEqual([0, august, 0, 0, 0]);
    expect(figure(d, 'AWAITING_INVESTIGATION')).toBe(1);
    expect(figure(d, 'REVIEWS_DUE')).toBe(0);
  });

  it('starts a range after the cases began from the caseload they had', async () => {
    const d: Dashboard = await get('from=2024-09&to=2024-11');
    expect(values(d, 'DIBAO', 'CASELOAD')).toEqual([3, 2, 2]);
    expect(values(d, 'DIBAO', 'STARTED')).toEqual([0, 0, 0]);
    expect(values(d, 'DIBAO', 'STOPPED')).toEqual([0, 1, 0]);
  });

  it('narrows to a township of the caller’s division, with its villages', async () => {
    const d: Dashboard = await get('from=2024-07&to=2024-11&division=110105001');
    expect(d.division).toBe('110105001');
    expect(values(d, 'DIBAO', 'CASELOAD')).toEqual([0, 2, 2, 1, 1]);
    expect(values(d, 'DIBAO', 'PAID')).toEqual([0, paidByCase.get(caseIds.a1)! + paidByCase.get(caseIds.a2)!, 0, 0, 0]);
    expect(values(await get('from=2024-08&to=2024-08', townB), 'DIBAO', 'PAID')).toEqual([paidByCase.get(caseIds.b1)]);
  });

  it('counts reviews due as of the service’s today', async () => {
    h.clock.set('2025-01-20');
    // Approved 2024-07-15 with a review every 6 months; a2 stopped, so only a1 in township A.
    expect(figure(await get('from=2024-12&to=2025-01', townA), 'REVIEWS_DUE')).toBe(1);
    expect(figure(await get('from=2024-12&to=2025-01'), 'REVIEWS_DUE')).toBe(2);
    h.clock.set('2024-09-20');
  });

  it('refuses another township’s figures and the roles that do not decide', async () => {
    const outside = await get('from=2024-07&to=2024-11&division=110105001', townB, 403);
    expect(outside).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'division' }] });
    expect((await get('from=2024-07&to=2024-11&division=110106', approver, 403)).code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await get('from=2024-07&to=2024-11', clerk, 403)).code).toBe('AUTH.FORBIDDEN');
  });

  it('answers 400 with the field for months that are not a range', async () => {
    const typo = await get('from=2024-13&to=2024-11', approver, 400);
    expect(typo.code).toBe('VALIDATION.FAILED');
    expect(typo.errors.map((e: { field: string }) => e.field)).toContain('from');
    expect(await get('from=2024-11&to=2024-07', approver, 400)).toMatchObject({ code: 'DASHBOARD.BAD_RANGE', errors: [{ field: 'to' }] });
    expect((await get('from=2021-01&to=2024-01', approver, 400)).code).toBe('DASHBOARD.BAD_RANGE');
    expect((await get('from=2024-07&to=2024-11&division=11010', approver, 400)).errors[0].field).toBe('division');
    expect((await get('to=2024-11', approver, 400)).code).toBe('VALIDATION.FAILED');
  });
});
