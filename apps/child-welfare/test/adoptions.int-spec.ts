import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { APPROVER, AUDITOR, ChildWelfareTestKit, DIRECTOR, OPERATOR, OTHER_APPROVER, OTHER_DIRECTOR, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_adoptions', '2024-07-15');
let events: Awaited<ReturnType<ChildWelfareTestKit['listen']>>;
let seq = 0;
/** A resident ID of the given sex (the 17th digit is odd for men). */
const person = (birth: string, sex: 'M' | 'F') => {
  seq += 1;
  if ((seq % 2 === 1) !== (sex === 'M')) seq += 1;
  return residentId('110105', birth, seq);
};

const orphanParents = () => [
  { residentId: person('19850307', 'M'), name: '王建国', relation: 'FATHER', deceasedOn: '2023-01-01' },
  { residentId: person('19870101', 'F'), name: '李秀兰', relation: 'MOTHER', deceasedOn: '2023-03-01' },
];

async function registerChild(birth = '20180310', guardians: unknown[] = orphanParents()): Promise<{ id: string; residentId: string }> {
  const childResidentId = person(birth, 'F');
  const res = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR)
    .send({ residentId: childResidentId, name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians });
  expect(res.status).toBe(201);
  return { id: res.body.id, residentId: childResidentId };
}

const adopter = (id: string, over: Record<string, unknown> = {}) => ({ residentId: id, name: '赵丽华', married: false, ableToRaise: true, disqualifyingIllness: false, criminalRecord: false, ...over });

