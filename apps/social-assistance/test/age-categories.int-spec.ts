import { residentId } from '../../../test/support/resident-ids';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';
import { bearer, rowCount, startHarness, type Harness } from './harness';

// DOMAIN §0: ELDERLY and MINOR come from the birth date, month by month, never typed. The city's
// rule (parameter social-assistance.dibao.age-categories): from the month after the birthday.
describe('age-derived 分类施保 categories in the 低保 benefit', () => {
  let h: Harness;
  const clerk1 = bearer(['operator'], 'clerk-1');
  const clerk2 = bearer(['approver'], 'clerk-2');
  const payrollRunner = bearer(['approver'], 'approver-1');
  const admin = bearer(['admin'], 'root');

  // Turns 60 on 15 August 2024; turns 18 on 20 August 2024.
  const turning60 = residentId('110105', '19640815', 301);
  const turning18 = residentId('110105', '20060820', 302);
  let caseId = '';

  beforeAll(async () => {
    h = await startHarness('sa_age_categories', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.standard.rural-fen-per-year', value: 643100, effectiveFrom: '2024-01-01' });
    // Distinct add-ons, so that the amounts tell which category applied.
    await h.policy.add({ key: 'social-assistance.dibao.classified-addons', value: { ELDERLY: { percent: 10 }, MINOR: { fixedFen: 5000 }, SEVERELY_DISABLED: { percent: 10 } }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.age-categories', value: { elderlyFromAge: 60, minorUnderAge: 18, changesFrom: 'MONTH_AFTER_BIRTHDAY' }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    await h.policy.add(NO_NOTICE_DAYS);
  });

  afterAll(async () => {
    await h?.close();
  });

  const member = (id: string, categories: string[] = []) => ({ residentId: id, name: '钱某', relation: 'OTHER', incomes: [], categories });

  it('refuses ELDERLY or MINOR typed in a request, naming the field, and stores nothing', async () => {
    const typed = await h.http().post('/api/v1/households').set('Authorization', clerk1).send({ area: 'URBAN', regionCode: '110105', financialAssetsFen: 0, members: [member(turning60, ['SEVERELY_DISABLED', 'ELDERLY'])] }).expect(400);
    expect(typed.headers['content-type']).toContain('application/problem+json');
    expect(typed.body.code).toBe('VALIDATION.FAILED');
    expect(typed.body.errors.map((e: { field: string }) => e.field)).toContain('members.0.categories');
    expect(await rowCount(h.dataSource, 'household', 'true', [])).toBe(0);

    const other = (await h.http().post('/api/v1/households').set('Authorization', clerk1).send({ area: 'URBAN', regionCode: '110105', financialAssetsFen: 0, members: [member(residentId('110105', '19800101', 303))] }).expect(201)).body.id;
    const join = await h.http().post(`/api/v1/households/${other}/members`).set('Authorization', clerk1).send(member(turning18, ['MINOR'])).expect(400);
    expect(join.body.errors.map((e: { field: string }) => e.field)).toContain('categories');
    expect(await rowCount(h.dataSource, 'household_member', 'household_id = $1', [other])).toBe(1);
  });

  it('derives the add-ons month by month: a minor in July and August, elderly from September', async () => {
    const householdId = (await h.http().post('/api/v1/households').set('Authorization', clerk1).send({ area: 'URBAN', regionCode: '110105', financialAssetsFen: 0, members: [member(turning60), member(turning18)] }).expect(201)).body.id;
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId }).expect(201);
    // July: 59 and 17: the MINOR add-on only.
    expect(applied.body.assessment).toMatchObject({ month: '2024-07', eligible: true, benefitFen: 2 * 73500 + 5000 });
    caseId = applied.body.id;
    await startPublicNotice(h, caseId, clerk1);
    await h.http().post(`/api/v1/dibao/applications/${caseId}/approve`).set('Authorization', clerk2).expect(200);

    h.clock.set('2024-08-25');
    const august = (await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-08' }).expect(201)).body;
    // August: both birthdays this month, both categories change only from September.
    expect(august.lines).toEqual([expect.objectContaining({ caseId, kind: 'REGULAR', amountFen: 2 * 73500 + 5000 })]);

    h.clock.set('2024-09-25');
    const september = (await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-09' }).expect(201)).body;
    expect(september.lines).toEqual([expect.objectContaining({ caseId, kind: 'REGULAR', amountFen: 2 * 73500 + 7350 })]);
  });

  it('recomputes arrears with the categories of each month', async () => {
    // A raise to 740 from September, entered after September was paid.
    await h.policy.endOpenPeriod('social-assistance.dibao.standard.urban-fen-per-month', '2024-08-31');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 74000, effectiveFrom: '2024-09-01' });
    const recomputed = await h.http().post('/api/v1/dibao/recomputations').set('Authorization', admin).send({ fromMonth: '2024-08' }).expect(200);
    // August unchanged; September: 2 × 740 + 10 % of 740 for the new elder, less what was paid.
    expect(recomputed.body.arrears).toEqual([{ caseId, month: '2024-09', amountFen: 2 * 74000 + 7400 - (2 * 73500 + 7350) }]);
  });
});
