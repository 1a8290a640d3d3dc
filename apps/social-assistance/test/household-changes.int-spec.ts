import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

const STARTED = 'social-assistance.enrollment.started.v1';
const STOPPED = 'social-assistance.enrollment.stopped.v1';

const clerk = bearer(['operator'], 'clerk-1');
const approver = bearer(['approver'], 'approver-1');
const payrollRunner = bearer(['approver'], 'approver-2');

async function seedPolicy(h: Harness): Promise<void> {
  await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
  await h.policy.add(NO_NOTICE_DAYS);
  await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
  await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
  await h.policy.add({ key: 'social-assistance.tekun.basic-standard.dispersed-fen-per-month', value: 95600, effectiveFrom: '2024-01-01' });
  await h.policy.add({ key: 'social-assistance.tekun.basic-standard.central-fen-per-month', value: 95600, effectiveFrom: '2024-01-01' });
  await h.policy.add({ key: 'social-assistance.tekun.care-standard-fen-per-month', value: { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 }, effectiveFrom: '2024-01-01' });
  await h.policy.add({ key: 'social-assistance.tekun.age-limits', value: { elderlyFrom: 60, minorUnder: 16 }, effectiveFrom: '2024-01-01' });
  await h.policy.add({ key: 'social-assistance.temporary-relief.max-months-of-standard', value: 3, effectiveFrom: '2024-01-01' });
}

const member = (id: string, monthlyFen: number, categories: string[] = []) => ({ residentId: id, name: '陈某', relation: 'OTHER', incomes: monthlyFen ? [{ source: 'WAGES', monthlyFen }] : [], categories });

type Line = { caseId: string; program: string; amountFen: number; members: number };

function helpers(h: () => Harness) {
  return {
    async household(members: unknown[]): Promise<string> {
      return (await h().http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members }).expect(201)).body.id;
    },
    async dibao(householdId: string): Promise<string> {
      const applied = await h().http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId }).expect(201);
      await startPublicNotice(h(), applied.body.id, clerk);
      await h().http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', approver).expect(200);
      return applied.body.id;
    },
    async payroll(month: string, on: string): Promise<Line[]> {
      h().clock.set(on);
      return (await h().http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month }).expect(201)).body.lines;
    },
  };
}

