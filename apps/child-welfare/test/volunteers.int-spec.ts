import { APPROVER, AUDITOR, ChildWelfareTestKit, DIRECTOR, OTHER_DIRECTOR, OTHER_SUPERVISOR, OTHER_TOWNSHIP, SUPERVISOR, TOWNSHIP, VILLAGE } from './child-welfare-test-kit';

// Volunteers (志愿者), the activities they serve at, their hours and the children served.
const kit = new ChildWelfareTestKit('child_welfare_volunteers', '2024-06-20');

async function registerVolunteer(name: string, divisionCode = TOWNSHIP, token = SUPERVISOR, registeredOn = '2024-03-01'): Promise<string> {
  const res = await kit.http().post('/api/v1/volunteers').set('Authorization', token).send({ name, phone: '13912345678', divisionCode, registeredOn });
  expect(res.status).toBe(201);
  return res.body.id;
}
const activity = (body: Record<string, unknown>, token = SUPERVISOR) =>
  kit.http().post('/api/v1/volunteer-activities').set('Authorization', token).send({ divisionCode: TOWNSHIP, heldOn: '2024-06-01', title: '“六一”关爱留守儿童活动', childrenServed: 40, ...body });

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('volunteers and their activities', () => {
  it('registers volunteers, records an activity with their hours, and counts them in the annual statistics', async () => {
    const a = await registerVolunteer('李志强');
    const b = await registerVolunteer('张晓梅', VILLAGE, DIRECTOR);
    const held = await activity({ volunteers: [{ volunteerId: a, hours: 3.5 }, { volunteerId: b, hours: 2 }] });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ childrenServed: 40, hours: 5.5 });
    expect((await activity({ heldOn: '2024-06-15', childrenServed: 12, volunteers: [{ volunteerId: b, hours: 1.5 }] })).status).toBe(201);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'volunteer.activity-recorded'`)).toBe(2);

    const list = (await kit.http().get('/api/v1/volunteers?page=1&pageSize=10').set('Authorization', AUDITOR).expect(200)).body;
    expect(list.total).toBe(2);
    expect(Object.fromEntries(list.items.map((v: { id: string; hours: number }) => [v.id, v.hours]))).toEqual({ [a]: 3.5, [b]: 3.5 });
    expect(list.items[0]).toMatchObject({ phone: '139****5678' });
    // The director sees the village's volunteer only.
    expect((await kit.http().get('/api/v1/volunteers').set('Authorization', DIRECTOR).expect(200)).body.items.map((v: { id: string }) => v.id)).toEqual([b]);
    expect((await kit.http().get('/api/v1/volunteer-activities?pageSize=1').set('Authorization', SUPERVISOR).expect(200)).body).toMatchObject({ total: 2, items: [expect.objectContaining({ heldOn: '2024-06-15', hours: 1.5 })] });

    const report = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', APPROVER).expect(200)).body;
    expect(report.volunteers).toEqual({ registered: 2, activities: 2, hours: 7, childrenServed: 52 });
    expect((await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', OTHER_SUPERVISOR).expect(200)).body.volunteers).toEqual({ registered: 0, activities: 0, hours: 0, childrenServed: 0 });
  });

  it('refuses a director outside their village, volunteers not found or listed twice, and bad input, storing nothing', async () => {
    const mine = await registerVolunteer('王立新');
    const elsewhere = await registerVolunteer('赵雪', OTHER_TOWNSHIP, APPROVER);
    const before = await kit.count('SELECT count(*) AS n FROM volunteer_activity');

    const outside = await activity({ divisionCode: '110105001002', volunteers: [{ volunteerId: mine, hours: 1 }] }, DIRECTOR);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('CHILD.OUT_OF_DIVISION');
    expect((await kit.http().post('/api/v1/volunteers').set('Authorization', OTHER_DIRECTOR).send({ name: '钱多', phone: '13912345678', divisionCode: VILLAGE, registeredOn: '2024-03-01' })).status).toBe(403);

    const refused = await activity({ volunteers: [{ volunteerId: elsewhere, hours: 1 }, { volunteerId: mine, hours: 2 }, { volunteerId: mine, hours: 2 }] });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('VOLUNTEER.NOT_FOUND');
    expect(refused.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['volunteers.0.volunteerId', 'VOLUNTEER.NOT_FOUND'],
      ['volunteers.2.volunteerId', 'VOLUNTEER.LISTED_TWICE'],
    ]);
    const bad = await activity({ heldOn: '2024-02-30', childrenServed: -1, volunteers: [{ volunteerId: mine, hours: 25 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['childrenServed', 'heldOn', 'volunteers.0.hours']);
    expect((await activity({ heldOn: '2024-02-01', volunteers: [{ volunteerId: mine, hours: 1 }] })).body.code).toBe('VOLUNTEER.NOT_YET_REGISTERED');
    expect(await kit.count('SELECT count(*) AS n FROM volunteer_activity')).toBe(before);
  });
});
