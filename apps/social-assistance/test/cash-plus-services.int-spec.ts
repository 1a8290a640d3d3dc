import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import { creditCodeCheckChar } from '../src/cash-plus-services/rules/credit-code.rule';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, outboxCount, rowCount, startHarness, type Harness } from './harness';

// "物质+服务": a provider, a plan for a dispersed 特困 person, visits recorded by the provider's
// staff and confirmed by a caseworker, the month settled, approved by a second person within the
// budget, and paid to the provider through 一卡通 (SERVICE_PROVIDER_SETTLEMENT).
describe('"物质+服务" cash plus services', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1');
  const providerStaff = bearer(['operator'], 'provider-1');
  const approver = bearer(['approver'], 'approver-1');
  const makerAsApprover = bearer(['approver'], 'clerk-1');
  const otherCounty = bearer(['operator'], 'clerk-9', '110108');
  const tekunPerson = residentId('110105', '19490101', 61);
  const younger = residentId('110105', '19530505', 62);
  const elder = residentId('110105', '19380808', 63);
  const creditCode = `91110105MA01ABCD7${creditCodeCheckChar('91110105MA01ABCD7')}`;
  const ids: Record<string, string> = {};

  const PAYABLES = 'social-assistance.payables.approved.v1';
  const settlementPayables = (id: string) => h.eventsOf(PAYABLES).filter((e) => e.data.approvalId === id).map((e) => e.data as PayablesApprovedV1);

  beforeAll(async () => {
    h = await startHarness('sa_cash_plus', '2023-08-10');
    const from2023 = {
      'social-assistance.dibao.standard.urban-fen-per-month': 72800,
      'social-assistance.dibao.standard.rural-fen-per-year': 618800,
      'social-assistance.dibao.asset-limit-months': 24,
      'social-assistance.tekun.age-limits': { elderlyFrom: 60, minorUnder: 16 },
      'social-assistance.tekun.basic-standard.dispersed-fen-per-month': 94700,
      'social-assistance.tekun.basic-standard.central-fen-per-month': 94700,
      'social-assistance.tekun.care-standard-fen-per-month': { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 },
      'social-assistance.dibao.single-person-borderline-factor': 1.5,
      'social-assistance.cash-plus.elder-from-age': 80,
    };
    for (const [key, value] of Object.entries(from2023)) await h.policy.add({ key, value, effectiveFrom: '2023-01-01' });
    // A budget of four visits and a bit: the third month's settlement does not fit.
    await h.policy.add({ key: 'social-assistance.cash-plus.budget-fen', value: 20000, effectiveFrom: '2023-07-01', effectiveTo: '2024-06-30' });
    await h.policy.add({ key: 'social-assistance.cash-plus.price-per-visit-fen', value: 4900, effectiveFrom: '2023-07-01', effectiveTo: '2024-06-30' });
  });

  afterAll(async () => {
    await h?.close();
  });

  async function household(resident: string): Promise<string> {
    const members = [{ residentId: resident, name: '钱某', relation: 'APPLICANT', incomes: [], categories: [] }];
    return (await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members }).expect(201)).body.id;
  }

  const plan = (resident: string, change: Record<string, unknown> = {}) => ({ residentId: resident, providerId: ids.provider, services: ['CLEANING', 'COMPANY'], visitsPerMonth: 2, fromDate: '2023-09-01', toDate: '2024-06-30', ...change });
  const visit = (planId: string, visitedOn: string, service = 'CLEANING') => h.http().post(`/api/v1/cash-plus/plans/${planId}/visits`).set('Authorization', providerStaff).send({ visitedOn, service, durationMinutes: 90 });
  const confirm = (visitId: string, who = clerk) => h.http().post(`/api/v1/cash-plus/visits/${visitId}/confirm`).set('Authorization', who);
  const dispute = (visitId: string, who = clerk) => h.http().post(`/api/v1/cash-plus/visits/${visitId}/dispute`).set('Authorization', who).send({ reason: '服务对象表示当天无人上门' });

  it('registers a provider with a checked credit code, refusing a bad one and storing nothing', async () => {
    const body = { providerName: '朝阳区康乐社会工作服务中心', creditCode, divisionCode: '110105', services: ['CLEANING', 'CARE', 'COMPANY'] };
    const bad = await h.http().post('/api/v1/cash-plus/providers').set('Authorization', clerk).send({ ...body, creditCode: `${creditCode.slice(0, 17)}${creditCode[17] === '0' ? '1' : '0'}` }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [expect.objectContaining({ field: 'creditCode' })] });
    expect(await rowCount(h.dataSource, 'cash_plus_provider', 'true', [])).toBe(0);
    const created = await h.http().post('/api/v1/cash-plus/providers').set('Authorization', clerk).send({ ...body, creditCode: creditCode.toLowerCase() }).expect(201);
    expect(created.body).toMatchObject({ providerName: body.providerName, creditCode, divisionCode: '110105' });
    ids.provider = created.body.id;
    expect((await h.http().post('/api/v1/cash-plus/providers').set('Authorization', clerk).send(body).expect(409)).body.code).toBe('CASH_PLUS.PROVIDER_CREDIT_CODE_TAKEN');
  });

  it('refuses a plan for people the programme does not serve, storing nothing', async () => {
    ids.youngerHousehold = await household(younger);
    const refused = await h.http().post('/api/v1/cash-plus/plans').set('Authorization', clerk).send(plan(younger)).expect(422);
    expect(refused.body).toMatchObject({ code: 'CASH_PLUS.NOT_ELIGIBLE', reason: 'NOT_IN_TARGET_GROUP', errors: [expect.objectContaining({ field: 'residentId', code: 'NOT_IN_TARGET_GROUP' })] });

    // Dispersed 特困 from September (the month after approval): not yet in August.
    const householdId = await household(tekunPerson);
    const caseId = (await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk).send({ householdId, residentId: tekunPerson, careForm: 'DISPERSED', unableActivities: 2, hasAbleSupporter: false }).expect(201)).body.id;
    await h.http().post(`/api/v1/tekun/applications/${caseId}/approve`).set('Authorization', approver).expect(200);
    const early = await h.http().post('/api/v1/cash-plus/plans').set('Authorization', clerk).send(plan(tekunPerson, { fromDate: '2023-08-01' })).expect(422);
    expect(early.body).toMatchObject({ code: 'CASH_PLUS.NOT_ELIGIBLE', reason: 'NOT_IN_TARGET_GROUP', month: '2023-08' });
    const pastPilot = await h.http().post('/api/v1/cash-plus/plans').set('Authorization', clerk).send(plan(tekunPerson, { toDate: '2024-07-31' })).expect(422);
    expect(pastPilot.body).toMatchObject({ code: 'CASH_PLUS.OUTSIDE_PILOT', errors: [expect.objectContaining({ field: 'toDate' })] });
    expect(await rowCount(h.dataSource, 'cash_plus_plan', 'true', [])).toBe(0);
  });

  it('makes a plan for the dispersed 特困 person, one at a time, in the caseworkers’ division', async () => {
    expect((await h.http().post('/api/v1/cash-plus/plans').set('Authorization', otherCounty).send(plan(tekunPerson)).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    const created = await h.http().post('/api/v1/cash-plus/plans').set('Authorization', clerk).send(plan(tekunPerson)).expect(201);
    expect(created.body).toMatchObject({ category: 'TEKUN', regionCode: '110105001', visitsPerMonth: 2, fromDate: '2023-09-01', toDate: '2024-06-30' });
    ids.plan = created.body.id;
    const again = await h.http().post('/api/v1/cash-plus/plans').set('Authorization', clerk).send(plan(tekunPerson, { fromDate: '2024-01-01' })).expect(409);
    expect(again.body).toMatchObject({ code: 'CASH_PLUS.PLAN_OVERLAPS', planId: ids.plan });
  });

  it('serves a monitored (低保边缘/low income) person aged 80+, not one of 70', async () => {
    const monitor = (householdId: string) => h.http().post('/api/v1/monitored-households').set('Authorization', clerk).send({ householdId, category: 'LOW_INCOME' }).expect(201);
    await monitor(await household(elder));
    await monitor(ids.youngerHousehold);
    const judged = async (resident: string) => (await h.http().post('/api/v1/cash-plus/eligibility/search').set('Authorization', clerk).send({ residentId: resident, month: '2023-09' }).expect(200)).body;
    expect(await judged(elder)).toMatchObject({ eligible: true, category: 'ELDER', reason: null });
    expect(await judged(younger)).toMatchObject({ eligible: false, category: null, reason: 'UNDER_ELDER_AGE' });
    expect(await judged(tekunPerson)).toMatchObject({ eligible: true, category: 'TEKUN' });
    await h.http().post('/api/v1/cash-plus/eligibility/search').set('Authorization', otherCounty).send({ residentId: elder, month: '2023-09' }).expect(403);
    const created = await h.http().post('/api/v1/cash-plus/plans').set('Authorization', clerk).send(plan(elder, { services: ['CARE'], toDate: '2023-12-31' })).expect(201);
    expect(created.body).toMatchObject({ category: 'ELDER', services: ['CARE'] });
    const refused = await h.http().post('/api/v1/cash-plus/plans').set('Authorization', clerk).send(plan(younger)).expect(422);
    expect(refused.body).toMatchObject({ code: 'CASH_PLUS.NOT_ELIGIBLE', reason: 'UNDER_ELDER_AGE' });
  });

  it('records visits within the plan and has them confirmed or disputed once, by someone else', async () => {
    h.clock.set('2023-09-20');
    expect((await visit(ids.plan, '2023-08-31').expect(422)).body).toMatchObject({ code: 'CASH_PLUS.OUTSIDE_PLAN_PERIOD', errors: [expect.objectContaining({ field: 'visitedOn' })] });
    expect((await visit(ids.plan, '2023-09-21').expect(422)).body.code).toBe('CASH_PLUS.VISIT_IN_FUTURE');
    expect((await visit(ids.plan, '2023-09-04', 'ERRANDS').expect(422)).body.code).toBe('CASH_PLUS.SERVICE_NOT_IN_PLAN');
    const first = (await visit(ids.plan, '2023-09-05').expect(201)).body;
    const second = (await visit(ids.plan, '2023-09-12', 'COMPANY').expect(201)).body;
    expect(first).toMatchObject({ status: 'RECORDED', month: '2023-09', recordedBy: 'provider-1', providerId: ids.provider });
    expect((await visit(ids.plan, '2023-09-19').expect(422)).body.code).toBe('CASH_PLUS.ABOVE_VISITS_PER_MONTH');
    expect(await rowCount(h.dataSource, 'cash_plus_visit', 'true', [])).toBe(2);

    expect((await confirm(first.id, providerStaff).expect(403)).body.code).toBe('CASH_PLUS.VISIT_SAME_PERSON');
    expect((await confirm(first.id).expect(200)).body).toMatchObject({ status: 'CONFIRMED', confirmedBy: 'clerk-1', confirmedOn: '2023-09-20' });
    expect((await confirm(first.id).expect(409)).body.code).toBe('CASH_PLUS.VISIT_ALREADY_CONFIRMED');
    expect((await dispute(first.id).expect(409)).body.code).toBe('CASH_PLUS.VISIT_ALREADY_CONFIRMED');

    // A disputed visit is not paid and no longer counts: the provider records it again.
    expect((await dispute(second.id, providerStaff).expect(403)).body.code).toBe('CASH_PLUS.VISIT_SAME_PERSON');
    expect((await dispute(second.id).expect(200)).body).toMatchObject({ status: 'DISPUTED', disputedBy: 'clerk-1', disputeReason: '服务对象表示当天无人上门' });
    expect((await confirm(second.id).expect(409)).body.code).toBe('CASH_PLUS.VISIT_DISPUTED');
    const again = (await visit(ids.plan, '2023-09-12', 'COMPANY').expect(201)).body;
    expect((await visit(ids.plan, '2023-09-12', 'COMPANY').expect(422)).body.code).toBe('CASH_PLUS.ABOVE_VISITS_PER_MONTH');
    await confirm(again.id).expect(200);

    const visits = (query = '') => h.http().get(`/api/v1/cash-plus/plans/${ids.plan}/visits${query}`).set('Authorization', clerk).expect(200);
    expect((await visits()).body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect((await visits('?page=2&pageSize=2')).body).toMatchObject({ total: 3, page: 2, items: [{ visitedOn: '2023-09-12', service: 'COMPANY' }] });
  });

  it('settles the month, approves it by a second person and publishes the provider’s payable', async () => {
    expect((await h.http().post('/api/v1/cash-plus/settlements').set('Authorization', clerk).send({ providerId: ids.provider, month: '2023-09' }).expect(422)).body.code).toBe('CASH_PLUS.SETTLEMENT_MONTH_OPEN');
    h.clock.set('2023-10-08');
    const created = await h.http().post('/api/v1/cash-plus/settlements').set('Authorization', clerk).send({ providerId: ids.provider, month: '2023-09' }).expect(200);
    expect(created.body).toMatchObject({ created: true, settlement: { month: '2023-09', visits: 2, unconfirmedVisits: 0, disputedVisits: 1, pricePerVisitFen: 4900, amountFen: 9800, status: 'DRAFT', paymentStatus: null } });
    ids.settlement = created.body.settlement.id;
    expect((await h.http().post('/api/v1/cash-plus/settlements').set('Authorization', clerk).send({ providerId: ids.provider, month: '2023-09' }).expect(200)).body.created).toBe(false);
    expect((await visit(ids.plan, '2023-09-25').expect(422)).body.code).toBe('CASH_PLUS.ABOVE_VISITS_PER_MONTH');
    const month = await h.http().get('/api/v1/cash-plus/settlements?month=2023-09').set('Authorization', clerk).expect(200);
    expect(month.body).toMatchObject({ total: 1, items: [{ id: ids.settlement, amountFen: 9800 }] });
    const providers = await h.http().get('/api/v1/cash-plus/providers?pageSize=1').set('Authorization', clerk).expect(200);
    expect(providers.body).toMatchObject({ total: 1, pageSize: 1, items: [{ id: ids.provider }] });
    expect((await h.http().get('/api/v1/cash-plus/settlements?month=2023-09').set('Authorization', otherCounty).expect(200)).body).toMatchObject({ total: 0, items: [] });
    expect((await h.http().get('/api/v1/cash-plus/providers').set('Authorization', otherCounty).expect(200)).body).toMatchObject({ total: 0, items: [] });

    const same = await h.http().post(`/api/v1/cash-plus/settlements/${ids.settlement}/approve`).set('Authorization', makerAsApprover).expect(403);
    expect(same.body.code).toBe('CASH_PLUS.SETTLEMENT_SAME_PERSON');
    expect(await outboxCount(h.dataSource, PAYABLES, ids.settlement)).toBe(0);
    const approved = await h.http().post(`/api/v1/cash-plus/settlements/${ids.settlement}/approve`).set('Authorization', approver).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', approvedBy: 'approver-1', paymentStatus: 'PENDING' });
    expect(await outboxCount(h.dataSource, PAYABLES, ids.settlement)).toBe(1);
    expect((await h.http().post(`/api/v1/cash-plus/settlements/${ids.settlement}/approve`).set('Authorization', approver).expect(409)).body.code).toBe('CASH_PLUS.SETTLEMENT_ALREADY_APPROVED');

    const [chunk] = (await waitFor('the settlement’s payables', () => (settlementPayables(ids.settlement).length > 0 ? settlementPayables(ids.settlement) : null)))!;
    expect(chunk).toMatchObject({ month: '2023-09', approvedBy: 'approver-1', chunk: { index: 0, count: 1 } });
    expect(chunk.lines).toEqual([
      expect.objectContaining({ programme: 'SERVICE_PROVIDER_SETTLEMENT', period: '2023-09', amountFen: 9800, payee: { kind: 'ORGANISATION', organisationId: ids.provider, name: '朝阳区康乐社会工作服务中心' } }),
    ]);
    const budget = await h.http().get('/api/v1/cash-plus/budget?month=2023-09').set('Authorization', clerk).expect(200);
    expect(budget.body).toEqual({ month: '2023-09', periodFrom: '2023-07-01', periodTo: '2024-06-30', budgetFen: 20000, approvedFen: 9800, remainingFen: 10200 });
  });

  const outcomeEnvelope = { batchId: '7c1a2b3c-0000-4000-8000-000000000011', returnFileId: '7c1a2b3c-0000-4000-8000-000000000012', ownerService: 'social-assistance' as const };
  const lineOutcome = (line: { id: string; month: string; amountFen: number }) => ({ lineId: line.id, programme: 'SERVICE_PROVIDER_SETTLEMENT' as const, period: line.month, amountFen: line.amountFen });
  const settlementWhen = async (id: string, paymentStatus: string) =>
    waitFor(`settlement ${paymentStatus}`, async () => {
      const body = (await h.http().get(`/api/v1/cash-plus/settlements/${id}`).set('Authorization', clerk).expect(200)).body;
      return body.paymentStatus === paymentStatus ? body : null;
    });

  it("shows the bank's FAILED outcome on the settlement, and the next approved settlement pays the line again", async () => {
    const {
      items: [september],
      total,
    } = (await h.http().get(`/api/v1/cash-plus/settlements/${ids.settlement}/payments`).set('Authorization', clerk).expect(200)).body;
    expect(total).toBe(1);
    expect(september).toMatchObject({ kind: 'SETTLEMENT', amountFen: 9800, paymentStatus: null });
    await h.publish('payments.line.failed.v1', { ...outcomeEnvelope, returnedOn: '2023-10-15', lines: [{ ...lineOutcome(september), reason: 'ACCOUNT_CLOSED' }] }, 'x');
    expect(await settlementWhen(ids.settlement, 'FAILED')).toMatchObject({ status: 'APPROVED', paymentStatus: 'FAILED' });

    h.clock.set('2023-10-20');
    for (const day of ['2023-10-10', '2023-10-11']) await confirm((await visit(ids.plan, day).expect(201)).body.id).expect(200);
    h.clock.set('2023-11-06');
    const october = (await h.http().post('/api/v1/cash-plus/settlements').set('Authorization', clerk).send({ providerId: ids.provider, month: '2023-10' }).expect(200)).body.settlement;
    await h.http().post(`/api/v1/cash-plus/settlements/${october.id}/approve`).set('Authorization', approver).expect(200);
    const [chunk] = (await waitFor('October’s payables', () => (settlementPayables(october.id).length > 0 ? settlementPayables(october.id) : null)))!;
    expect(chunk.lines).toHaveLength(2);
    expect(chunk.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ period: '2023-10', amountFen: 9800, programme: 'SERVICE_PROVIDER_SETTLEMENT' }),
        expect.objectContaining({ period: '2023-09', amountFen: 9800, reissueOf: september.id, payee: expect.objectContaining({ organisationId: ids.provider }) }),
      ]),
    );
    const lines = (await h.http().get(`/api/v1/cash-plus/settlements/${october.id}/payments`).set('Authorization', clerk).expect(200)).body.items;
    expect(lines.map((l: { kind: string }) => l.kind)).toEqual(['REISSUE', 'SETTLEMENT']);
    const own = lines.find((l: { kind: string }) => l.kind === 'SETTLEMENT');
    await h.publish('payments.line.paid.v1', { ...outcomeEnvelope, paidOn: '2023-11-15', lines: [lineOutcome(own)] }, 'x');
    expect(await settlementWhen(october.id, 'PAID')).toMatchObject({ paymentStatus: 'PAID', amountFen: 9800 });
  });

  it('refuses to approve a settlement beyond the remaining budget, leaving it a draft', async () => {
    h.clock.set('2023-11-20');
    await confirm((await visit(ids.plan, '2023-11-10').expect(201)).body.id).expect(200);
    h.clock.set('2023-12-05');
    const november = (await h.http().post('/api/v1/cash-plus/settlements').set('Authorization', clerk).send({ providerId: ids.provider, month: '2023-11' }).expect(200)).body.settlement;
    expect(november.amountFen).toBe(4900);
    const refused = await h.http().post(`/api/v1/cash-plus/settlements/${november.id}/approve`).set('Authorization', approver).expect(422);
    expect(refused.body).toMatchObject({ code: 'CASH_PLUS.BUDGET_EXCEEDED', remainingFen: 400, shortFen: 4500 });
    expect((await h.http().get(`/api/v1/cash-plus/settlements/${november.id}`).set('Authorization', clerk).expect(200)).body.status).toBe('DRAFT');
    expect(await outboxCount(h.dataSource, PAYABLES, november.id)).toBe(0);
  });

  it('counts the approved settlements in the annual report', async () => {
    const report = await h.http().get('/api/v1/reports/annual?year=2023').set('Authorization', clerk).expect(200);
    expect(report.body.cashPlusServices).toEqual({ tekunPersons: 1, elderPersons: 0, householdVisits: 4, amountFen: 19600 });
    // The provider is the county's (110105): the neighbouring county counts none of its settlements.
    const neighbour = await h.http().get('/api/v1/reports/annual?year=2023').set('Authorization', bearer(['auditor'], 'auditor-9', '110108')).expect(200);
    expect(neighbour.body.cashPlusServices).toEqual({ tekunPersons: 0, elderPersons: 0, householdVisits: 0, amountFen: 0 });
  });
});
