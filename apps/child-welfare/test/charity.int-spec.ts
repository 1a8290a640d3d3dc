import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, AUDITOR, ChildWelfareTestKit, DIRECTOR, OTHER_DIRECTOR, OTHER_SUPERVISOR, SUPERVISOR, TOWNSHIP, VILLAGE } from './child-welfare-test-kit';

// Charity funds (慈善资金): donations in, grants to children out; the balance never goes negative.
const kit = new ChildWelfareTestKit('child_welfare_charity', '2024-08-20');
let seq = 0;

async function registerChild(): Promise<string> {
  const res = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR)
    .send({ residentId: residentId('110105', '20150310', ++seq), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians: [] });
  expect(res.status).toBe(201);
  return res.body.id;
}
async function createFund(title: string, divisionCode = TOWNSHIP, token = SUPERVISOR): Promise<string> {
  const res = await kit.http().post('/api/v1/charity-funds').set('Authorization', token).send({ title, divisionCode });
  expect(res.status).toBe(201);
  return res.body.id;
}
const donate = (fundId: string, amountFen: number, receivedOn = '2024-06-01', token = SUPERVISOR) =>
  kit.http().post(`/api/v1/charity-funds/${fundId}/donations`).set('Authorization', token).send({ donorName: '北京某某科技有限公司', amountFen, receivedOn });
const give = (fundId: string, childId: string, amountFen: number, token = SUPERVISOR) =>
  kit.http().post(`/api/v1/charity-funds/${fundId}/grants`).set('Authorization', token).send({ childId, amountFen, purpose: '冬衣和学习用品', grantedOn: '2024-07-01' });
const balanceOf = async (fundId: string) => (await kit.http().get(`/api/v1/charity-funds/${fundId}`).set('Authorization', AUDITOR).expect(200)).body.balanceFen;

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('charity funds', () => {
  it('takes donations, gives to children, refuses what the balance cannot cover and counts it in the annual statistics', async () => {
    const fund = await createFund('乡镇儿童关爱基金');
    const [a, b] = [await registerChild(), await registerChild()];
    expect((await donate(fund, 100000)).body.balanceFen).toBe(100000);
    const given = await give(fund, a, 60000);
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ balanceFen: 40000, grant: { childId: a, amountFen: 60000, villageCode: VILLAGE } });

    const tooMuch = await give(fund, b, 40001);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(tooMuch.body).toMatchObject({ code: 'CHARITY.INSUFFICIENT_BALANCE', balanceFen: 40000, errors: [expect.objectContaining({ field: 'amountFen' })] });
    expect(await kit.count('SELECT count(*) AS n FROM charity_grant WHERE fund_id = $1', [fund])).toBe(1);
    expect(await balanceOf(fund)).toBe(40000);
    expect((await give(fund, b, 40000)).body.balanceFen).toBe(0);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action LIKE 'charity.%'`, [fund])).toBe(3);

    const grants = (await kit.http().get(`/api/v1/charity-funds/${fund}/grants?pageSize=1`).set('Authorization', SUPERVISOR).expect(200)).body;
    expect(grants).toMatchObject({ total: 2, pageSize: 1 });
    const donations = (await kit.http().get(`/api/v1/charity-funds/${fund}/donations`).set('Authorization', APPROVER).expect(200)).body;
    expect(donations.items).toEqual([expect.objectContaining({ donorName: '北********司', amountFen: 100000 })]);

    const report = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', SUPERVISOR).expect(200)).body;
    expect(report.charity).toMatchObject({ donations: 1, raisedFen: 100000, grants: 2, grantedFen: 100000, childrenAided: 2, balanceFen: 0 });
    expect((await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', OTHER_SUPERVISOR).expect(200)).body.charity.raisedFen).toBe(0);
  });

  it('lets concurrent grants spend the balance only once', async () => {
    const fund = await createFund('并发测试基金');
    const child = await registerChild();
    await donate(fund, 100000).expect(201);
    const answers = await Promise.all(Array.from({ length: 5 }, () => give(fund, child, 30000)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 201, 201, 422, 422]);
    expect(await balanceOf(fund)).toBe(10000);
    expect(await kit.count('SELECT COALESCE(sum(amount_fen), 0) AS n FROM charity_grant WHERE fund_id = $1', [fund])).toBe(90000);
  });

  it('refuses a child director outside their village, a child outside the fund and bad input, storing nothing', async () => {
    const villageFund = await createFund('村级基金', VILLAGE, DIRECTOR);
    const child = await registerChild();
    await donate(villageFund, 50000, '2024-06-01', DIRECTOR).expect(201);
    const outside = await give(villageFund, child, 1000, OTHER_DIRECTOR);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('CHILD.OUT_OF_DIVISION');
    expect((await kit.http().get(`/api/v1/charity-funds/${villageFund}`).set('Authorization', OTHER_DIRECTOR)).status).toBe(403);
    expect((await kit.http().post('/api/v1/charity-funds').set('Authorization', DIRECTOR).send({ title: '乡镇基金', divisionCode: TOWNSHIP })).status).toBe(403);

    const otherFund = await createFund('另一村基金', '110105001002', SUPERVISOR);
    await donate(otherFund, 50000).expect(201);
    const elsewhere = await give(otherFund, child, 1000);
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body).toMatchObject({ code: 'CHARITY.CHILD_OUTSIDE_FUND', errors: [expect.objectContaining({ field: 'childId' })] });

    const bad = await kit.http().post(`/api/v1/charity-funds/${villageFund}/grants`).set('Authorization', DIRECTOR).send({ childId: 'nobody', amountFen: -5, purpose: '', grantedOn: '2024-13-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['amountFen', 'childId', 'grantedOn', 'purpose']);
    const future = await donate(villageFund, 100, '2024-08-21', DIRECTOR);
    expect(future.body.code).toBe('CHARITY.DATE_IN_FUTURE');
    expect(await kit.count('SELECT count(*) AS n FROM charity_grant WHERE child_id = $1', [child])).toBe(0);
    expect(await balanceOf(villageFund)).toBe(50000);
  });
});