describe('household composition and assets change from next month', () => {
  let h: Harness;
  const { household, dibao, payroll } = helpers(() => h);
  const a = [residentId('110105', '19800101', 301), residentId('110105', '19820202', 302)];
  const joiner = residentId('110105', '20100303', 303);

  beforeAll(async () => {
    h = await startHarness('sa_household_changes', '2024-07-15');
    await seedPolicy(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a member joining counts from next month, a member leaving stops counting from next month, assets above the limit stop the case', async () => {
    const householdId = await household([member(a[0], 30000), member(a[1], 20000)]);
    const caseId = await dibao(householdId);
    expect((await payroll('2024-08', '2024-08-20')).find((l) => l.caseId === caseId)).toMatchObject({ amountFen: 97000, members: 2 });

    const joined = await h.http().post(`/api/v1/households/${householdId}/members`).set('Authorization', clerk).send({ ...member(joiner, 0), relation: 'CHILD' }).expect(201);
    expect(joined.body.effectiveMonth).toBe('2024-09');
    expect(joined.body.outcomes).toEqual([{ caseId, decision: 'CONTINUE', stopFromMonth: null, reason: null, benefitFen: 3 * 73500 - 50000 }]);
    expect(joined.body.household.members).toHaveLength(3);
    const started = await waitFor('joiner enrolled', () => h.eventsOf(STARTED).find((e) => e.data.residentId === joiner));
    expect(started!.data).toMatchObject({ program: 'DIBAO', effectiveMonth: '2024-09', householdId });
    expect((await payroll('2024-09', '2024-09-20')).find((l) => l.caseId === caseId)).toMatchObject({ amountFen: 170500, members: 3 });

    const left = await h.http().post(`/api/v1/households/${householdId}/departures`).set('Authorization', clerk).send({ residentId: a[0], reason: 'MOVED_OUT' }).expect(200);
    expect(left.body).toMatchObject({ effectiveMonth: '2024-10', outcomes: [{ caseId, decision: 'CONTINUE', benefitFen: 2 * 73500 - 20000 }] });
    const stopped = await waitFor('leaver stopped', () => h.eventsOf(STOPPED).find((e) => e.data.residentId === a[0]));
    expect(stopped!.data).toMatchObject({ program: 'DIBAO', reason: 'MOVED_AWAY', stopFromMonth: '2024-10', lastPaidMonth: '2024-09' });
    expect((await payroll('2024-10', '2024-10-20')).find((l) => l.caseId === caseId)).toMatchObject({ amountFen: 127000, members: 2 });

    // Refusals store nothing.
    const membersBefore = await rowCount(h.dataSource, 'household_member', 'household_id = $1', [householdId]);
    expect((await h.http().post(`/api/v1/households/${householdId}/members`).set('Authorization', clerk).send(member(a[0], 0)).expect(422)).body.code).toBe('HOUSEHOLD.DUPLICATE_MEMBER');
    expect((await h.http().post(`/api/v1/households/${householdId}/departures`).set('Authorization', clerk).send({ residentId: a[0], reason: 'MOVED_OUT' }).expect(422)).body.code).toBe('HOUSEHOLD.NOT_A_MEMBER');
    const bad = await h.http().post(`/api/v1/households/${householdId}/asset-changes`).set('Authorization', clerk).send({ financialAssetsFen: -1 }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'financialAssetsFen' }] });
    expect(await rowCount(h.dataSource, 'household_member', 'household_id = $1', [householdId])).toBe(membersBefore);

    const limit = 2 * 24 * 73500;
    expect((await h.http().post(`/api/v1/households/${householdId}/asset-changes`).set('Authorization', clerk).send({ financialAssetsFen: limit }).expect(200)).body.outcomes[0].decision).toBe('CONTINUE');
    const over = await h.http().post(`/api/v1/households/${householdId}/asset-changes`).set('Authorization', clerk).send({ financialAssetsFen: limit + 1 }).expect(200);
    expect(over.body.outcomes).toEqual([{ caseId, decision: 'STOP', stopFromMonth: '2024-11', reason: 'ASSETS_ABOVE_LIMIT', benefitFen: 0 }]);
    const stops = await waitFor('asset stops', () => {
      const mine = h.eventsOf(STOPPED).filter((e) => e.data.reason === 'ASSETS_ABOVE_LIMIT');
      return mine.length === 2 ? mine : undefined;
    });
    expect(stops!.map((e) => e.data.residentId).sort()).toEqual([a[1], joiner].sort());
    expect((await payroll('2024-11', '2024-11-20')).find((l) => l.caseId === caseId)).toBeUndefined();
    const audit: Array<{ action: string }> = await h.dataSource.query(`SELECT action FROM audit_log WHERE entity_id IN ($1, $2) ORDER BY id`, [householdId, caseId]);
    expect(audit.map((r) => r.action)).toEqual([
      'household.created',
      'dibao.applied',
      'dibao.start-notice',
      'dibao.approve',
      'household-member.joined',
      'household-member.left',
      'household.assets-changed',
      'household.assets-changed',
      'dibao.stop',
    ]);
  });
});

