import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, AUDITOR, ChildWelfareTestKit, DIRECTOR, OPERATOR, OTHER_DIRECTOR, OTHER_SUPERVISOR, SUPERVISOR, TOWNSHIP, VILLAGE } from './child-welfare-test-kit';

// The register of child directors (儿童主任, one per village) and supervisors (儿童督导员, one per township).
const kit = new ChildWelfareTestKit('child_welfare_staff', '2024-07-15');
let seq = 0;
const person = (name: string) => ({ name, residentId: residentId('110105', '19800101', ++seq), phone: '13712345678' });
const appoint = (body: Record<string, unknown>, token = APPROVER) =>
  kit.http().post('/api/v1/staff').set('Authorization', token).send({ role: 'CHILD_DIRECTOR', divisionCode: VILLAGE, appointedOn: '2024-01-01', ...person('刘桂芳'), ...body });
const annual = (token: string) => kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', token);

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('staff register', () => {
  it('keeps one director per village and one supervisor per township, with trainings, and the statistics count them', async () => {
    const director = await appoint({}, SUPERVISOR);
    expect(director.status).toBe(201);
    expect(director.body).toMatchObject({ role: 'CHILD_DIRECTOR', roleLabel: '儿童主任', divisionCode: VILLAGE, name: '刘*芳', phone: '137****5678', leftOn: null });
    expect(director.body.residentId).toMatch(/^110\*{11}\d{3}[\dX]$/);
    const supervisor = await appoint({ role: 'CHILD_SUPERVISOR', divisionCode: TOWNSHIP, ...person('陈永红') });
    expect(supervisor.status).toBe(201);

    const second = await appoint({ ...person('孙丽') });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'STAFF.POST_OCCUPIED', errors: [expect.objectContaining({ field: 'divisionCode' })] });

    const training = await kit.http().post(`/api/v1/staff/${director.body.id}/trainings`).set('Authorization', DIRECTOR).send({ trainedOn: '2024-05-20', hours: 6, topic: '困境儿童发现报告与帮扶' });
    expect(training.status).toBe(201);
    const read = (await kit.http().get(`/api/v1/staff/${director.body.id}`).set('Authorization', AUDITOR).expect(200)).body;
    expect(read.trainings).toEqual([expect.objectContaining({ trainedOn: '2024-05-20', hours: 6 })]);

    // The director leaves; a successor may start that day, not before.
    const left = await kit.http().post(`/api/v1/staff/${director.body.id}/leave`).set('Authorization', SUPERVISOR).send({ leftOn: '2024-07-01' });
    expect(left.status).toBe(201);
    expect((await appoint({ ...person('孙丽'), appointedOn: '2024-06-30' })).body).toMatchObject({ code: 'STAFF.POST_OCCUPIED', errors: [expect.objectContaining({ field: 'appointedOn' })] });
    expect((await appoint({ ...person('孙丽'), appointedOn: '2024-07-01' })).status).toBe(201);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action LIKE 'staff.%'`)).toBe(5);

    const list = (await kit.http().get('/api/v1/staff?role=CHILD_DIRECTOR&inPost=true&pageSize=5').set('Authorization', SUPERVISOR).expect(200)).body;
    expect(list).toMatchObject({ total: 1, items: [expect.objectContaining({ name: '孙*', appointedOn: '2024-07-01' })] });

    kit.clock.set('2025-01-10');
    expect((await annual(APPROVER).expect(200)).body.staff).toEqual({ directors: 1, supervisors: 1, trainings: 1, trainingHours: 6 });
    // A supervisor's township counts its own supervisor and its villages' directors; another township nothing.
    expect((await annual(SUPERVISOR).expect(200)).body.staff).toMatchObject({ directors: 1, supervisors: 1 });
    expect((await annual(OTHER_SUPERVISOR).expect(200)).body.staff).toMatchObject({ directors: 0, supervisors: 0 });
    kit.clock.set('2024-07-15');
  });

  it('decides a race for an empty post: one appointment, one 409', async () => {
    const village = '110105001009';
    const answers = await Promise.all([appoint({ divisionCode: village, ...person('周一') }), appoint({ divisionCode: village, ...person('吴二') })]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.status === 409)?.body.code).toBe('STAFF.POST_OCCUPIED');
    expect(await kit.count('SELECT count(*) AS n FROM staff_member WHERE division_code = $1', [village])).toBe(1);
  });

  it('refuses a director outside their village, a post of the wrong level and bad input, storing nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM staff_member');
    const anyone = (await kit.http().get('/api/v1/staff?role=CHILD_DIRECTOR&inPost=true').set('Authorization', OPERATOR).expect(200)).body.items[0];
    const outside = await kit.http().post(`/api/v1/staff/${anyone.id}/trainings`).set('Authorization', OTHER_DIRECTOR).send({ trainedOn: '2024-05-20', hours: 6, topic: 'x' });
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('CHILD.OUT_OF_DIVISION');
    // A director appoints nobody, and reads nobody of another village.
    expect((await appoint({ divisionCode: '110105001003' }, DIRECTOR)).status).toBe(403);
    expect((await kit.http().get(`/api/v1/staff/${anyone.id}`).set('Authorization', OTHER_DIRECTOR)).status).toBe(403);

    const level = await appoint({ role: 'CHILD_SUPERVISOR', divisionCode: '110105001004' });
    expect(level.status).toBe(422);
    expect(level.body).toMatchObject({ code: 'STAFF.DIVISION_MISMATCH', errors: [expect.objectContaining({ field: 'divisionCode' })] });
    const bad = await appoint({ role: 'CHIEF', residentId: '110105198001010000', phone: '123', appointedOn: '2024-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['appointedOn', 'phone', 'residentId', 'role']);
    const future = await appoint({ divisionCode: '110105001005', appointedOn: '2024-07-16' });
    expect(future.body).toMatchObject({ code: 'STAFF.DATE_IN_FUTURE', errors: [expect.objectContaining({ field: 'appointedOn' })] });
    expect(await kit.count('SELECT count(*) AS n FROM staff_member')).toBe(before);
  });
});