async function assess(childId: string, adopterResidentIds: string[], outcome = 'SUITABLE', assessedOn = '2024-06-20') {
  const res = await kit.http().post(`/api/v1/children/${childId}/adoption-assessments`).set('Authorization', OPERATOR).send({ adopterResidentIds, assessedOn, outcome, notes: 'home visit, income and housing checked' });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const registerAdoption = (childId: string, body: Record<string, unknown>, token = OPERATOR) =>
  kit.http().post(`/api/v1/children/${childId}/adoption`).set('Authorization', token).send({ registeredOn: '2024-07-15', existingChildren: 0, relativesChild: false, ...body });

const stored = () => kit.count('SELECT count(*) AS n FROM adoption');

beforeAll(async () => {
  await kit.start();
  events = await kit.listen('child-welfare.adoption.#');
});
afterAll(async () => {
  await events?.close();
  await kit.stop();
});
beforeEach(() => kit.clock.set('2024-07-15'));

describe('adoption registration', () => {
  it('registers an adoption: the adopter becomes the parent, the child is no longer an orphan, the allowance stops, the event goes out', async () => {
    kit.clock.set('2024-06-10');
    const child = await registerChild();
    // Paid for July (the month after registration) before the adoption; the adoption month is paid in full.
    kit.clock.set('2024-07-01');
    await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-07' }).expect(200);
    kit.clock.set('2024-07-15');
    const woman = person('19800101', 'F');
    const assessmentId = await assess(child.id, [woman]);

    const res = await registerAdoption(child.id, { assessmentId, adopters: [adopter(woman)] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ childId: child.id, registeredOn: '2024-07-15', categories: [], adoptedOn: '2024-07-15', childResidentId: maskResidentId(child.residentId), adopterResidentIds: [maskResidentId(woman)] });

    const read = (await kit.http().get(`/api/v1/children/${child.id}`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(read).toMatchObject({ categories: [], adoptedOn: '2024-07-15', carer: { relation: 'ADOPTIVE_PARENT' } });
    expect(read.guardians).toEqual([expect.objectContaining({ relation: 'MOTHER', residentId: maskResidentId(woman) })]);

    await waitFor('adoption event', () => events.received('child-welfare.adoption.registered.v1').some((e) => e.data.childId === child.id));
    const event = events.received('child-welfare.adoption.registered.v1').find((e) => e.data.childId === child.id)!;
    expect(event.data).toEqual({ adoptionId: res.body.id, childId: child.id, childResidentId: child.residentId, adopterResidentIds: [woman], registeredOn: '2024-07-15' });
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'adoption.registered'`, [child.id])).toBe(1);

    kit.clock.set('2024-09-02');
    for (const month of ['2024-08', '2024-09']) await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month }).expect(200);
    const months = (await kit.db.query('SELECT month FROM allowance_payment WHERE child_id = $1 ORDER BY month', [child.id])).rows.map((r) => r.month);
    expect(months).toEqual(['2024-07']);
    const allowance = (await kit.http().get(`/api/v1/children/${child.id}/allowance`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(allowance).toMatchObject({ category: null, notEntitledReason: 'ADOPTED', currentMonth: { month: '2024-09', due: false, reason: 'ADOPTED' } });

    const again = await registerAdoption(child.id, { assessmentId, adopters: [adopter(woman)] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ADOPTION.ALREADY_REGISTERED');
  });

  it('a married couple adopts a relative\'s child of 9 with her consent (relaxations of art. 1099)', async () => {
    const child = await registerChild('20150310', []);
    const husband = person('19900101', 'M');
    const wife = person('19910101', 'F');
    const assessmentId = await assess(child.id, [husband, wife]);
    const couple = [adopter(husband, { name: '赵强', married: true, spouseResidentId: wife }), adopter(wife, { married: true, spouseResidentId: husband })];
    const noConsent = await registerAdoption(child.id, { assessmentId, adopters: couple, relativesChild: true });
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.code).toBe('ADOPTION.CHILD_CONSENT_MISSING');
    const ok = await registerAdoption(child.id, { assessmentId, adopters: couple, relativesChild: true, childConsents: true });
    expect(ok.status).toBe(201);
    const read = (await kit.http().get(`/api/v1/children/${child.id}`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(read.guardians.map((g: { relation: string }) => g.relation).sort()).toEqual(['FATHER', 'MOTHER']);
  });

  it.each<[string, (ids: { man: string; young: string }) => Record<string, unknown>, string, string]>([
    ['adopter under 30', ({ young }) => ({ adopters: [adopter(young)] }), 'ADOPTION.ADOPTER_UNDER_30', 'adopters.0.residentId'],
    ['single man less than 40 years older than the girl', ({ man }) => ({ adopters: [adopter(man)] }), 'ADOPTION.AGE_GAP_UNDER_40', 'adopters.0.residentId'],
    ['married adopter without the spouse', ({ man }) => ({ adopters: [adopter(man, { married: true })], relativesChild: true }), 'ADOPTION.SPOUSE_MUST_ADOPT_JOINTLY', 'adopters'],
    ['criminal record', ({ man }) => ({ adopters: [adopter(man, { criminalRecord: true })], relativesChild: true }), 'ADOPTION.ADOPTER_CRIMINAL_RECORD', 'adopters.0.criminalRecord'],
  ])('refuses %s with its code and stores nothing', async (_case, body, code, field) => {
    const child = await registerChild();
    const ids = { man: person('19850101', 'M'), young: person('19960101', 'F') };
    const payload = body(ids);
    const adopterIds = (payload.adopters as Array<{ residentId: string }>).map((a) => a.residentId);
    const assessmentId = await assess(child.id, adopterIds);
    const before = await stored();
    const res = await registerAdoption(child.id, { assessmentId, ...payload });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe(code);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await stored()).toBe(before);
    const read = (await kit.http().get(`/api/v1/children/${child.id}`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(read).toMatchObject({ categories: ['ORPHAN'], adoptedOn: null });
  });

  it('needs a suitable assessment of the same adopters before registration', async () => {
    const child = await registerChild();
    const woman = person('19800101', 'F');
    const other = person('19790101', 'F');
    const before = await stored();
    const ofSomeoneElse = await assess(child.id, [other]);
    const res = await registerAdoption(child.id, { assessmentId: ofSomeoneElse, adopters: [adopter(woman)] });
    expect(res.body.code).toBe('ADOPTION.ASSESSMENT_MISSING');
    const later = await assess(child.id, [woman], 'SUITABLE', '2024-07-15');
    expect((await registerAdoption(child.id, { assessmentId: later, adopters: [adopter(woman)], registeredOn: '2024-07-14' })).body.code).toBe('ADOPTION.ASSESSMENT_MISSING');
    const unsuitable = await assess(child.id, [woman], 'UNSUITABLE');
    expect((await registerAdoption(child.id, { assessmentId: unsuitable, adopters: [adopter(woman)] })).body.code).toBe('ADOPTION.ASSESSMENT_UNSUITABLE');
    expect(await stored()).toBe(before);
  });

  it('refuses malformed input, a future date, the wrong roles and other divisions', async () => {
    const child = await registerChild();
    const woman = person('19800101', 'F');
    const assessmentId = await assess(child.id, [woman]);
    const before = await stored();
    const bad = await registerAdoption(child.id, { assessmentId: 'nope', adopters: [{ residentId: '123', name: '' }], existingChildren: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['assessmentId', 'existingChildren']));
    const future = await registerAdoption(child.id, { assessmentId, adopters: [adopter(woman)], registeredOn: '2024-07-16' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('ADOPTION.DATE_IN_FUTURE');
    expect((await registerAdoption(child.id, { assessmentId, adopters: [adopter(woman)] }, DIRECTOR)).status).toBe(403);
    expect((await registerAdoption(child.id, { assessmentId, adopters: [adopter(woman)] }, AUDITOR)).status).toBe(403);
    const elsewhere = await registerAdoption(child.id, { assessmentId, adopters: [adopter(woman)] }, OTHER_APPROVER);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.code).toBe('CHILD.OUT_OF_DIVISION');
    expect(await stored()).toBe(before);
  });
});

describe('adoption assessments', () => {
  it('lists a child\'s assessments the latest first, adopters masked, paged; another village is refused', async () => {
    const child = await registerChild();
    const first = person('19790101', 'F');
    const second = person('19810101', 'M');
    await assess(child.id, [first], 'UNSUITABLE', '2024-06-01');
    const latest = await assess(child.id, [second], 'SUITABLE', '2024-07-01');
    const page = (await kit.http().get(`/api/v1/children/${child.id}/adoption-assessments?pageSize=1`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.items).toEqual([{ id: latest, childId: child.id, adopterResidentIds: [maskResidentId(second)], assessedOn: '2024-07-01', outcome: 'SUITABLE', notes: 'home visit, income and housing checked', assessor: 'operator-1' }]);
    const other = await kit.http().get(`/api/v1/children/${child.id}/adoption-assessments`).set('Authorization', OTHER_DIRECTOR);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('CHILD.OUT_OF_DIVISION');
  });
});
