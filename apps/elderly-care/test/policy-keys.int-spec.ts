// The policy screen's list: every key of the service's catalogue, paged, with the period in force
// on a date and the next one to come — read from the service's own policy_parameter rows.
import { ELDERLY_CARE_POLICIES } from '../src/policy-catalogue';
import { HIGH_AGE_TIERS_POLICY_KEY } from '../src/allowances/rules/high-age-allowance.rule';
import { ADMIN, CITY_HIGH_AGE_TIERS, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

const kit = new ElderlyCareTestKit('elderly_policy_keys');
const keys = [...ELDERLY_CARE_POLICIES.keys].sort();

beforeAll(async () => {
  await kit.start();
});

afterAll(async () => {
  await kit.stop();
});

const list = (query: string, auth = OPERATOR) => kit.http().get(`/api/v1/policy-parameters/keys${query}`).set('Authorization', auth);

describe('GET /api/v1/policy-parameters/keys', () => {
  it('lists every key of the catalogue in name order, with the period in force and whether the service can do without it', async () => {
    const { body } = await list('?pageSize=100&date=2024-07-15').expect(200);
    expect(body).toMatchObject({ total: keys.length, page: 1, pageSize: 100 });
    expect(body.items.map((item: { key: string }) => item.key)).toEqual(keys);
    const tiers = body.items.find((item: { key: string }) => item.key === HIGH_AGE_TIERS_POLICY_KEY);
    expect(tiers).toMatchObject({ optional: false, periods: 1, inForce: { effectiveFrom: '2020-01-01', effectiveTo: null }, upcoming: null, overlapping: false });
    expect(body.items.filter((item: { optional: boolean }) => item.optional).map((item: { key: string }) => item.key)).toEqual(keys.filter((k) => ELDERLY_CARE_POLICIES.isOptional(k)));
  });

  it('shows a figure entered ahead of its day as upcoming before it and in force from it', async () => {
    await kit.http().post('/api/v1/policy-parameters/end-open-period').set('Authorization', ADMIN).send({ key: HIGH_AGE_TIERS_POLICY_KEY, lastDay: '2025-06-30' }).expect(200);
    await kit.http().post('/api/v1/policy-parameters').set('Authorization', ADMIN).send({ key: HIGH_AGE_TIERS_POLICY_KEY, value: CITY_HIGH_AGE_TIERS, effectiveFrom: '2025-07-01', note: '2025年7月起' }).expect(201);

    const before = (await list('?pageSize=100&date=2025-06-30').expect(200)).body.items.find((item: { key: string }) => item.key === HIGH_AGE_TIERS_POLICY_KEY);
    expect(before).toMatchObject({ periods: 2, inForce: { effectiveFrom: '2020-01-01', effectiveTo: '2025-06-30' }, upcoming: { effectiveFrom: '2025-07-01', note: '2025年7月起' } });
    const after = (await list('?pageSize=100&date=2025-07-01').expect(200)).body.items.find((item: { key: string }) => item.key === HIGH_AGE_TIERS_POLICY_KEY);
    expect(after).toMatchObject({ inForce: { effectiveFrom: '2025-07-01' }, upcoming: null });
  });

  it('pages through the keys', async () => {
    const { body } = await list('?page=2&pageSize=2').expect(200);
    expect(body).toMatchObject({ total: keys.length, page: 2, pageSize: 2 });
    expect(body.items.map((item: { key: string }) => item.key)).toEqual(keys.slice(2, 4));
    expect((await list(`?page=${keys.length + 1}&pageSize=1`).expect(200)).body.items).toEqual([]);
  });

  it('refuses a malformed date or page with the field at fault, and a caller without a token', async () => {
    const bad = await list('?date=2024-7-1').expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.body)).toContain('date');
    const page = await list('?page=0').expect(400);
    expect(JSON.stringify(page.body)).toContain('page');
    await kit.http().get('/api/v1/policy-parameters/keys').expect(401);
  });
});
