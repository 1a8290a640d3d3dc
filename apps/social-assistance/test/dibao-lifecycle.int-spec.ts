import { maskResidentId } from '@app/common/resident-id/resident-id';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, outboxCount, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

const STARTED = 'social-assistance.enrollment.started.v1';
const STOPPED = 'social-assistance.enrollment.stopped.v1';
const OVERPAID = 'social-assistance.overpayment.detected.v1';
const CLOSED = 'social-assistance.payroll.closed.v1';
const DEATH = 'civil-registration.death.registered.v1';

// One timeline, July to November 2024: tests run in order and build on each other.
describe('低保 from application to payment, payroll and deaths', () => {
  let h: Harness;
  const clerk1 = bearer(['operator'], 'clerk-1');
  // The county approver who decides cases and runs the payroll; clerk-1 records.
  const clerk2 = bearer(['approver'], 'clerk-2');
  const payrollRunner = bearer(['approver'], 'approver-1');

  // A: urban, 2 members. B: urban, 3 adults, one elderly (by birth date). C: rural, one person under 60.
  const a = [residentId('110105', '19800101', 11), residentId('110105', '19820202', 12)];
  const b = [residentId('110105', '19500303', 21), residentId('110105', '19750404', 22), residentId('110105', '19990505', 23)];
  const c = [residentId('110105', '19650606', 31)];
  // D: a severely disabled member of a borderline family, enrolled alone (单人户).
  const d = [residentId('110105', '19900909', 71), residentId('110105', '19651010', 72)];
  const cases: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };

  beforeAll(async () => {
    h = await startHarness('sa_dibao', '2024-07-15');
    const seed = async (key: string, periods: Array<[unknown, string, string | null]>) => {
      for (const [value, effectiveFrom, effectiveTo] of periods) await h.policy.add({ key, value, effectiveFrom, effectiveTo });
    };
    await seed('social-assistance.dibao.standard.urban-fen-per-month', [[72800, '2024-01-01', '2024-06-30'], [73500, '2024-07-01', null]]);
    await seed('social-assistance.dibao.standard.rural-fen-per-year', [[618800, '2024-01-01', '2024-06-30'], [643100, '2024-07-01', null]]);
    await seed('social-assistance.dibao.classified-addons', [[{ ELDERLY: { percent: 10 }, SEVERELY_DISABLED: { percent: 10 }, SERIOUSLY_ILL: { percent: 10 }, MINOR: { percent: 10 }, SINGLE_PARENT: { percent: 10 } }, '2024-01-01', null]]);
    await seed('social-assistance.dibao.age-categories', [[{ elderlyFromAge: 60, minorUnderAge: 18, changesFrom: 'MONTH_AFTER_BIRTHDAY' }, '2024-01-01', null]]);
    await seed('social-assistance.dibao.asset-limit-months', [[24, '2024-01-01', null]]);
    await seed('social-assistance.dibao.review-interval-months', [[{ STABLE: 12, OTHER: 6 }, '2024-01-01', null]]);
    await seed('social-assistance.dibao.single-person-borderline-factor', [[1.5, '2024-01-01', null]]);
    await seed('social-assistance.dibao.gradual-exit-months', [[6, '2024-01-01', null]]);
    await h.policy.add(NO_NOTICE_DAYS);
  });

  afterAll(async () => {
    await h?.close();
  });

  const member = (id: string, monthlyFen: number, categories: string[] = []) => ({ residentId: id, name: '王某', relation: 'OTHER', incomes: monthlyFen ? [{ source: 'WAGES', monthlyFen }] : [], categories });

  async function household(area: 'URBAN' | 'RURAL', members: unknown[], financialAssetsFen = 0): Promise<string> {
    const res = await h.http().post('/api/v1/households').set('Authorization', clerk1).send({ area, regionCode: '110105001', financialAssetsFen, members }).expect(201);
    return res.body.id as string;
  }

  async function applyAndApprove(householdId: string): Promise<string> {
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId }).expect(201);
    await startPublicNotice(h, applied.body.id, clerk1);
    await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', clerk2).expect(200);
    return applied.body.id as string;
  }

  async function payroll(month: string, status = 201): Promise<{ id: string; lines: Array<{ caseId: string; amountFen: number; members: number; month: string }> }> {
    const res = await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month }).expect(status);
    return res.body;
  }

  type Line = { caseId: string; amountFen: number; members: number; month: string };
  const lineOf = (run: { lines: Line[] }, caseId: string): Line | undefined => run.lines.find((l) => l.caseId === caseId);
  const caseOf = async (id: string) => (await h.http().get(`/api/v1/dibao/applications/${id}`).set('Authorization', clerk1).expect(200)).body;

  function death(id: string, dateOfDeath: string) {
    return { ...sampleEvents[DEATH], deathId: randomUUID(), residentId: id, dateOfDeath };
  }

  it('takes an application with its assessment, refuses approval by the same clerk, approves for payment from next month', async () => {
    const householdId = await household('URBAN', [member(a[0], 30000), member(a[1], 20000)]);
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId }).expect(201);
    expect(applied.body).toMatchObject({ status: 'APPLIED', appliedBy: 'clerk-1', assessment: { month: '2024-07', eligible: true, benefitFen: 97000 } });
    await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId }).expect(409);

    await startPublicNotice(h, applied.body.id, clerk1);
    // The clerk who took the application, holding the approver role as well, still may not approve it.
    const same = await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', bearer(['approver'], 'clerk-1')).expect(403);
    expect(same.body.code).toBe('DIBAO.SAME_PERSON_APPROVAL');
    const approved = await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', clerk2).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', decidedBy: 'clerk-2', decidedOn: '2024-07-15', startMonth: '2024-08', reviewDueOn: '2025-01-15' });
    cases.A = applied.body.id;

    const started = await waitFor('two started events', () => {
      const mine = h.eventsOf(STARTED).filter((e) => e.data.householdId === householdId);
      return mine.length === 2 ? mine : undefined;
    });
    expect(started!.map((e) => [e.data.residentId, e.data.program, e.data.effectiveMonth, e.subject]).sort()).toEqual(
      [[a[0], 'DIBAO', '2024-08', a[0]], [a[1], 'DIBAO', '2024-08', a[1]]].sort(),
    );
    expect(started!.find((e) => e.data.residentId === a[0])!.data.birthDate).toBe('1980-01-01');
    const audit: Array<{ action: string }> = await h.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [applied.body.id]);
    expect(audit.map((r) => r.action)).toEqual(['dibao.applied', 'dibao.start-notice', 'dibao.approve']);
  });

  it('refuses invalid input with a code and stores nothing', async () => {
    const households = await rowCount(h.dataSource, 'household', 'true', []);
    const bad = await h.http().post('/api/v1/households').set('Authorization', clerk1).send({ area: 'TOWN', regionCode: '1101', financialAssetsFen: -1, members: [member('110105198001010012', 0)] }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.code).toBe('VALIDATION.FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['area', 'regionCode', 'financialAssetsFen', 'members.0.residentId']));
    const dup = await h.http().post('/api/v1/households').set('Authorization', clerk1).send({ area: 'URBAN', regionCode: '110105', financialAssetsFen: 0, members: [member(a[0], 0), member(a[0], 0)] }).expect(422);
    expect(dup.body.code).toBe('HOUSEHOLD.DUPLICATE_MEMBER');
    expect(await rowCount(h.dataSource, 'household', 'true', [])).toBe(households);

    expect((await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-13' }).expect(400)).body.code).toBe('VALIDATION.FAILED');
    expect((await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-08' }).expect(422)).body.code).toBe('PAYROLL.MONTH_IN_FUTURE');
    expect(await rowCount(h.dataSource, 'payroll', 'true', [])).toBe(0);
    await h.http().post('/api/v1/households').send({}).expect(401);
  });

  it('refuses to approve an ineligible household (income equal to the standard) and records a rejection with its reason', async () => {
    const householdId = await household('URBAN', [member(residentId('110105', '19700707', 41), 73500)]);
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId }).expect(201);
    expect(applied.body.assessment).toMatchObject({ eligible: false, ineligibility: 'INCOME_NOT_BELOW_STANDARD', benefitFen: 0 });
    await startPublicNotice(h, applied.body.id, clerk1);
    const refused = await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', clerk2).expect(422);
    // The reason as a stable code beside the English detail, for clients to translate.
    expect(refused.body).toMatchObject({ code: 'DIBAO.NOT_ELIGIBLE', reason: 'INCOME_NOT_BELOW_STANDARD', month: expect.stringMatching(/^\d{4}-\d{2}$/) });
    // …and documented with the reasons it can name, shared with the assessment's `ineligibility`.
    const doc = (await h.http().get('/api/docs-json').set('Authorization', clerk1).expect(200)).body;
    const refusal = doc.paths['/api/v1/dibao/applications/{id}/approve'].post.responses['422'];
    expect(refusal.content['application/problem+json'].schema.$ref).toBe('#/components/schemas/DibaoNotEligibleProblem');
    expect(doc.components.schemas.DibaoNotEligibleProblem.properties.reason.allOf).toEqual([{ $ref: '#/components/schemas/DibaoIneligibility' }]);
    expect(doc.components.schemas.DibaoIneligibility.enum.sort()).toEqual(['ASSETS_ABOVE_LIMIT', 'HOUSEHOLD_NOT_BORDERLINE', 'INCOME_NOT_BELOW_STANDARD', 'NOT_DISABLED_OR_ILL', 'NO_MEMBERS']);
    expect(doc.paths['/api/v1/tekun/applications'].post.responses['422'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/TekunNotEligibleProblem');
    expect(await rowCount(h.dataSource, 'enrollment', 'case_id = $1', [applied.body.id])).toBe(0);
    const rejected = await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/reject`).set('Authorization', clerk2).send({ reason: 'income at the standard' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'REJECTED', reason: 'income at the standard' });
    expect((await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', clerk2).expect(409)).body.code).toBe('DIBAO.INVALID_TRANSITION');
  });

  it('pays from the month after approval; running the payroll twice changes nothing', async () => {
    cases.B = await applyAndApprove(await household('URBAN', [member(b[0], 0), member(b[1], 15000), member(b[2], 30000)]));
    cases.C = await applyAndApprove(await household('RURAL', [member(c[0], 0)]));
    const dHousehold = await household('URBAN', [member(d[0], 0, ['SEVERELY_DISABLED']), member(d[1], 200000)]);
    const whole = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId: dHousehold }).expect(201);
    expect(whole.body.assessment).toMatchObject({ eligible: false, ineligibility: 'INCOME_NOT_BELOW_STANDARD' });
    await h.http().post(`/api/v1/dibao/applications/${whole.body.id}/reject`).set('Authorization', clerk2).send({ reason: 'income above the standard' }).expect(200);
    const alone = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId: dHousehold, singlePersonResidentId: d[0] }).expect(201);
    // Responses mask personal data (DOMAIN §9); the full id is in the events and the database.
    expect(alone.body).toMatchObject({ residentId: maskResidentId(d[0]), assessment: { eligible: true, benefitFen: 73500 + 7350 } });
    await startPublicNotice(h, alone.body.id, clerk1);
    await h.http().post(`/api/v1/dibao/applications/${alone.body.id}/approve`).set('Authorization', clerk2).expect(200);
    cases.D = alone.body.id;
    await waitFor('single-person start', () => h.eventsOf(STARTED).find((e) => e.data.residentId === d[0]));
    expect(h.eventsOf(STARTED).some((e) => e.data.residentId === d[1])).toBe(false);
    const july = await payroll('2024-07');
    expect(lineOf(july, cases.A)).toBeUndefined();

    h.clock.set('2024-08-20');
    const first = await payroll('2024-08');
    expect(lineOf(first, cases.A)).toMatchObject({ amountFen: 97000, members: 2, month: '2024-08' });
    expect(lineOf(first, cases.B)).toMatchObject({ amountFen: 3 * 73500 - 45000 + 7350, members: 3 });
    expect(lineOf(first, cases.C)).toMatchObject({ amountFen: 53592, members: 1 });
    expect(lineOf(first, cases.D)).toMatchObject({ amountFen: 80850, members: 1 });
    expect((await caseOf(cases.A)).status).toBe('ACTIVE');

    const again = await payroll('2024-08', 200);
    expect(again).toEqual(first);
    expect(await rowCount(h.dataSource, 'payment_line', `month = '2024-08'`, [])).toBe(first.lines.length);
    const closed = await waitFor('payroll closed', () => h.eventsOf(CLOSED).find((e) => e.data.month === '2024-08'));
    expect(closed!.data.totals.DIBAO).toEqual({ amountFen: first.lines.reduce((s, l) => s + l.amountFen, 0), lineCount: first.lines.length });
    // The event's subject is the payroll.
    expect(await outboxCount(h.dataSource, CLOSED, closed!.data.payrollId)).toBe(1);
  });

  it('releases a payroll for payment only on approval by an approver other than the one who ran it', async () => {
    const approve = (token: string) => h.http().post('/api/v1/payrolls/2024-08/approve').set('Authorization', token);
    expect(await payroll('2024-08', 200)).toMatchObject({ status: 'CLOSED', runBy: 'approver-1', approvedBy: null });
    expect((await approve(payrollRunner).expect(403)).body.code).toBe('PAYROLL.SAME_PERSON_APPROVAL');
    expect((await approve(clerk1).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await h.http().post('/api/v1/payrolls/2024-13/approve').set('Authorization', clerk2).expect(400)).body.code).toBe('VALIDATION.FAILED');
    expect((await h.http().post('/api/v1/payrolls/2023-01/approve').set('Authorization', clerk2).expect(404)).body.code).toBe('PAYROLL.NOT_FOUND');
    const approved = await approve(clerk2).expect(200);
    expect(approved.body).toMatchObject({ month: '2024-08', status: 'APPROVED', runBy: 'approver-1', approvedBy: 'clerk-2', approvedOn: '2024-08-20' });
    expect((await approve(bearer(['admin'], 'director')).expect(409)).body.code).toBe('PAYROLL.ALREADY_APPROVED');
    const audit: Array<{ action: string }> = await h.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [approved.body.id]);
    expect(audit.map((r) => r.action)).toEqual(['payroll.closed', 'payroll.approved']);
  });

  it('a death in a 3-person household stops the member from the next month and recomputes for the other two', async () => {
    const envelope = await h.publish(DEATH, death(b[1], '2024-08-10'), b[1]);
    const stopped = await waitFor('member stopped', () => h.eventsOf(STOPPED).find((e) => e.data.residentId === b[1]));
    expect(stopped!.data).toMatchObject({ reason: 'DECEASED', stopFromMonth: '2024-09', lastPaidMonth: '2024-08', program: 'DIBAO', causeEventId: envelope.id });
    expect((await caseOf(cases.B)).status).toBe('ACTIVE');
    expect(await rowCount(h.dataSource, 'overpayment', 'case_id = $1', [cases.B])).toBe(0);

    h.clock.set('2024-09-20');
    const september = await payroll('2024-09');
    expect(lineOf(september, cases.B)).toMatchObject({ amountFen: 2 * 73500 - 30000 + 7350, members: 2 });
  });

  it('a death reported after two later months were paid stops a one-person household and opens an overpayment of exactly those lines', async () => {
    h.clock.set('2024-10-20');
    await payroll('2024-10');
    const envelope = await h.publish(DEATH, death(c[0], '2024-08-31'), c[0]);
    const overpaid = await waitFor('overpayment', () => h.eventsOf(OVERPAID).find((e) => e.data.residentId === c[0]));
    expect(overpaid!.data).toMatchObject({ months: ['2024-09', '2024-10'], amountFen: 2 * 53592, program: 'DIBAO', causeEventId: envelope.id });
    const stopped = h.eventsOf(STOPPED).find((e) => e.data.residentId === c[0]);
    expect(stopped!.data).toMatchObject({ reason: 'DECEASED', stopFromMonth: '2024-09', lastPaidMonth: '2024-10' });
    expect(await caseOf(cases.C)).toMatchObject({ status: 'STOPPED', reason: 'DECEASED', stopFromMonth: '2024-09' });

    // The same event again (redelivery) and the same death under a new event id change nothing.
    await h.redeliver(envelope);
    const again = await h.publish(DEATH, death(c[0], '2024-08-31'), c[0]);
    await waitFor('second death event consumed', async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [again.id])) === 1);
    expect(await rowCount(h.dataSource, 'overpayment', 'case_id = $1', [cases.C])).toBe(1);
    expect(await outboxCount(h.dataSource, STOPPED, c[0])).toBe(1);
    expect(await outboxCount(h.dataSource, OVERPAID, c[0])).toBe(1);

    h.clock.set('2024-11-20');
    const november = await payroll('2024-11');
    expect(lineOf(november, cases.C)).toBeUndefined();
    expect(lineOf(november, cases.B)).toMatchObject({ members: 2 });
  });

  it('a marriage of a member brings the household review forward into the work list', async () => {
    const list = async (asOf: string) => (await h.http().get(`/api/v1/work-lists/reviews-due?asOf=${asOf}`).set('Authorization', clerk1).expect(200)).body.items.map((x: { id: string }) => x.id);
    expect(await list('2024-11-20')).toEqual([]);
    const spouse = residentId('110105', '19830808', 61);
    const envelope = await h.publish('civil-registration.marriage.registered.v1', { marriageId: randomUUID(), kind: 'REGISTRATION', partyResidentIds: [a[1], spouse], registeredOn: '2024-11-18' }, a[1]);
    await waitFor('marriage consumed', async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [envelope.id])) === 1);
    expect(await list('2024-11-20')).toEqual([cases.A]);
    expect(await list('2024-11-17')).toEqual([]);
    expect((await caseOf(cases.B)).reviewDueOn).toBe('2025-01-15');
    expect((await h.http().get('/api/v1/work-lists/reviews-due?asOf=yesterday').set('Authorization', clerk1).expect(400)).body.code).toBe('VALIDATION.FAILED');
  });

  it('stops a case by decision with a reason and emits a stop per member', async () => {
    const res = await h.http().post(`/api/v1/dibao/applications/${cases.A}/stop`).set('Authorization', clerk2).send({ reason: 'INCOME_ABOVE_STANDARD', fromMonth: '2024-12' }).expect(200);
    expect(res.body).toMatchObject({ status: 'STOPPED', stopFromMonth: '2024-12', reason: 'INCOME_ABOVE_STANDARD' });
    const stops = await waitFor('two stops', () => {
      const mine = h.eventsOf(STOPPED).filter((e) => a.includes(e.data.residentId));
      return mine.length === 2 ? mine : undefined;
    });
    expect(stops!.every((e) => e.data.reason === 'INCOME_ABOVE_STANDARD' && e.data.lastPaidMonth === '2024-11')).toBe(true);
    const bad = await h.http().post(`/api/v1/dibao/applications/${cases.A}/stop`).set('Authorization', clerk2).send({ reason: 'BORED' }).expect(400);
    expect(bad.body.errors[0].field).toBe('reason');

    // A stop decided ahead of time still pays the months before it.
    h.clock.set('2024-12-05');
    await h.http().post(`/api/v1/dibao/applications/${cases.B}/stop`).set('Authorization', clerk2).send({ reason: 'MOVED_AWAY', fromMonth: '2025-01' }).expect(200);
    const december = await payroll('2024-12');
    expect(lineOf(december, cases.A)).toBeUndefined();
    expect(lineOf(december, cases.B)).toMatchObject({ members: 2 });
    h.clock.set('2025-01-05');
    expect(lineOf(await payroll('2025-01'), cases.B)).toBeUndefined();
  });

  it('an income change: still eligible pays less; above the standard through work keeps the amount 6 months (渐退期); otherwise stops next month', async () => {
    const g = [residentId('110105', '19850101', 101), residentId('110105', '19860101', 102)];
    const hh = residentId('110105', '19870101', 103);
    const i = residentId('110105', '19880101', 104);
    const gId = await household('URBAN', [member(g[0], 0), member(g[1], 0)]);
    const hId = await household('URBAN', [member(hh, 0)]);
    const iId = await household('URBAN', [member(i, 0)]);
    const [gCase, hCase, iCase] = [await applyAndApprove(gId), await applyAndApprove(hId), await applyAndApprove(iId)];
    h.clock.set('2025-02-05');
    const february = await payroll('2025-02');
    expect([lineOf(february, gCase)?.amountFen, lineOf(february, hCase)?.amountFen, lineOf(february, iCase)?.amountFen]).toEqual([147000, 73500, 73500]);

    const change = (householdId: string, id: string, source: string, monthlyFen: number, throughWork: boolean) =>
      h.http().post(`/api/v1/households/${householdId}/income-changes`).set('Authorization', clerk1).send({ residentId: id, incomes: [{ source, monthlyFen }], throughWork });
    expect((await change(gId, hh, 'WAGES', 1, true).expect(422)).body.code).toBe('HOUSEHOLD.NOT_A_MEMBER');
    expect((await change(gId, g[0], 'WAGES', 200000, true).expect(200)).body).toEqual([{ caseId: gCase, effectiveMonth: '2025-03', decision: 'GRADUAL_EXIT', stopFromMonth: '2025-09', gradualExitUntil: '2025-08', benefitFen: 147000 }]);
    expect((await change(hId, hh, 'PENSION', 80000, false).expect(200)).body).toEqual([{ caseId: hCase, effectiveMonth: '2025-03', decision: 'STOP', stopFromMonth: '2025-03', gradualExitUntil: null, benefitFen: 0 }]);
    // Still eligible: the new amount from next month, as the payroll pays it then.
    expect((await change(iId, i, 'WAGES', 10000, true).expect(200)).body).toEqual([{ caseId: iCase, effectiveMonth: '2025-03', decision: 'CONTINUE', stopFromMonth: null, gradualExitUntil: null, benefitFen: 63500 }]);
    const stops = await waitFor('gradual-exit stops', () => {
      const mine = h.eventsOf(STOPPED).filter((e) => g.includes(e.data.residentId) || e.data.residentId === hh);
      return mine.length === 3 ? mine : undefined;
    });
    expect(stops!.map((e) => [e.data.residentId, e.data.stopFromMonth, e.data.reason]).sort()).toEqual(
      [[g[0], '2025-09', 'INCOME_ABOVE_STANDARD'], [g[1], '2025-09', 'INCOME_ABOVE_STANDARD'], [hh, '2025-03', 'INCOME_ABOVE_STANDARD']].sort(),
    );

    h.clock.set('2025-03-05');
    const march = await payroll('2025-03');
    expect(lineOf(march, gCase)).toMatchObject({ amountFen: 147000 });
    expect(lineOf(march, hCase)).toBeUndefined();
    expect(lineOf(march, iCase)).toMatchObject({ amountFen: 63500 });
  });

  it('settles the overpayment as a receivable: a write-off is proposed by one person and approved by a decider, and settles once', async () => {
    const admin = bearer(['admin'], 'director');
    const list = await h.http().post('/api/v1/overpayments/search').set('Authorization', clerk1).send({ residentId: c[0] }).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ caseId: cases.C, residentId: maskResidentId(c[0]), months: ['2024-09', '2024-10'], amountFen: 2 * 53592, status: 'OPEN' })]);
    const id = list.body[0].id as string;
    const resolve = (token: string, resolution: string) => h.http().post(`/api/v1/overpayments/${id}/resolve`).set('Authorization', token).send({ resolution, note: 'heirs cannot be found' });
    const approveWriteOff = (token: string) => h.http().post(`/api/v1/overpayments/${id}/approve-write-off`).set('Authorization', token);
    expect((await approveWriteOff(admin).expect(409)).body.code).toBe('OVERPAYMENT.WRITE_OFF_NOT_PROPOSED');
    expect((await resolve(clerk1, 'WRITTEN_OFF').expect(200)).body).toMatchObject({ status: 'WRITE_OFF_PROPOSED', proposedBy: 'clerk-1', proposedOn: '2025-03-05', resolvedBy: null });
    expect((await resolve(clerk1, 'WRITTEN_OFF').expect(409)).body.code).toBe('OVERPAYMENT.NOT_OPEN');
    expect((await approveWriteOff(clerk1).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await approveWriteOff(bearer(['approver'], 'clerk-1')).expect(403)).body.code).toBe('OVERPAYMENT.SAME_PERSON_APPROVAL');
    expect((await approveWriteOff(admin).expect(200)).body).toMatchObject({ status: 'WRITTEN_OFF', proposedBy: 'clerk-1', resolvedBy: 'director', note: 'heirs cannot be found' });
    expect((await resolve(admin, 'RECOVERED').expect(409)).body.code).toBe('OVERPAYMENT.NOT_OPEN');
    const audit: Array<{ action: string }> = await h.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((r) => r.action)).toEqual(['overpayment.detected', 'overpayment.write-off-proposed', 'overpayment.written_off']);
  });
});
