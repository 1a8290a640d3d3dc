import { residentId } from '../../../test/support/resident-ids';
import { ChildWelfareTestKit, DIRECTOR, OTHER_SUPERVISOR, SUPERVISOR, TOWNSHIP, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_visits', '2024-07-01');

async function register(seq: number, riskTier: string): Promise<string> {
  const res = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR).send({
    residentId: residentId('110105', '20150310', seq), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians: [], riskTier, riskReason: 'initial rating',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const workList = async () => (await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}`).set('Authorization', SUPERVISOR).expect(200)).body as Array<{ childId: string; nextVisitDue: string }>;

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('visits and the overdue work list', () => {
  it('shows an overdue visit once the clock passes the due date, and a visit clears it', async () => {
    const red = await register(1, 'RED'); // due 2024-07-08
    const orange = await register(2, 'ORANGE'); // due 2024-07-31

    kit.clock.set('2024-07-08');
    expect(await workList()).toEqual([]);
    kit.clock.set('2024-07-09');
    expect((await workList()).map((c) => c.childId)).toEqual([red]);
    kit.clock.set('2024-08-01');
    expect((await workList()).map((c) => [c.childId, c.nextVisitDue])).toEqual([[red, '2024-07-08'], [orange, '2024-07-31']]);

    const visit = await kit.http().post(`/api/v1/children/${red}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-07-30', notes: '家中情况稳定' });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ riskTier: 'RED', nextVisitDue: '2024-08-06' });
    expect((await workList()).map((c) => c.childId)).toEqual([orange]);
  });

  it('a visit may re-rate the tier, which sets the next due date', async () => {
    kit.clock.set('2024-08-01');
    const id = await register(3, 'RED');
    const res = await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-08-01', notes: '父亲返乡', riskTier: 'GREEN', riskReason: 'father back home' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ riskTier: 'GREEN', nextVisitDue: '2024-10-30', tierAfter: 'GREEN' });
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'child.risk-tier-changed'`, [id])).toBe(2);
  });

  it('refuses a visit in the future, a re-rating without a reason, and another township\'s work list', async () => {
    kit.clock.set('2024-08-01');
    const id = await register(4, 'GREEN');
    const future = await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-08-02', notes: 'x' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('VISIT.IN_FUTURE');
    const noReason = await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-08-01', notes: 'x', riskTier: 'RED' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('VALIDATION.FAILED');
    expect(await kit.count('SELECT count(*) AS n FROM visit WHERE child_id = $1', [id])).toBe(0);
    const other = await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}`).set('Authorization', OTHER_SUPERVISOR);
    expect(other.status).toBe(403);
    const director = await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}`).set('Authorization', DIRECTOR);
    expect(director.status).toBe(403);
  });
});
