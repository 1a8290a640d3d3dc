import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { AUDITOR, bearer, CanteenTestKit, CLERK, OPERATOR } from './canteen-test-kit';

describe('canteen annual report (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new CanteenTestKit('canteen_reports');

  beforeAll(async () => {
    await kit.start();
  });

  afterAll(async () => {
    await kit.stop();
  });

  const meal = (canteenId: string, cardNumber: string, servedAt: string, slot = 'LUNCH') =>
    kit.http().post('/api/v1/meals').set('Authorization', OPERATOR).send({ canteenId, cardNumber, slot, servedAt }).expect(201);

  it('gives meals and subsidy by canteen and tier and the diners served, without voided meals or other years', async () => {
    const a = await kit.createCanteen('A食堂');
    const b = await kit.createCanteen('B食堂');
    const dead = residentId('110105', '19300101', 1);
    await kit.registerDiner(residentId('110105', '19600101', 2), 'R-64', a);
    await kit.registerDiner(residentId('110105', '19400101', 3), 'R-84', b);
    await kit.registerDiner(dead, 'R-94', b);
    await meal(a, 'R-64', '2024-03-01T12:00:00+08:00'); // AGE_60 200
    await meal(b, 'R-64', '2024-03-01T12:05:00+08:00'); // full price, same slot
    await meal(b, 'R-84', '2024-03-01T12:00:00+08:00'); // AGE_80 300
    await meal(b, 'R-94', '2024-03-01T12:00:00+08:00'); // AGE_90 500
    await meal(b, 'R-94', '2024-03-05T12:00:00+08:00'); // voided by the death below
    await meal(a, 'R-84', '2025-01-01T12:00:00+08:00'); // another year
    await kit.consumed(
      await kit.publish(
        'civil-registration.death.registered.v1',
        {
          deathId: randomUUID(),
          residentId: dead,
          name: '刘大爷',
          sex: 'M',
          ethnicity: 'HAN',
          dateOfDeath: '2024-03-02',
          placeOfDeath: '家中',
          disposal: 'CREMATION',
          source: 'VILLAGE',
          receivedAt: '2024-03-06T01:00:00.000Z',
          divisionCode: '110105',
        },
        dead,
      ),
    );

    const res = await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', AUDITOR).expect(200);
    const { funding, canteens, ...meals } = res.body;
    // Both registered today without an opening day: not yet open in 2024 (the test below has the counts).
    expect(canteens).toEqual({ atYearStart: 0, openedInYear: 0, atYearEnd: 0 });
    // No funding recorded: both canteens listed with zeros (funding.int-spec.ts has the sums).
    expect(funding).toMatchObject({ buildSubsidyFen: 0, socialCapitalFen: 0, byCanteen: [{ canteenId: a, buildSubsidyFen: 0 }, { canteenId: b, buildSubsidyFen: 0 }] });
    expect(meals).toEqual({
      year: 2024,
      meals: 4,
      subsidisedMeals: 3,
      subsidyFen: 1000,
      dinersServed: 3,
      byCanteen: [
        { canteenId: a, canteenName: 'A食堂', meals: 1, subsidisedMeals: 1, subsidyFen: 200, byTier: [{ tier: 'AGE_60', meals: 1, subsidisedMeals: 1, subsidyFen: 200 }] },
        {
          canteenId: b,
          canteenName: 'B食堂',
          meals: 3,
          subsidisedMeals: 2,
          subsidyFen: 800,
          byTier: [
            { tier: 'AGE_60', meals: 1, subsidisedMeals: 0, subsidyFen: 0 },
            { tier: 'AGE_80', meals: 1, subsidisedMeals: 1, subsidyFen: 300 },
            { tier: 'AGE_90', meals: 1, subsidisedMeals: 1, subsidyFen: 500 },
          ],
        },
      ],
      byTier: [
        { tier: 'AGE_60', meals: 2, subsidisedMeals: 1, subsidyFen: 200 },
        { tier: 'AGE_80', meals: 1, subsidisedMeals: 1, subsidyFen: 300 },
        { tier: 'AGE_90', meals: 1, subsidisedMeals: 1, subsidyFen: 500 },
      ],
    });
  });

  it('counts only the canteens of the caller\'s division: a county its own, the city all of them', async () => {
    const other = await kit.createCanteen('海淀C食堂', ['BREAKFAST', 'LUNCH', 'DINNER'], '110108', bearer(['operator'], 'clerk-hd', '110108'));
    const terminal = bearer(['canteen-operator'], 'terminal-hd', '110108');
    await kit.http().post('/api/v1/diners').set('Authorization', terminal).send({ residentId: residentId('110108', '19400202', 4), cardNumber: 'R-HD', name: '王秀兰', canteenId: other, localRegistration: true }).expect(201);
    await kit.http().post('/api/v1/meals').set('Authorization', terminal).send({ canteenId: other, cardNumber: 'R-HD', slot: 'LUNCH', servedAt: '2024-06-01T12:00:00+08:00' }).expect(201); // AGE_80 300
    const annual = async (division: string) => (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-x', division)).expect(200)).body;
    const canteens = (body: { byCanteen: Array<{ canteenId: string }> }) => body.byCanteen.map((c) => c.canteenId);

    const haidian = await annual('110108');
    expect(haidian).toMatchObject({ meals: 1, subsidisedMeals: 1, subsidyFen: 300, dinersServed: 1 });
    expect(canteens(haidian)).toEqual([other]);
    expect(haidian.funding.byCanteen.map((c: { canteenId: string }) => c.canteenId)).toEqual([other]);
    const chaoyang = await annual('110105');
    expect(chaoyang).toMatchObject({ meals: 4, subsidyFen: 1000, dinersServed: 3 });
    expect(canteens(chaoyang)).not.toContain(other);
    const city = await annual('110000');
    expect(city).toMatchObject({ meals: 5, subsidyFen: 1300, dinersServed: 4 });
    expect(canteens(city)).toContain(other);
  });

  it('counts the canteens open on 1 January, opened later in the year and open at its end, by their opening day, within the caller\'s division', async () => {
    const open = (name: string, openedOn: string, region = '110105', as = CLERK) =>
      kit.http().post('/api/v1/canteens').set('Authorization', as).send({ name, operator: '示例运营公司', address: '示例路1号', region, slots: ['LUNCH'], openedOn }).expect(201);
    const first = await open('年前食堂', '2023-06-01');
    expect(first.body.openedOn).toBe('2023-06-01');
    await open('元旦食堂', '2024-01-01');
    await open('年中食堂', '2024-07-01');
    await open('年末食堂', '2024-12-31');
    await open('次年食堂', '2025-01-01');
    await open('西城食堂', '2024-03-01', '110102', bearer(['operator'], 'clerk-xc', '110102'));
    const canteens = async (division: string, year = 2024) =>
      (await kit.http().get(`/api/v1/reports/annual?year=${year}`).set('Authorization', bearer(['auditor'], 'auditor-x', division)).expect(200)).body.canteens;

    // The canteens the earlier tests registered today are not open in 2024 or 2023.
    expect(await canteens('110105')).toEqual({ atYearStart: 2, openedInYear: 2, atYearEnd: 4 });
    expect(await canteens('110102')).toEqual({ atYearStart: 0, openedInYear: 1, atYearEnd: 1 });
    expect(await canteens('110000')).toEqual({ atYearStart: 2, openedInYear: 3, atYearEnd: 5 });
    expect(await canteens('110105', 2023)).toEqual({ atYearStart: 0, openedInYear: 1, atYearEnd: 1 });
  });

  it('refuses an opening day that is not a date, naming the field, and stores nothing', async () => {
    for (const openedOn of ['2024-02-30', '2024-7-1', '2024-07-01T00:00:00Z']) {
      const res = await kit.http().post('/api/v1/canteens').set('Authorization', CLERK).send({ name: '坏日期食堂', operator: '示例运营公司', address: '示例路1号', region: '110105', slots: ['LUNCH'], openedOn }).expect(400);
      expect([openedOn, res.body.code, res.body.errors.map((e: { field: string }) => e.field)]).toEqual([openedOn, 'VALIDATION.FAILED', expect.arrayContaining(['openedOn'])]);
    }
    expect(await kit.count(`SELECT count(*) AS n FROM canteen WHERE name = '坏日期食堂'`)).toBe(0);
  });

  it('refuses a missing or malformed year and callers without a reporting role', async () => {
    const missing = await kit.http().get('/api/v1/reports/annual').set('Authorization', AUDITOR).expect(400);
    expect(missing.body.code).toBe('VALIDATION.FAILED');
    const bad = await kit.http().get('/api/v1/reports/annual?year=twenty').set('Authorization', AUDITOR).expect(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'year' })]));
    await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['canteen-operator'])).expect(403);
  });
});
