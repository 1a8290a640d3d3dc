import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { COMMUNITIES_PER_TOWNSHIP_POLICY_KEY } from '../src/facilities/rules/coverage.rule';
import { ADMIN, AUDITOR, bearer, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

describe('community facilities, operating models, care workers and assessment purposes in the annual report (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_facilities');
  /** An operator of 八里庄街道 (township 110105001) only. */
  const TOWNSHIP_OPERATOR = bearer(['operator'], 'township-op-1', '110105001');
  const ASSESSOR = bearer(['assessor'], 'assessor-1');
  const ITEMS = {
    selfCare: { eating: 4, grooming: 4, bathing: 4, dressingUpper: 4, dressingLower: 4, urinaryControl: 4, bowelControl: 4, toileting: 4 },
    basicMobility: { bedPositioning: 4, bedChairTransfer: 4, walking: 4, stairs: 3 },
    mentalState: { timeOrientation: 4, placeOrientation: 4, personOrientation: 4, memory: 4, comprehension: 4, expression: 4, aggression: 1, depression: 1, consciousness: 2 },
    perceptionSocial: { vision: 2, hearing: 2, dailyAffairs: 4, transport: 3, socialContact: 4 },
  };
  const [nurseA, nurseB, nurseC] = [61, 62, 63].map((n) => residentId('110105', '19750312', n));

  beforeAll(async () => {
    process.env.CLOCK_FIXED_DATE = '2024-06-15';
    await kit.start();
    await kit
      .http()
      .post('/api/v1/policy-parameters')
      .set('Authorization', ADMIN)
      .send({ key: COMMUNITIES_PER_TOWNSHIP_POLICY_KEY, value: { townships: [{ divisionCode: '110105001', communities: 4 }, { divisionCode: '110105002', communities: 2 }] }, effectiveFrom: '2024-01-01' })
      .expect(201);
  });

  afterAll(async () => {
    await kit.stop();
    delete process.env.CLOCK_FIXED_DATE;
  });

  const facility = (code: string, facilityType: string, divisionCode: string, extra: object = {}) => ({ code, facilityName: `示例${code}`, facilityType, divisionCode, address: '朝阳区示例路1号', openedOn: '2021-09-01', ...extra });
  const register = (body: object, token = OPERATOR) => kit.http().post('/api/v1/facilities').set('Authorization', token).send(body);

  it('registers facilities of each type at their level and lists them paged, filtered and within the caller division', async () => {
    const centre = await register(facility('SC-001', 'STREET_CENTRE', '110105001'), TOWNSHIP_OPERATOR).expect(201);
    expect(centre.body).toMatchObject({ facilityName: '示例SC-001', facilityType: 'STREET_CENTRE', facilityTypeLabel: '街道综合养老服务中心', status: 'OPEN', statusLabel: '运营中' });
    await register(facility('AR-001', 'ACTIVITY_ROOM', '110105001001'), TOWNSHIP_OPERATOR).expect(201);
    await register(facility('AR-002', 'ACTIVITY_ROOM', '110105001002'), TOWNSHIP_OPERATOR).expect(201);
    await register(facility('HC-001', 'COMMUNITY_HOME_CARE_CENTRE', '110105001001'), TOWNSHIP_OPERATOR).expect(201);
    await register(facility('HH-001', 'RURAL_HAPPINESS_HOME', '110105002001')).expect(201);
    await register(facility('AR-003', 'ACTIVITY_ROOM', '110105002002', { status: 'CLOSED' })).expect(201);

    const page = await kit.http().get('/api/v1/facilities?type=ACTIVITY_ROOM&pageSize=1&page=2').set('Authorization', AUDITOR).expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 1, items: [{ code: 'AR-002' }] });
    const township = await kit.http().get('/api/v1/facilities?pageSize=100').set('Authorization', TOWNSHIP_OPERATOR).expect(200);
    expect(township.body.items.map((f: { code: string }) => f.code)).toEqual(['SC-001', 'AR-001', 'HC-001', 'AR-002']);
    const closed = await kit.http().get('/api/v1/facilities?status=CLOSED&divisionCode=110105002').set('Authorization', AUDITOR).expect(200);
    expect(closed.body.items.map((f: { code: string }) => f.code)).toEqual(['AR-003']);
    const suspended = await kit.http().post(`/api/v1/facilities/${closed.body.items[0].id}/status`).set('Authorization', OPERATOR).send({ status: 'SUSPENDED' }).expect(200);
    expect(suspended.body).toMatchObject({ status: 'SUSPENDED', statusLabel: '暂停运营' });
    const notMine = await kit.http().post(`/api/v1/facilities/${closed.body.items[0].id}/status`).set('Authorization', TOWNSHIP_OPERATOR).send({ status: 'OPEN' }).expect(403);
    expect(notMine.body.code).toBe('AUTH.OUTSIDE_DIVISION');
    await kit.http().get(`/api/v1/facilities/${closed.body.items[0].id}`).set('Authorization', TOWNSHIP_OPERATOR).expect(403);
    const types = await kit.http().get('/api/v1/facility-types').set('Authorization', AUDITOR).expect(200);
    expect(types.body).toContainEqual({ type: 'RURAL_HAPPINESS_HOME', label: '农村幸福院', level: 'COMMUNITY' });
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'facility.registered'`)).toBe(6);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'facility.status-changed'`)).toBe(1);
  });

  it('refuses a facility in another township for a township user, one at the wrong level, a future opening and a taken code, storing nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM facility');
    const elsewhere = await register(facility('AR-009', 'ACTIVITY_ROOM', '110105002001'), TOWNSHIP_OPERATOR).expect(403);
    expect(elsewhere.body).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'divisionCode' }] });
    const level = await register(facility('SC-009', 'STREET_CENTRE', '110105001003'), TOWNSHIP_OPERATOR).expect(422);
    expect(level.body).toMatchObject({ code: 'FACILITY.DIVISION_LEVEL', errors: [{ field: 'divisionCode' }] });
    const future = await register(facility('AR-010', 'ACTIVITY_ROOM', '110105001003', { openedOn: '2024-06-16' })).expect(422);
    expect(future.body).toMatchObject({ code: 'FACILITY.DATE_INVALID', errors: [{ field: 'openedOn' }] });
    const unknown = await register(facility('XX-001', 'CANTEEN', '110105001003')).expect(400);
    expect(unknown.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'facilityType' }] });
    const taken = await register(facility('AR-001', 'ACTIVITY_ROOM', '110105001003')).expect(409);
    expect(taken.body.code).toBe('FACILITY.CODE_TAKEN');
    expect(await kit.count('SELECT count(*) AS n FROM facility')).toBe(before);
  });

  it('records operating models and certified care workers, one open employment per worker', async () => {
    const create = (code: string, extra: object) => kit.http().post('/api/v1/institutions').set('Authorization', OPERATOR).send({ code, institutionName: `示例养老院${code}`, divisionCode: '110105', bedCount: 3, ...extra });
    const publicHome = await create('YL-F01', {}).expect(201);
    expect(publicHome.body).toMatchObject({ operatingModel: 'PUBLIC', operatingModelLabel: '公办' });
    const leased = await create('YL-F02', { operatingModel: 'PUBLIC_BUILT_PRIVATE_RUN' }).expect(201);
    expect(leased.body.operatingModelLabel).toBe('公建民营');
    const bad = await create('YL-F03', { operatingModel: 'STATE' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'operatingModel' }] });
    const changed = await kit.http().post(`/api/v1/institutions/${publicHome.body.id}/operating-model`).set('Authorization', OPERATOR).send({ operatingModel: 'PRIVATE' }).expect(200);
    expect(changed.body).toMatchObject({ operatingModel: 'PRIVATE', operatingModelLabel: '民办' });

    const hire = (institutionId: string, body: object) => kit.http().post(`/api/v1/institutions/${institutionId}/care-workers`).set('Authorization', OPERATOR).send({ name: '王桂兰', certificateLevel: 'SENIOR', certificateNumber: 'S0000110000012', workingFrom: '2021-03-01', ...body });
    const a = await hire(leased.body.id, { residentId: nurseA }).expect(201);
    expect(a.body).toMatchObject({ residentId: maskResidentId(nurseA), certificateLevelLabel: '高级工（三级）', working: true });
    expect(a.body.name).not.toBe('王桂兰');
    await hire(leased.body.id, { residentId: nurseB, certificateLevel: 'JUNIOR' }).expect(201);
    await hire(publicHome.body.id, { residentId: nurseC, workingTo: '2023-12-31' }).expect(201);
    const twice = await hire(publicHome.body.id, { residentId: nurseA }).expect(409);
    expect(twice.body).toMatchObject({ code: 'CARE_WORKER.ALREADY_EMPLOYED', errors: [{ field: 'residentId' }] });
    const backwards = await hire(publicHome.body.id, { residentId: residentId('110105', '19750312', 64), workingTo: '2021-02-28' }).expect(422);
    expect(backwards.body).toMatchObject({ code: 'CARE_WORKER.DATE_INVALID', errors: [{ field: 'workingTo' }] });
    const outside = await hire(publicHome.body.id, { residentId: residentId('110105', '19750312', 65) }).set('Authorization', bearer(['operator'], 'op-6', '110106')).expect(403);
    expect(outside.body.code).toBe('AUTH.OUTSIDE_DIVISION');

    await kit.http().post(`/api/v1/care-workers/${a.body.id}/leave`).set('Authorization', OPERATOR).send({ workingTo: '2024-06-30' }).expect(200);
    const list = await kit.http().get(`/api/v1/institutions/${leased.body.id}/care-workers`).set('Authorization', AUDITOR).expect(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items.map((w: { workingTo: string | null }) => w.workingTo)).toEqual(['2024-06-30', null]);
    expect(await kit.count(`SELECT count(*) AS n FROM care_worker`)).toBe(3);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'care-worker'`)).toBe(4);
  });

  it('counts assessments by purpose, institutions by operating model, care workers at work and facility coverage per township', async () => {
    const assess = (n: number, purpose: string) =>
      kit.http().post('/api/v1/assessments').set('Authorization', ASSESSOR).send({ residentId: residentId('110105', '19400101', n), assessedOn: '2024-05-20', purpose, items: ITEMS, conditions: { dementia: false, mentalIllness: false, careRiskEvents: 0 } }).expect(201);
    // An assessment counts in its elder's division: the elders are in the county's registry.
    await kit.importElders([71, 72, 73].map((n) => ({ residentId: residentId('110105', '19400101', n) })));
    for (const [n, purpose] of [[71, 'HOME_BED'], [72, 'HOME_BED'], [73, 'INSTITUTION']] as const) await assess(n, purpose);
    // Someone not in the registry has no division: only a platform-wide report counts them.
    await assess(74, 'HOME_SERVICE');
    const report = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', AUDITOR).expect(200)).body;
    expect(report.assessments.byPurpose).toEqual([
      { purpose: 'HOME_BED', label: '家庭养老床位', assessments: 2 },
      { purpose: 'HOME_SERVICE', label: '居家服务', assessments: 0 },
      { purpose: 'INSTITUTION', label: '机构入住', assessments: 1 },
    ]);
    expect(report.institutions.byOperatingModel).toEqual([
      { operatingModel: 'PUBLIC', label: '公办', institutions: 0, beds: 0 },
      { operatingModel: 'PUBLIC_BUILT_PRIVATE_RUN', label: '公建民营', institutions: 1, beds: 3 },
      { operatingModel: 'PRIVATE', label: '民办', institutions: 1, beds: 3 },
    ]);
    // nurse A works until 30 June, nurse C left in 2023: two at work on 15 June 2024.
    expect(report.institutions.careWorkers).toMatchObject({ certified: 2, byOperatingModel: [{ count: 0 }, { count: 2 }, { count: 0 }] });
    const rooms = report.facilities.byType.find((t: { type: string }) => t.type === 'ACTIVITY_ROOM');
    expect(rooms).toMatchObject({ facilities: 2, townshipsCovered: 1, townshipsSharePercent: 50, communitiesCovered: 2, communitiesSharePercent: 33.3 });
    const first = report.facilities.byTownship.find((t: { township: string }) => t.township === '110105001');
    expect(first.byType.find((l: { type: string }) => l.type === 'ACTIVITY_ROOM')).toMatchObject({ communitiesCovered: 2, sharePercent: 50 });
    expect(first.byType.find((l: { type: string }) => l.type === 'STREET_CENTRE')).toMatchObject({ facilities: 1 });

    // Everything above is the county's (110105): the neighbouring county reports none of it, the whole platform all of it.
    const neighbour = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-6', '110106')).expect(200)).body;
    expect(neighbour.assessments).toMatchObject({ total: 0, unrecorded: 0 });
    expect(neighbour.assessments.byPurpose.map((p: { assessments: number }) => p.assessments)).toEqual([0, 0, 0]);
    expect(neighbour.institutions).toMatchObject({ institutions: 0, beds: 0, careWorkers: { certified: 0 } });
    expect(neighbour.facilities).toMatchObject({ townships: 0, byTownship: [] });
    expect(neighbour.facilities.byType.map((t: { facilities: number }) => t.facilities)).toEqual([0, 0, 0, 0]);
    const platform = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-0', '000000')).expect(200)).body;
    expect(platform.assessments.byPurpose.map((p: { assessments: number }) => p.assessments)).toEqual([2, 1, 1]);
    expect(platform.institutions.byOperatingModel).toEqual(report.institutions.byOperatingModel);
  });
});
