import { maskResidentId } from '@app/common/resident-id/resident-id';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { ADMIN, AUDITOR, bearer, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

describe('institutions, beds and a death (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_institutions');
  const [a, b, c, dying] = [41, 42, 43, 44].map((n) => residentId('110105', '19380520', n));
  let institutionId: string;

  beforeAll(async () => {
    process.env.CLOCK_FIXED_DATE = '2024-06-15';
    await kit.start();
    expect((await kit.importElders([a, b, c, dying].map((id) => ({ residentId: id })))).accepted).toBe(4);
    const created = await kit.http().post('/api/v1/institutions').set('Authorization', OPERATOR).send({ code: 'YL-001', institutionName: '朝阳区第一社会福利院', divisionCode: '110105', bedCount: 2 }).expect(201);
    expect(created.body).toMatchObject({ institutionName: '朝阳区第一社会福利院', beds: 2, occupied: 0, free: 2, occupancyPercent: 0 });
    institutionId = created.body.id;
  });

  afterAll(async () => {
    await kit.stop();
    delete process.env.CLOCK_FIXED_DATE;
  });

  const admit = (body: object, token = OPERATOR) => kit.http().post(`/api/v1/institutions/${institutionId}/admissions`).set('Authorization', token).send(body);
  const institution = async () => (await kit.http().get(`/api/v1/institutions/${institutionId}`).set('Authorization', AUDITOR).expect(200)).body;

  it('admits one elder per bed and one bed per elder, discharges, and reports occupancy', async () => {
    const first = await admit({ residentId: a, bedCode: '001', admittedOn: '2024-06-01' }).expect(201);
    expect(first.body).toMatchObject({ residentId: maskResidentId(a), admittedOn: '2024-06-01', dischargedOn: null });
    const occupied = await admit({ residentId: b, bedCode: '001', admittedOn: '2024-06-01' }).expect(409);
    expect(occupied.body.code).toBe('BED.OCCUPIED');
    const twice = await admit({ residentId: a, admittedOn: '2024-06-02' }).expect(409);
    expect(twice.body.code).toBe('BED.ELDER_ALREADY_ADMITTED');
    await admit({ residentId: b, admittedOn: '2024-06-02' }).expect(201);
    const full = await admit({ residentId: c, admittedOn: '2024-06-03' }).expect(409);
    expect(full.body.code).toBe('BED.NONE_FREE');
    expect(await institution()).toMatchObject({ beds: 2, occupied: 2, free: 0, occupancyPercent: 100 });

    const early = await kit.http().post(`/api/v1/admissions/${first.body.id}/discharge`).set('Authorization', OPERATOR).send({ dischargedOn: '2024-05-31', reason: 'RETURNED_HOME' }).expect(422);
    expect(early.body).toMatchObject({ code: 'BED.DATE_INVALID', errors: [{ field: 'dischargedOn' }] });
    await kit.http().post(`/api/v1/admissions/${first.body.id}/discharge`).set('Authorization', OPERATOR).send({ dischargedOn: '2024-06-10', reason: 'RETURNED_HOME' }).expect(200);
    const again = await kit.http().post(`/api/v1/admissions/${first.body.id}/discharge`).set('Authorization', OPERATOR).send({ dischargedOn: '2024-06-11', reason: 'RETURNED_HOME' }).expect(409);
    expect(again.body.code).toBe('BED.ALREADY_DISCHARGED');
    expect(await institution()).toMatchObject({ beds: 2, occupied: 1, free: 1, occupancyPercent: 50 });
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'bed-stay'`)).toBe(3);
    const stays = async (query: string) => (await kit.http().get(`/api/v1/institutions/${institutionId}/admissions${query}`).set('Authorization', AUDITOR).expect(200)).body;
    expect(await stays('')).toMatchObject({ total: 2, page: 1, pageSize: 20, items: [{ residentId: maskResidentId(a), dischargedOn: '2024-06-10' }, { residentId: maskResidentId(b) }] });
    expect(await stays('?open=true')).toMatchObject({ total: 1, items: [{ residentId: maskResidentId(b), dischargedOn: null }] });
    expect(await stays('?page=2&pageSize=1')).toMatchObject({ total: 2, items: [{ admittedOn: '2024-06-02' }] });
    await kit.http().get(`/api/v1/institutions/${institutionId}/admissions?open=maybe`).set('Authorization', AUDITOR).expect(400);
  });

  it('gives the last free bed to one of two elders admitted at the same moment', async () => {
    const results = await Promise.all([a, c].map((who) => admit({ residentId: who, admittedOn: '2024-06-14' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe('BED.NONE_FREE');
    expect(await institution()).toMatchObject({ beds: 2, occupied: 2, free: 0 });
    const winner = results.find((r) => r.status === 201)?.body.id as string;
    await kit.http().post(`/api/v1/admissions/${winner}/discharge`).set('Authorization', OPERATOR).send({ dischargedOn: '2024-06-15', reason: 'TRANSFERRED' }).expect(200);
  });

  it('refuses a write outside the caller division with 403 and stores nothing', async () => {
    const otherCounty = bearer(['operator'], 'operator-6', '110106');
    const stays = await kit.count('SELECT count(*) AS n FROM bed_stay');
    const denied = await admit({ residentId: c, admittedOn: '2024-06-03' }, otherCounty).expect(403);
    expect(denied.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(denied.body).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'institutionId' }] });
    expect(await kit.count('SELECT count(*) AS n FROM bed_stay')).toBe(stays);

    const institutions = await kit.count('SELECT count(*) AS n FROM institution');
    const foreign = await kit.http().post('/api/v1/institutions').set('Authorization', OPERATOR).send({ code: 'YL-099', institutionName: '海淀区福利院', divisionCode: '110108', bedCount: 10 }).expect(403);
    expect(foreign.body).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'divisionCode' }] });
    const bad = await kit.http().post('/api/v1/institutions').set('Authorization', OPERATOR).send({ code: 'YL-098', institutionName: '', divisionCode: '1101', bedCount: -1 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['bedCount', 'divisionCode', 'institutionName']);
    await kit.http().post('/api/v1/institutions').set('Authorization', AUDITOR).send({ code: 'YL-097', institutionName: '审计', divisionCode: '110105', bedCount: 1 }).expect(403);
    expect(await kit.count('SELECT count(*) AS n FROM institution')).toBe(institutions);
    expect(await kit.count('SELECT count(*) AS n FROM bed')).toBe(2);
  });

  it('a death discharges from the bed, ends the home care bed and cancels open orders only', async () => {
    await kit.http().post(`/api/v1/institutions/${institutionId}/beds`).set('Authorization', OPERATOR).send({ count: 1 }).expect(200);
    const stay = await admit({ residentId: dying, bedCode: '003', admittedOn: '2024-06-05' }).expect(201);
    await kit
      .http()
      .post('/api/v1/home-care/catalogue')
      .set('Authorization', ADMIN)
      .send({ items: [{ code: 'MED-01', itemName: '助医 陪同就医', category: 'MEDICAL', basic: true, unit: '次', priceFen: 8000, subsidyFen: 5000, effectiveFrom: '2024-01-01' }] })
      .expect(201);
    const provider = await kit.http().post('/api/v1/home-care/providers').set('Authorization', OPERATOR).send({ code: 'HC-010', providerName: '安康护理站', divisionCode: '110105001' }).expect(201);
    const order = async () => (await kit.http().post('/api/v1/home-care/orders').set('Authorization', OPERATOR).send({ residentId: dying, itemCode: 'MED-01' }).expect(201)).body.id as string;
    const [ordered, underway, done] = [await order(), await order(), await order()];
    for (const id of [underway, done]) await kit.http().post(`/api/v1/home-care/orders/${id}/assign`).set('Authorization', OPERATOR).send({ providerId: provider.body.id }).expect(200);
    for (const id of [underway, done]) await kit.http().post(`/api/v1/home-care/orders/${id}/check-in`).set('Authorization', OPERATOR).send({ at: '2024-06-08T09:00:00+08:00' }).expect(200);
    await kit.http().post(`/api/v1/home-care/orders/${done}/check-out`).set('Authorization', OPERATOR).send({ at: '2024-06-08T10:00:00+08:00' }).expect(200);
    const homeBed = await kit.http().post('/api/v1/home-care/beds').set('Authorization', OPERATOR).send({ residentId: c, institutionId, visitsPerMonth: 4, contractedOn: '2024-06-01' }).expect(201);
    expect(homeBed.body).toMatchObject({ residentId: maskResidentId(c), visitsPerMonth: 4, endedOn: null });
    expect(homeBed.headers.location).toBe(`/api/v1/home-care/beds/${homeBed.body.id}`);
    expect((await kit.http().get(homeBed.headers.location).set('Authorization', OPERATOR).expect(200)).body).toMatchObject({ id: homeBed.body.id, residentId: maskResidentId(c), visitsPerMonth: 4 });
    const dup = await kit.http().post('/api/v1/home-care/beds').set('Authorization', OPERATOR).send({ residentId: c, institutionId, visitsPerMonth: 2, contractedOn: '2024-06-02' }).expect(409);
    expect(dup.body.code).toBe('HOME_CARE.BED_EXISTS');

    for (const [who, deathDate] of [
      [dying, '2024-06-12'],
      [c, '2024-06-13'],
    ]) {
      const eventId = await kit.publish('civil-registration.death.registered.v1', { ...sampleEvents['civil-registration.death.registered.v1'], deathId: randomUUID(), residentId: who, dateOfDeath: deathDate }, who);
      await kit.consumed(eventId);
    }

    const { rows: stays } = await kit.db.query('SELECT discharged_on::text AS discharged_on, discharge_reason FROM bed_stay WHERE id = $1', [stay.body.id]);
    expect(stays).toEqual([{ discharged_on: '2024-06-12', discharge_reason: 'DECEASED' }]);
    const { rows: orders } = await kit.db.query<{ id: string; status: string; cancel_reason: string | null }>('SELECT id, status, cancel_reason FROM home_care_order WHERE resident_id = $1', [dying]);
    const byId = Object.fromEntries(orders.map((o) => [o.id, [o.status, o.cancel_reason]]));
    expect(byId).toEqual({ [ordered]: ['CANCELLED', 'DECEASED'], [underway]: ['CANCELLED', 'DECEASED'], [done]: ['CHECKED_OUT', null] });
    const { rows: beds } = await kit.db.query('SELECT ended_on::text AS ended_on, end_reason FROM home_care_bed WHERE resident_id = $1', [c]);
    expect(beds).toEqual([{ ended_on: '2024-06-13', end_reason: 'DECEASED' }]);

    const afterDeath = await kit.http().post('/api/v1/home-care/orders').set('Authorization', OPERATOR).send({ residentId: dying, itemCode: 'MED-01' }).expect(422);
    expect(afterDeath.body.code).toBe('ELDER.DECEASED');

    const report = await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', AUDITOR).expect(200);
    // Stays: a (admitted, discharged), b (still in), a or c (admitted, discharged), dying (admitted, discharged on death).
    const { byOperatingModel, careWorkers, ...occupancy } = report.body.institutions;
    expect(occupancy).toEqual({ institutions: 1, beds: 3, occupied: 1, free: 2, occupancyPercent: 33.3, admissions: 4, discharges: 3 });
    // Registered without an operating model: the institution counts as public.
    expect(byOperatingModel.map((m: { institutions: number; beds: number }) => [m.institutions, m.beds])).toEqual([[1, 3], [0, 0], [0, 0]]);
    expect(careWorkers.certified).toBe(0);
    expect(report.body.homeCare.homeCareBeds).toEqual({ activeAsOf: 0, contractedInYear: 1 });
  });
});
