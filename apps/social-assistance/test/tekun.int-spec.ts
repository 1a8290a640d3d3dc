import { maskResidentId } from '@app/common/resident-id/resident-id';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, rowCount, startHarness, type Harness } from './harness';

const STARTED = 'social-assistance.enrollment.started.v1';
const STOPPED = 'social-assistance.enrollment.stopped.v1';
const DEATH = 'civil-registration.death.registered.v1';

describe('特困 application, payment and stop on death', () => {
  let h: Harness;
  const clerk1 = bearer(['operator'], 'clerk-1');
  // The county approver who decides cases and runs the payroll; clerk-1 records.
  const clerk2 = bearer(['approver'], 'clerk-2');
  const payrollRunner = bearer(['approver'], 'approver-1');
  const elder = residentId('110105', '19490101', 51);
  const supportedElder = residentId('110105', '19500202', 52);
  const son = residentId('110105', '19750303', 53);
  const adult = residentId('110105', '19790404', 54);

  beforeAll(async () => {
    h = await startHarness('sa_tekun', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 72800, effectiveFrom: '2024-01-01', effectiveTo: '2024-06-30' });
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-07-01' });
    await h.policy.add({ key: 'social-assistance.dibao.standard.rural-fen-per-year', value: 643100, effectiveFrom: '2024-07-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.dispersed-fen-per-month', value: 94700, effectiveFrom: '2024-01-01', effectiveTo: '2024-06-30' });
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.dispersed-fen-per-month', value: 95600, effectiveFrom: '2024-07-01' });
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.central-fen-per-month', value: 94700, effectiveFrom: '2024-01-01', effectiveTo: '2024-06-30' });
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.central-fen-per-month', value: 95600, effectiveFrom: '2024-07-01' });
    await h.policy.add({ key: 'social-assistance.tekun.care-standard-fen-per-month', value: { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.age-limits', value: { elderlyFrom: 60, minorUnder: 16 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.temporary-relief.max-months-of-standard', value: 3, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.minor-coverage', value: { untilAge: 18, inSchoolUntilAge: 22 }, effectiveFrom: '2024-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  async function household(members: Array<[string, number]>): Promise<string> {
    const res = await h
      .http()
      .post('/api/v1/households')
      .set('Authorization', clerk1)
      .send({ area: 'URBAN', regionCode: '110105', financialAssetsFen: 0, members: members.map(([id, fen]) => ({ residentId: id, name: '赵某', relation: 'OTHER', incomes: fen ? [{ source: 'PENSION', monthlyFen: fen }] : [], categories: [] })) })
      .expect(201);
    return res.body.id as string;
  }

  const application = (householdId: string, id: string, hasAbleSupporter = false) => ({ householdId, residentId: id, careForm: 'DISPERSED', unableActivities: 2, hasAbleSupporter });

  it('refuses people outside the covered groups or with an able supporter, storing nothing', async () => {
    const withSon = await household([[supportedElder, 0], [son, 500000]]);
    const supported = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send(application(withSon, supportedElder, true)).expect(422);
    expect(supported.body).toMatchObject({ code: 'TEKUN.NOT_ELIGIBLE', reason: 'HAS_ABLE_SUPPORTER', detail: expect.stringContaining('HAS_ABLE_SUPPORTER') });
    const young = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send(application(await household([[adult, 0]]), adult)).expect(422);
    expect(young.body).toMatchObject({ code: 'TEKUN.NOT_ELIGIBLE', reason: 'NOT_IN_COVERED_GROUP' });
    const bad = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send({ ...application(withSon, supportedElder), unableActivities: 7 }).expect(400);
    expect(bad.body.errors[0].field).toBe('unableActivities');
    expect(await rowCount(h.dataSource, 'assistance_case', 'true', [])).toBe(0);
  });

  it('approves, pays the dispersed basic standard (956 yuan from 2024-07) plus the care standard, and stops on death', async () => {
    const householdId = await household([[elder, 0]]);
    const applied = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send(application(householdId, elder)).expect(201);
    expect(applied.body).toMatchObject({ program: 'TEKUN', status: 'APPLIED', residentId: maskResidentId(elder), careForm: 'DISPERSED', careLevel: 'PARTIAL_CARE' });
    expect((await h.http().post(`/api/v1/tekun/applications/${applied.body.id}/approve`).set('Authorization', bearer(['approver'], 'clerk-1')).expect(403)).body.code).toBe('TEKUN.SAME_PERSON_APPROVAL');
    await h.http().post(`/api/v1/tekun/applications/${applied.body.id}/approve`).set('Authorization', clerk2).expect(200);
    const started = await waitFor('started', () => h.eventsOf(STARTED).find((e) => e.data.residentId === elder));
    expect(started!.data).toMatchObject({ program: 'TEKUN', effectiveMonth: '2024-08', householdId, careForm: 'DISPERSED' });

    h.clock.set('2024-08-20');
    const payroll = await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-08' }).expect(201);
    expect(payroll.body.lines).toEqual([expect.objectContaining({ caseId: applied.body.id, program: 'TEKUN', amountFen: 95600 + 30000, members: 1 })]);
    expect(payroll.body.totals).toEqual({ DIBAO: { amountFen: 0, lineCount: 0 }, TEKUN: { amountFen: 125600, lineCount: 1 } });

    await h.publish(DEATH, { ...sampleEvents[DEATH], deathId: randomUUID(), residentId: elder, dateOfDeath: '2024-08-05' }, elder);
    const stopped = await waitFor('stopped', () => h.eventsOf(STOPPED).find((e) => e.data.residentId === elder));
    expect(stopped!.data).toMatchObject({ program: 'TEKUN', reason: 'DECEASED', stopFromMonth: '2024-09', lastPaidMonth: '2024-08' });
    const after = await h.http().get(`/api/v1/tekun/applications/${applied.body.id}`).set('Authorization', clerk1).expect(200);
    expect(after.body).toMatchObject({ status: 'STOPPED', stopFromMonth: '2024-09', reason: 'DECEASED' });
    expect(await rowCount(h.dataSource, 'overpayment', 'resident_id = $1', [elder])).toBe(0);
  });

  it('grants temporary relief up to 3 months of the standard, refusing more and deceased people with nothing stored', async () => {
    const grant = (residentId: string, amountFen: number) =>
      h.http().post('/api/v1/temporary-relief').set('Authorization', clerk1).send({ residentId, area: 'URBAN', regionCode: '110105001', reliefType: 'EXPENDITURE', amountFen, reason: '突发重大疾病' });
    // Independent of the tests above: its own date and its own death notice (of a person in no household).
    h.clock.set('2024-08-20');
    const deceased = residentId('110105', '19400505', 56); // ends in X: a lower-case x is the same person
    const death = await h.publish(DEATH, { ...sampleEvents[DEATH], deathId: randomUUID(), residentId: deceased, dateOfDeath: '2024-08-01' }, deceased);
    await waitFor('death consumed', async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [death.id])) === 1);
    const over = await grant(adult, 3 * 73500 + 1).expect(422);
    expect(over.body.code).toBe('RELIEF.AMOUNT_ABOVE_LIMIT');
    expect((await grant(deceased, 1000).expect(422)).body.code).toBe('RELIEF.PERSON_DECEASED');
    expect((await grant(deceased.toLowerCase(), 1000).expect(422)).body.code).toBe('RELIEF.PERSON_DECEASED');
    expect(await rowCount(h.dataSource, 'temporary_relief', 'true', [])).toBe(0);
    const ok = await grant(adult, 3 * 73500).expect(201);
    expect(ok.body).toMatchObject({ residentId: maskResidentId(adult), amountFen: 220500, grantedOn: '2024-08-20', grantedBy: 'clerk-1' });
    const list = await h.http().post('/api/v1/temporary-relief/search').set('Authorization', clerk1).send({ residentId: adult }).expect(200);
    expect(list.body).toEqual([ok.body]);
  });

  it('pays central care to the institution, covers a minor to 18, and covers an orphan once', async () => {
    h.clock.set('2024-09-10');
    const resident = residentId('110105', '19400606', 57);
    const child = residentId('110105', '20140315', 58);
    const orphan = residentId('110105', '20150101', 59);
    const central = { ...application(await household([[resident, 0]]), resident), careForm: 'CENTRAL' };
    expect((await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send(central).expect(400)).body.errors[0].field).toBe('institution');
    const refusedOrphan = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send({ ...application(await household([[orphan, 0]]), orphan), receivesOrphanAllowance: true }).expect(422);
    expect(refusedOrphan.body).toMatchObject({ code: 'TEKUN.NOT_ELIGIBLE', reason: 'COVERED_AS_ORPHAN' });
    expect(await rowCount(h.dataSource, 'assistance_case', 'resident_id IN ($1, $2)', [resident, orphan])).toBe(0);

    const inInstitution = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send({ ...central, institution: '朝阳区第一敬老院' }).expect(201);
    expect(inInstitution.body).toMatchObject({ careForm: 'CENTRAL', payeeInstitution: '朝阳区第一敬老院', coveredUntil: null });
    const minor = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send(application(await household([[child, 0]]), child)).expect(201);
    expect(minor.body).toMatchObject({ coveredUntil: '2032-03' });
    for (const id of [inInstitution.body.id, minor.body.id]) await h.http().post(`/api/v1/tekun/applications/${id}/approve`).set('Authorization', clerk2).expect(200);

    h.clock.set('2024-10-10');
    const october = await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-10' }).expect(201);
    expect(october.body.lines.find((l: { caseId: string }) => l.caseId === inInstitution.body.id)).toMatchObject({ payeeInstitution: '朝阳区第一敬老院', amountFen: 95600 + 30000 });
    expect(october.body.lines.find((l: { caseId: string }) => l.caseId === minor.body.id)).toMatchObject({ payeeInstitution: null, amountFen: 95600 + 30000 });
    // The last month of a minor's coverage is paid; the month after is not.
    await h.dataSource.query(`UPDATE assistance_case SET covered_until = '2024-11' WHERE id = $1`, [minor.body.id]);
    h.clock.set('2024-11-10');
    expect((await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-11' }).expect(201)).body.lines.some((l: { caseId: string }) => l.caseId === minor.body.id)).toBe(true);
    h.clock.set('2024-12-10');
    expect((await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-12' }).expect(201)).body.lines.some((l: { caseId: string }) => l.caseId === minor.body.id)).toBe(false);
  });
});
