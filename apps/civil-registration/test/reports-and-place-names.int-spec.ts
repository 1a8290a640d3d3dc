import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, openOffice, rowCount, startHarness, type Harness } from './harness';

const man = (birth: string, seq: number): string => residentId('110105', birth, seq * 2 + 1);
const woman = (birth: string, seq: number): string => residentId('110105', birth, seq * 2);

describe('place names (地名) and the annual report', () => {
  let h: Harness;
  const operator = bearer(['operator']);
  const admin = bearer(['admin'], 'root', '110000');
  const cityOperator = bearer(['operator'], 'city-clerk', '110100');
  let officeId: string;

  beforeAll(async () => {
    h = await startHarness('cr_reports', '2023-12-31');
    officeId = await openOffice(h);
    await h.policy.add({ key: 'civil-registration.burial-exempt-ethnicities', value: ['HUI', 'UYGHUR', 'KAZAKH', 'KYRGYZ', 'UZBEK', 'TAJIK', 'TATAR', 'SALAR', 'DONGXIANG', 'BONAN'], effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.divorce.cooling-off-days', value: 30, effectiveFrom: '2021-01-01' });
    await h.policy.add({ key: 'civil-registration.divorce.certificate-window-days', value: 30, effectiveFrom: '2021-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  async function marry(parties: [string, string], kind = 'REGISTRATION'): Promise<string> {
    const res = await h.http().post('/api/v1/marriages').set('Authorization', operator).send({ kind, partyResidentIds: parties, declaredKinship: 'NONE', bothPartiesPresent: true, officeId }).expect(201);
    return res.body.id as string;
  }

  async function die(id: string, dateOfDeath: string, ethnicity = 'HAN', disposal = 'CREMATION'): Promise<void> {
    await h.http().post('/api/v1/deaths').set('Authorization', operator).send({ residentId: id, name: '某某', ethnicity, dateOfDeath, placeOfDeath: '医院', disposal, source: 'HOSPITAL' }).expect(201);
    // The benefit is granted as of the clock's day: let it happen before the clock moves on.
    await waitFor(`benefit of ${id}`, async () => (await rowCount(h.dataSource, 'funeral_benefit', 'resident_id = $1', [id])) === 1);
  }

  async function applyForDivorce(marriageId: string, parties: [string, string]): Promise<string> {
    const res = await h.http().post('/api/v1/divorces').set('Authorization', operator).send({ marriageId, partyResidentIds: parties, bothPartiesPresent: true, officeId }).expect(201);
    return res.body.id as string;
  }

  function placeName(body: Record<string, unknown>) {
    return h.http().post('/api/v1/place-names').set('Authorization', operator).send({ kind: 'NAMING', name: '新华路', category: 'ROAD', regionCode: '110105', ...body });
  }

  it('records place names and refuses bad ones (status, code, nothing stored)', async () => {
    h.clock.set('2024-06-01');
    const named = await placeName({ origin: '1950年代命名' }).expect(201);
    expect(named.body).toMatchObject({ kind: 'NAMING', name: '新华路', category: 'ROAD', regionCode: '110105', recordedOn: '2024-06-01' });
    await placeName({ kind: 'RURAL_COLLECTION', name: '杏花村', category: 'NATURAL_VILLAGE', regionCode: '110105001201' }).expect(201);
    // The county clerk (110105) may not record in the neighbouring county; the city's clerk may.
    const rocky = { kind: 'RURAL_COLLECTION', name: '杏花岭', category: 'MOUNTAIN', regionCode: '110106002' };
    const outside = await placeName(rocky).expect(403);
    expect(outside.body).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'regionCode' }] });
    expect(await rowCount(h.dataSource, 'place_name', 'region_code = $1', ['110106002'])).toBe(0);
    await h.http().post('/api/v1/place-names').set('Authorization', cityOperator).send(rocky).expect(201);

    expect((await placeName({}).expect(409)).body.code).toBe('PLACE_NAME.DUPLICATE');
    expect((await placeName({ kind: 'RURAL_COLLECTION', name: '梨园', category: 'NATURAL_VILLAGE' }).expect(422)).body.code).toBe('PLACE_NAME.REGION_TOO_COARSE');
    expect((await placeName({ name: '梨园', regionCode: '1101' }).expect(422)).body.code).toBe('PLACE_NAME.INVALID_REGION');
    expect((await placeName({ name: '梨园', category: 'SPACEPORT' }).expect(400)).body.code).toBe('VALIDATION.FAILED');
    expect(await rowCount(h.dataSource, 'place_name', `name = '梨园'`, [])).toBe(0);
    expect(await rowCount(h.dataSource, 'place_name', `name = '新华路'`, [])).toBe(1);
  });

  it('lists and searches place names by part of the name, division and kind', async () => {
    const search = async (query: string): Promise<string[]> =>
      (await h.http().get(`/api/v1/place-names?${query}`).set('Authorization', operator).expect(200)).body.items.map((p: { name: string }) => p.name);
    expect(await search('')).toEqual(['新华路', '杏花村', '杏花岭']);
    expect(await search(`q=${encodeURIComponent('杏花')}`)).toEqual(['杏花村', '杏花岭']);
    expect(await search('regionCode=110105')).toEqual(['新华路', '杏花村']);
    expect(await search('kind=RURAL_COLLECTION&regionCode=110106')).toEqual(['杏花岭']);
    expect(await search('pageSize=1&page=2')).toEqual(['杏花村']);
    expect((await h.http().get('/api/v1/place-names?pageSize=1').set('Authorization', operator).expect(200)).body).toMatchObject({ total: 3, page: 1, pageSize: 1 });
    expect((await h.http().get('/api/v1/place-names?regionCode=11').set('Authorization', operator).expect(400)).body.code).toBe('VALIDATION.FAILED');
  });

  /** A park point opened in 2024, a point closed in 2023, an urban cemetery and an ash hall; the ashes of one 2024 cremation get a niche. */
  async function recordOfficesAndCemeteries(cremated: string): Promise<void> {
    await openOffice(h, { kind: 'PARK_POINT', openedOn: '2024-05-20' });
    const closedPoint = await openOffice(h, { kind: 'POINT', openedOn: '2020-01-01' });
    await h.http().post(`/api/v1/registration-offices/${closedPoint}/close`).set('Authorization', admin).send({ closedOn: '2023-06-01' }).expect(200);
    const cemetery = (body: Record<string, unknown>) => h.http().post('/api/v1/cemeteries').set('Authorization', admin).send({ divisionCode: '110105', address: '某路', plotCapacity: 0, nicheCapacity: 10, ...body }).expect(201);
    await cemetery({ code: 'R-GM', name: '城南公墓', kind: 'URBAN_PUBLIC_WELFARE_CEMETERY', plotCapacity: 10 });
    const hall = (await cemetery({ code: 'R-GH', name: '杏花村骨灰堂', kind: 'RURAL_ASH_HALL' })).body.id;
    const [niche] = (await h.http().post(`/api/v1/cemeteries/${hall}/places`).set('Authorization', admin).send({ kind: 'NICHE', codes: ['A-1'] }).expect(201)).body.places;
    const [death] = (await h.http().post('/api/v1/deaths/search').set('Authorization', operator).send({ residentId: cremated }).expect(200)).body;
    await h.http().post('/api/v1/cemetery-allocations').set('Authorization', operator).send({ placeId: niche.id, deathId: death.id }).expect(201);
  }

  /** A group ceremony and another one; two couples counselled, one of them twice. */
  async function recordCeremoniesAndCounselling(group: string[], other: string): Promise<void> {
    const ceremony = (kind: string, marriageIds: string[]) =>
      h.http().post('/api/v1/ceremonies').set('Authorization', operator).send({ kind, heldOn: '2024-06-01', officeId, theme: '颁证仪式', marriageIds }).expect(201);
    await ceremony('GROUP', group);
    await ceremony('OTHER', [other]);
    for (const seq of [30, 30, 31]) {
      await h.http().post('/api/v1/premarital-counselling').set('Authorization', operator).send({ partyResidentIds: [man('19950101', seq), woman('19960101', seq)], officeId, counsellor: '李老师' }).expect(201);
    }
  }

  it('counts the annual figures of each year apart', async () => {
    // 2023: one marriage, one death.
    h.clock.set('2023-12-31');
    const m0: [string, string] = [man('19800101', 1), woman('19820101', 1)];
    const m0Id = await marry(m0);
    await die(man('19300101', 10), '2023-12-20');

    // 2024
    h.clock.set('2024-06-01');
    const m1: [string, string] = [man('19850101', 2), woman('19870101', 2)];
    const m2: [string, string] = [man('19850101', 3), woman('19870101', 3)];
    const m3: [string, string] = [man('19850101', 4), woman('19870101', 4)];
    const m1Id = await marry(m1);
    const m2Id = await marry(m2, 'RETROACTIVE');
    const m3Id = await marry(m3, 'REMARRIAGE');
    await h.http().post(`/api/v1/marriages/${m1Id}/certificate-reissues`).set('Authorization', operator).send({ requestedByResidentId: m1[0], officeId }).expect(201);
    const cremated2024 = man('19300101', 11);
    await die(cremated2024, '2024-05-01');
    await die(woman('19300101', 12), '2024-05-02', 'HUI', 'BURIAL');
    await die(woman('19300101', 13), '2024-05-03');

    const withdrawn = await applyForDivorce(m0Id, m0);
    await h.http().post(`/api/v1/divorces/${withdrawn}/withdraw`).set('Authorization', operator).send({ residentId: m0[0] }).expect(200);
    const registered = await applyForDivorce(m2Id, m2);
    const mediated = await applyForDivorce(m3Id, m3);
    for (const outcome of ['UNDECIDED', 'PROCEEDING']) {
      await h.http().post('/api/v1/divorce-mediations').set('Authorization', operator).send({ divorceId: mediated, officeId, counsellor: '王老师', outcome }).expect(201);
    }
    h.clock.set('2024-07-05');
    await h.http().post(`/api/v1/divorces/${registered}/register`).set('Authorization', operator).send({ partyResidentIds: m2, bothPartiesPresent: true }).expect(200);
    h.clock.set('2024-08-01');
    expect((await h.http().post('/api/v1/divorces/expire-overdue').set('Authorization', admin).expect(200)).body.deemedWithdrawn).toBe(1);

    await recordOfficesAndCemeteries(cremated2024);
    await recordCeremoniesAndCounselling([m1Id, m2Id], m3Id);

    const y2024 = await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', operator).expect(200);
    expect(y2024.body).toEqual({
      year: 2024,
      marriages: 3,
      retroactiveRegistrations: 1,
      remarriages: 1,
      reRegistrations: 2,
      certificateReissues: 1,
      divorceApplications: 3,
      divorceRegistrations: 1,
      divorcesWithdrawn: 1,
      divorcesDeemedWithdrawn: 1,
      deaths: 3,
      exemptBurials: 1,
      cremations: 2,
      cremationRate: 1,
      funeralBenefitsGranted: 3,
      funeralBenefitTotalFen: 300_000,
      placeNamesNamed: 1,
      // 杏花岭 was collected in the neighbouring county 110106: not the county's figure.
      placeNamesCollected: 1,
      registrationOffices: 1,
      registrationPoints: 0,
      parkRegistrationPoints: 1,
      groupCeremonies: 1,
      otherCeremonies: 1,
      premaritalCounsellingCouples: 2,
      divorceMediationCouples: 1,
      urbanCemeteries: 1,
      ruralCemeteries: 0,
      ruralAshHalls: 1,
      ashesPlaced: 1,
      ashBurialRate: 0.5,
    });
    // The city sees both counties; the neighbouring county only its own place name.
    const city2024 = await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', cityOperator).expect(200);
    expect(city2024.body).toEqual({ ...y2024.body, placeNamesCollected: 2 });
    const neighbour = await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-106', '110106')).expect(200);
    expect(neighbour.body).toMatchObject({ placeNamesCollected: 1, placeNamesNamed: 0, marriages: 0, certificateReissues: 0, divorceApplications: 0, deaths: 0, funeralBenefitTotalFen: 0 });
    expect(neighbour.body).toMatchObject({ registrationOffices: 0, parkRegistrationPoints: 0, groupCeremonies: 0, premaritalCounsellingCouples: 0, divorceMediationCouples: 0, urbanCemeteries: 0, ruralAshHalls: 0, ashesPlaced: 0 });
    const y2023 = await h.http().get('/api/v1/reports/annual?year=2023').set('Authorization', operator).expect(200);
    expect(y2023.body).toMatchObject({ marriages: 1, deaths: 1, cremationRate: 1, funeralBenefitsGranted: 1, funeralBenefitTotalFen: 100_000, divorceApplications: 0, placeNamesNamed: 0 });
    // The park point opened in 2024 and the point closed in 2023; the 2023 death's ashes have no place on record.
    expect(y2023.body).toMatchObject({ registrationOffices: 1, registrationPoints: 1, parkRegistrationPoints: 0, groupCeremonies: 0, premaritalCounsellingCouples: 0, divorceMediationCouples: 0, ashesPlaced: 0, ashBurialRate: 0 });
    const y2022 = await h.http().get('/api/v1/reports/annual?year=2022').set('Authorization', operator).expect(200);
    expect(y2022.body).toMatchObject({ marriages: 0, deaths: 0, cremationRate: null, funeralBenefitTotalFen: 0, ashBurialRate: null });
  });

  it('refuses a year that is not a number', async () => {
    expect((await h.http().get('/api/v1/reports/annual?year=last').set('Authorization', operator).expect(400)).body.code).toBe('VALIDATION.FAILED');
  });

  it('documents every endpoint in OpenAPI', async () => {
    const spec = await h.http().get('/api/docs-json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/deaths',
        '/api/v1/deaths/{id}',
        '/api/v1/funeral-benefits/search',
        '/api/v1/marriages',
        '/api/v1/marriages/{id}',
        '/api/v1/marriages/{id}/certificate-reissues',
        '/api/v1/divorces',
        '/api/v1/divorces/{id}',
        '/api/v1/divorces/{id}/withdraw',
        '/api/v1/divorces/{id}/register',
        '/api/v1/divorces/expire-overdue',
        '/api/v1/place-names',
        '/api/v1/reports/annual',
        '/api/v1/registration-offices',
        '/api/v1/registration-offices/{id}/close',
        '/api/v1/ceremonies',
        '/api/v1/premarital-counselling',
        '/api/v1/divorce-mediations',
        '/api/v1/cemeteries',
        '/api/v1/cemeteries/{id}/places',
        '/api/v1/cemetery-allocations',
        '/api/v1/cemetery-allocations/{id}/release',
      ]),
    );
    expect(spec.body.components.schemas.RegisterMarriageDto.properties.partyResidentIds.example).toHaveLength(2);
  });
});
