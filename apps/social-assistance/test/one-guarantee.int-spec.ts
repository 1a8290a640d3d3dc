import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

const DEATH = 'civil-registration.death.registered.v1';

// One person, one guarantee (DOMAIN §1): one timeline, July to October 2024.
describe('one person, one guarantee across households', () => {
  let h: Harness;
  const clerk1 = bearer(['operator'], 'clerk-1');
  const clerk2 = bearer(['approver'], 'clerk-2');
  const payrollRunner = bearer(['approver'], 'approver-1');

  const alone = residentId('110105', '19700101', 201);
  const [y, w, z, v] = [residentId('110105', '19720202', 202), residentId('110105', '19740303', 203), residentId('110105', '19760404', 204), residentId('110105', '19780505', 205)];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await startHarness('sa_one_guarantee', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.standard.rural-fen-per-year', value: 643100, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    await h.policy.add(NO_NOTICE_DAYS);
  });

  afterAll(async () => {
    await h?.close();
  });

  const member = (id: string, monthlyFen = 0) => ({ residentId: id, name: '周某', relation: 'OTHER', incomes: monthlyFen ? [{ source: 'WAGES', monthlyFen }] : [], categories: [] });
  const createHousehold = (members: unknown[]) => h.http().post('/api/v1/households').set('Authorization', clerk1).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members });
  const household = async (members: unknown[]) => (await createHousehold(members).expect(201)).body.id as string;
  /** Applied, investigated and in a public notice of 0 days: ready for approval. */
  const apply = async (householdId: string) => {
    const id = (await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId }).expect(201)).body.id as string;
    await startPublicNotice(h, id, clerk1);
    return id;
  };
  const approve = (caseId: string) => h.http().post(`/api/v1/dibao/applications/${caseId}/approve`).set('Authorization', clerk2);
  const openEnrollments = (id: string) => rowCount(h.dataSource, 'enrollment', 'resident_id = $1 AND stop_from_month IS NULL', [id]);

  it('lets only one of two concurrent approvals naming the same person win, and pays them once', async () => {
    // The same person, alone in two households (registered before either was assisted).
    const first = await apply(await household([member(alone)]));
    const second = await apply(await household([member(alone)]));
    const answers = await Promise.all([approve(first), approve(second)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = answers.find((r) => r.status === 200)!.body.id as string;
    const loser = answers.find((r) => r.status === 409)!;
    expect(loser.headers['content-type']).toContain('application/problem+json');
    expect(loser.body).toMatchObject({ code: 'DIBAO.MEMBER_ALREADY_COVERED', coveringCaseId: winner });
    const loserId = winner === first ? second : first;
    expect((await h.http().get(`/api/v1/dibao/applications/${loserId}`).set('Authorization', clerk1).expect(200)).body.status).toBe('IN_PUBLIC_NOTICE');
    expect(await openEnrollments(alone)).toBe(1);
    ids.winner = winner;
    ids.loser = loserId;

    h.clock.set('2024-08-20');
    const payroll = (await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-08' }).expect(201)).body;
    const lines = payroll.lines.filter((l: { caseId: string }) => l.caseId === first || l.caseId === second);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ caseId: winner, amountFen: 73500, members: 1 });
  });

  it('refuses a second household, a member joining or an application naming a covered person, with the covering case, storing nothing', async () => {
    // y is in a household registered before y's coverage, and then covered by another household's case.
    const earlier = await household([member(w), member(y)]);
    const covering = await apply(await household([member(y), member(z)]));
    await approve(covering).expect(200);
    ids.covering = covering;

    const households = await rowCount(h.dataSource, 'household', 'true', []);
    const second = await createHousehold([member(v), member(y)]).expect(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.body).toMatchObject({ code: 'HOUSEHOLD.MEMBER_ALREADY_COVERED', coveringCaseId: covering, errors: [{ field: 'members.1.residentId' }] });
    expect(await rowCount(h.dataSource, 'household', 'true', [])).toBe(households);

    const other = await household([member(v)]);
    const join = await h.http().post(`/api/v1/households/${other}/members`).set('Authorization', clerk1).send(member(y)).expect(409);
    expect(join.body).toMatchObject({ code: 'HOUSEHOLD.MEMBER_ALREADY_COVERED', coveringCaseId: covering, errors: [{ field: 'residentId' }] });
    expect(await rowCount(h.dataSource, 'household_member', 'household_id = $1', [other])).toBe(1);

    const cases = await rowCount(h.dataSource, 'assistance_case', 'true', []);
    const application = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId: earlier }).expect(409);
    expect(application.body).toMatchObject({ code: 'DIBAO.MEMBER_ALREADY_COVERED', coveringCaseId: covering });
    expect(await rowCount(h.dataSource, 'assistance_case', 'true', [])).toBe(cases);
    // The payroll's second line for the person never comes: still one open coverage each.
    expect(await openEnrollments(y)).toBe(1);
  });

  it('releases the claim when the person leaves, the case stops or the person dies', async () => {
    // y leaves the covering household (from September): another household may take y from then on.
    await h.http().post(`/api/v1/households/${(await h.http().get(`/api/v1/dibao/applications/${ids.covering}`).set('Authorization', clerk1).expect(200)).body.householdId}/departures`).set('Authorization', clerk1).send({ residentId: y, reason: 'MOVED_OUT' }).expect(200);
    expect(await openEnrollments(y)).toBe(0);
    const newHome = await apply(await household([member(y)]));
    expect((await approve(newHome).expect(200)).body.startMonth).toBe('2024-09');

    // The winning case of the concurrent approvals stops: the other household's application may now be approved.
    await h.http().post(`/api/v1/dibao/applications/${ids.winner}/stop`).set('Authorization', clerk2).send({ reason: 'VOLUNTARY' }).expect(200);
    expect((await approve(ids.loser).expect(200)).body).toMatchObject({ status: 'APPROVED', startMonth: '2024-09' });

    // A death stops the person's coverage.
    const death = await h.publish(DEATH, { ...sampleEvents[DEATH], deathId: randomUUID(), residentId: z, dateOfDeath: '2024-08-25' }, z);
    await waitFor('death consumed', async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [death.id])) === 1);
    expect(await openEnrollments(z)).toBe(0);
  });
});