describe('特困 replaces 低保 for the person (one person, one guarantee) and temporary relief types', () => {
  let h: Harness;
  const { household, dibao, payroll } = helpers(() => h);
  const elder = residentId('110105', '19490101', 311);
  const son = residentId('110105', '19750202', 312);

  beforeAll(async () => {
    h = await startHarness('sa_double_coverage', '2024-07-15');
    await seedPolicy(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('an approved 特困 case stops the person’s 低保 enrollment from its first month; the household is paid for the others', async () => {
    const householdId = await household([member(elder, 0), member(son, 40000)]);
    const dibaoCase = await dibao(householdId);
    expect((await payroll('2024-08', '2024-08-20')).find((l) => l.caseId === dibaoCase)).toMatchObject({ amountFen: 2 * 73500 - 40000, members: 2 });

    const applied = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk).send({ householdId, residentId: elder, careForm: 'DISPERSED', unableActivities: 0, hasAbleSupporter: false }).expect(201);
    await h.http().post(`/api/v1/tekun/applications/${applied.body.id}/approve`).set('Authorization', approver).expect(200);
    const transferred = await waitFor('低保 enrollment stopped', () => h.eventsOf(STOPPED).find((e) => e.data.residentId === elder && e.data.program === 'DIBAO'));
    expect(transferred!.data).toMatchObject({ reason: 'TRANSFERRED_TO_TEKUN', stopFromMonth: '2024-09' });
    expect((await h.http().get(`/api/v1/dibao/applications/${dibaoCase}`).set('Authorization', clerk).expect(200)).body.status).toBe('ACTIVE');

    const september = await payroll('2024-09', '2024-09-20');
    expect(september.find((l) => l.caseId === dibaoCase)).toMatchObject({ amountFen: 73500 - 40000, members: 1 });
    expect(september.find((l) => l.caseId === applied.body.id)).toMatchObject({ program: 'TEKUN', amountFen: 95600 + 10000, members: 1 });
  });

  it('pays an emergency grant first and records its documents later; an expenditure grant cannot be paid first', async () => {
    h.clock.set('2024-09-20');
    const person = residentId('110105', '19900505', 313);
    const grant = (body: object) => h.http().post('/api/v1/temporary-relief').set('Authorization', clerk).send({ residentId: person, area: 'URBAN', regionCode: '110105001', amountFen: 50000, reason: '火灾', ...body });
    const refused = await grant({ reliefType: 'EXPENDITURE', paidFirst: true }).expect(422);
    expect(refused.body).toMatchObject({ code: 'RELIEF.PAID_FIRST_ONLY_FOR_EMERGENCY', errors: [{ field: 'paidFirst' }] });
    expect((await grant({ reliefType: 'FLOOD' }).expect(400)).body.errors[0].field).toBe('reliefType');
    expect(await rowCount(h.dataSource, 'temporary_relief', 'true', [])).toBe(0);

    const first = await grant({ reliefType: 'EMERGENCY', paidFirst: true }).expect(201);
    expect(first.body).toMatchObject({ reliefType: 'EMERGENCY', paidFirst: true, documentedOn: null, regionCode: '110105001' });
    const documented = await h.http().post(`/api/v1/temporary-relief/${first.body.id}/documentation`).set('Authorization', clerk).send({ note: 'fire brigade report received' }).expect(200);
    expect(documented.body).toMatchObject({ documentedOn: '2024-09-20', documentedBy: 'clerk-1', documentationNote: 'fire brigade report received' });
    expect((await h.http().post(`/api/v1/temporary-relief/${first.body.id}/documentation`).set('Authorization', clerk).send({ note: 'again' }).expect(409)).body.code).toBe('RELIEF.ALREADY_DOCUMENTED');
    // The creation's Location reads the grant, documented now.
    expect(first.headers.location).toBe(`/api/v1/temporary-relief/${first.body.id}`);
    const read = await h.http().get(first.headers.location).set('Authorization', clerk).expect(200);
    expect(read.body).toMatchObject({ id: first.body.id, documentedOn: '2024-09-20', paidFirst: true });
    await h.http().get('/api/v1/temporary-relief/7d0c6f0e-1b7a-4c3e-9a55-0d7c9f1e2b3a').set('Authorization', clerk).expect(404);
    const normal = await grant({ reliefType: 'EXPENDITURE' }).expect(201);
    expect(normal.body).toMatchObject({ paidFirst: false, documentedOn: '2024-09-20' });
    expect((await h.http().post(`/api/v1/temporary-relief/${normal.body.id}/documentation`).set('Authorization', clerk).send({ note: 'x' }).expect(409)).body.code).toBe('RELIEF.NOT_PAID_FIRST');
    // The annual report counts the grants of the caller's division only.
    const relief = async (division: string) => (await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-1', division)).expect(200)).body.temporaryRelief;
    expect(await relief('110105')).toEqual({ grants: 2, amountFen: 100000 });
    expect(await relief('110108')).toEqual({ grants: 0, amountFen: 0 });
  });
});
