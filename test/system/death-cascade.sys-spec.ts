import { residentId } from '../support/resident-ids';
import { waitFor } from '../support/wait-for';
import { loadReferenceData } from '../../scripts/load-reference-data';
import { ADMIN, Integrator, Platform } from './support/platform';

// The showcase flow (ARCHITECTURE.md §3) across the services that exist so far, as separate
// processes over the real broker, observed as an integrating department would.
const DEATH_DATE = '2024-08-02';

describe('a death, across the platform', () => {
  const platform = new Platform();
  const integrator = new Integrator();
  let canteenId = '';

  beforeAll(async () => {
    await platform.start('civil-registration', 'canteen');
    await integrator.start();
    // The city's reference data, loaded the way `npm start` loads it; a second load adds nothing.
    const first = await loadReferenceData(platform.urls());
    const second = await loadReferenceData(platform.urls());
    expect(first['civil-registration'].added).toBeGreaterThan(0);
    expect(Object.values(second).every((n) => n.added === 0)).toBe(true);
    const canteen = await platform
      .http('canteen')
      .post('/api/v1/canteens')
      .set('Authorization', ADMIN)
      .send({ name: '八里庄街道幸福食堂', operator: '康养餐饮', address: '朝阳区八里庄北里12号', region: '110105', slots: ['BREAKFAST', 'LUNCH', 'DINNER'] })
      .expect(201);
    canteenId = canteen.body.id;
  });

  afterAll(async () => {
    await integrator.stop();
    await platform.stop();
  });

  /** An 82-year-old canteen diner with a subsidised lunch before and after the day of death. */
  async function residentWithMeals(sequence: number): Promise<{ id: string; mealBefore: string; mealAfter: string }> {
    const id = residentId('110105', '19420315', sequence);
    const canteen = platform.http('canteen');
    await canteen.post('/api/v1/diners').set('Authorization', ADMIN).send({ residentId: id, cardNumber: `SYS-${sequence}`, name: '王秀英', canteenId }).expect(201);
    const meal = async (date: string): Promise<string> => {
      const res = await canteen
        .post('/api/v1/meals')
        .set('Authorization', ADMIN)
        .send({ canteenId, cardNumber: `SYS-${sequence}`, slot: 'LUNCH', servedAt: `${date}T11:45:00+08:00` })
        .expect(201);
      expect(res.body.subsidised).toBe(true);
      return res.body.id;
    };
    return { id, mealBefore: await meal('2024-08-01'), mealAfter: await meal('2024-08-03') };
  }

  async function reportDeath(id: string, expected: number): Promise<void> {
    await platform
      .http('civil-registration')
      .post('/api/v1/deaths')
      .set('Authorization', ADMIN)
      .send({ residentId: id, name: '王秀英', ethnicity: 'HAN', dateOfDeath: DEATH_DATE, placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' })
      .expect(expected);
  }

  async function expectCascade(resident: { id: string; mealBefore: string; mealAfter: string }): Promise<number> {
    const started = Date.now();
    await waitFor('the later meal voided', async () => (await platform.http('canteen').get(`/api/v1/meals/${resident.mealAfter}`).set('Authorization', ADMIN)).body.status === 'VOID', 30_000);
    const benefits = await waitFor('the funeral benefit', async () => {
      const res = await platform.http('civil-registration').get(`/api/v1/funeral-benefits?residentId=${resident.id}`).set('Authorization', ADMIN);
      return res.status === 200 && (Array.isArray(res.body) ? res.body.length : res.body ? 1 : 0) ? res.body : undefined;
    }, 30_000);
    await waitFor('both events at the integrator', () => integrator.of('civil-registration.funeral-benefit.granted.v1', resident.id).length === 1, 30_000);
    const elapsed = Date.now() - started;

    const before = await platform.http('canteen').get(`/api/v1/meals/${resident.mealBefore}`).set('Authorization', ADMIN).expect(200);
    expect(before.body.status).toBe('VALID');
    const list = Array.isArray(benefits) ? benefits : [benefits];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ amountFen: 100_000, basis: 'BASIC' });
    expect(integrator.of('civil-registration.death.registered.v1', resident.id)).toHaveLength(1);
    return elapsed;
  }

  it('voids the canteen meals after the death, grants the funeral benefit once, and tells the integrator', async () => {
    const resident = await residentWithMeals(101);
    await reportDeath(resident.id, 201);
    const elapsed = await expectCascade(resident);
    process.stdout.write(`death cascade observed complete ${elapsed} ms after the report\n`);
  });

  it('changes nothing more when the same death is reported twice', async () => {
    const resident = await residentWithMeals(102);
    await reportDeath(resident.id, 201);
    await reportDeath(resident.id, 200);
    await expectCascade(resident);
    // A later death is a barrier: once its events arrived, duplicates of the first would have too.
    const barrier = await residentWithMeals(103);
    await reportDeath(barrier.id, 201);
    await expectCascade(barrier);
    expect(integrator.of('civil-registration.death.registered.v1', resident.id)).toHaveLength(1);
    expect(integrator.of('civil-registration.funeral-benefit.granted.v1', resident.id)).toHaveLength(1);
  });

  it('reaches a service that was down during the death once it is back', async () => {
    const resident = await residentWithMeals(104);
    await platform.stopOne('canteen');
    await reportDeath(resident.id, 201);
    await platform.startOne('canteen');
    await expectCascade(resident);
  });
});
