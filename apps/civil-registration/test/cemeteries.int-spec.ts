import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { bearer, rowCount, startHarness, type Harness } from './harness';

const deceased = (seq: number): string => residentId('110105', '19400101', seq * 2 + 1);

describe('cemeteries, their plots and niches, and allocation to the deceased', () => {
  let h: Harness;
  const admin = bearer(['admin'], 'county-admin', '110105');
  const clerk = bearer(['operator'], 'clerk-1', '110105');
  const secondClerk = bearer(['operator'], 'clerk-2', '110105');
  let cemetery: string;
  let ashHall: string;
  const plots: string[] = [];
  const niches: string[] = [];
  const deaths: Record<'ashes' | 'ashes2' | 'hui', string> = { ashes: '', ashes2: '', hui: '' };

  const post = (path: string, token: string, body: unknown) => h.http().post(path).set('Authorization', token).send(body as object);
  const allocate = (placeId: string, deathId: string, token = clerk) => post('/api/v1/cemetery-allocations', token, { placeId, deathId });
  const cemeteryBody = (code: string, overrides: Record<string, unknown> = {}) => ({ code, name: '杏花村骨灰堂', kind: 'RURAL_ASH_HALL', divisionCode: '110105001201', address: '杏花村北', plotCapacity: 0, nicheCapacity: 3, ...overrides });

  async function die(seq: number, ethnicity: string, disposal: string): Promise<string> {
    const body = { residentId: deceased(seq), name: '某某', ethnicity, dateOfDeath: '2024-07-01', placeOfDeath: '家中', disposal, source: 'VILLAGE' };
    return (await post('/api/v1/deaths', clerk, body).expect(201)).body.id as string;
  }

  beforeAll(async () => {
    h = await startHarness('cr_cemeteries', '2024-08-01');
    await h.policy.add({ key: 'civil-registration.burial-exempt-ethnicities', value: ['HUI'], effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    const urban = { code: 'GM-1', name: '城南公益性公墓', kind: 'URBAN_PUBLIC_WELFARE_CEMETERY', divisionCode: '110105', address: '城南路', plotCapacity: 2, nicheCapacity: 10 };
    cemetery = (await post('/api/v1/cemeteries', admin, urban).expect(201)).body.id;
    ashHall = (await post('/api/v1/cemeteries', admin, cemeteryBody('GH-1')).expect(201)).body.id;
    plots.push(...(await post(`/api/v1/cemeteries/${cemetery}/places`, admin, { kind: 'PLOT', codes: ['东-1', '东-2'] }).expect(201)).body.places.map((p: { id: string }) => p.id));
    niches.push(...(await post(`/api/v1/cemeteries/${ashHall}/places`, admin, { kind: 'NICHE', codes: ['A-01', 'A-02'] }).expect(201)).body.places.map((p: { id: string }) => p.id));
    deaths.ashes = await die(1, 'HAN', 'CREMATION');
    deaths.ashes2 = await die(2, 'HAN', 'CREMATION');
    deaths.hui = await die(3, 'HUI', 'BURIAL');
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('cemeteries and places', () => {
    it('shows a cemetery with its kind in Chinese and its places counted, and lists them paged', async () => {
      const hall = await h.http().get(`/api/v1/cemeteries/${ashHall}`).set('Authorization', clerk).expect(200);
      expect(hall.body).toMatchObject({ code: 'GH-1', name: '杏花村骨灰堂', kind: 'RURAL_ASH_HALL', kindLabel: '农村骨灰堂', plotCapacity: 0, nicheCapacity: 3, plots: 0, niches: 2, allocated: 0 });
      const page = await h.http().get('/api/v1/cemeteries?pageSize=1').set('Authorization', clerk).expect(200);
      expect(page.body).toMatchObject({ total: 2, pageSize: 1, items: [{ code: 'GH-1' }] });
      const halls = await h.http().get('/api/v1/cemeteries?kind=URBAN_PUBLIC_WELFARE_CEMETERY').set('Authorization', clerk).expect(200);
      expect(halls.body.items.map((c: { id: string }) => c.id)).toEqual([cemetery]);
      const places = await h.http().get(`/api/v1/cemeteries/${ashHall}/places?status=AVAILABLE`).set('Authorization', clerk).expect(200);
      expect(places.body.items).toEqual([expect.objectContaining({ code: 'A-01', kind: 'NICHE', kindLabel: '骨灰格位', status: 'AVAILABLE', statusLabel: '可安葬' }), expect.objectContaining({ code: 'A-02' })]);
      expect((await h.http().get('/api/v1/cemeteries').set('Authorization', bearer(['operator'], 'x', '110106')).expect(200)).body.total).toBe(0);
    });

    it.each([
      ['plots in an ash hall', () => ashHall, { kind: 'PLOT', codes: ['B-01'] }, 422, 'CEMETERY.PLACE_KIND_NOT_OFFERED', 'kind'],
      ['more niches than approved', () => ashHall, { kind: 'NICHE', codes: ['A-03', 'A-04'] }, 422, 'CEMETERY.CAPACITY_EXCEEDED', 'codes'],
      ['a number already used', () => cemetery, { kind: 'NICHE', codes: ['N-1', '东-1'] }, 409, 'CEMETERY.PLACE_CODE_TAKEN', 'codes'],
    ])('refuses %s and stores none of the batch', async (_label, id, body, status, code, field) => {
      const before = await rowCount(h.dataSource, 'cemetery_place', 'true', []);
      const res = await post(`/api/v1/cemeteries/${id()}/places`, admin, body).expect(status);
      expect(res.body).toMatchObject({ code, errors: [{ field }] });
      expect(await rowCount(h.dataSource, 'cemetery_place', 'true', [])).toBe(before);
    });

    it.each([
      ['an ash hall with plots', admin, cemeteryBody('GH-2', { plotCapacity: 5 }), 422, 'CEMETERY.PLACE_KIND_NOT_OFFERED'],
      ['a code already taken', admin, cemeteryBody('GH-1'), 409, 'CEMETERY.CODE_TAKEN'],
      ['an operator', clerk, cemeteryBody('GH-3'), 403, 'AUTH.FORBIDDEN'],
      ['a negative capacity', admin, cemeteryBody('GH-4', { nicheCapacity: -1 }), 400, 'VALIDATION.FAILED'],
    ])('refuses to record %s', async (_label, token, body, status, code) => {
      expect((await post('/api/v1/cemeteries', token, body).expect(status)).body.code).toBe(code);
      expect(await rowCount(h.dataSource, 'cemetery', 'true', [])).toBe(2);
    });
  });

  describe('allocation', () => {
    it('gives a niche to cremated ashes and a plot to an exempt burial, once each', async () => {
      const res = await allocate(niches[0], deaths.ashes).expect(201);
      expect(res.body).toMatchObject({ placeId: niches[0], placeCode: 'A-01', placeKind: 'NICHE', cemeteryId: ashHall, deathId: deaths.ashes, residentId: maskResidentId(deceased(1)), allocatedOn: '2024-08-01', status: 'ACTIVE', statusLabel: '已安葬' });
      await allocate(plots[0], deaths.hui).expect(201);
      expect((await h.http().get(`/api/v1/cemeteries/${ashHall}`).set('Authorization', clerk).expect(200)).body.allocated).toBe(1);
      expect(await rowCount(h.dataSource, 'audit_log', `action = 'cemetery.place-allocated'`, [])).toBe(2);
      const listed = await h.http().get(`/api/v1/cemetery-allocations?deathId=${deaths.ashes}`).set('Authorization', clerk).expect(200);
      expect(listed.body).toMatchObject({ total: 1, items: [{ id: res.body.id }] });
    });

    it.each([
      ['a place allocated before', () => [niches[0], deaths.ashes2], 409, 'CEMETERY_ALLOCATION.PLACE_TAKEN', 'placeId'],
      ['a deceased who has a place', () => [niches[1], deaths.ashes], 409, 'CEMETERY_ALLOCATION.DECEASED_HAS_PLACE', 'deathId'],
      ['an unknown place', () => ['6f1d2c3b-0000-4000-8000-000000000000', deaths.ashes2], 422, 'CEMETERY_ALLOCATION.UNKNOWN_PLACE', 'placeId'],
      ['an unknown death', () => [niches[1], '6f1d2c3b-0000-4000-8000-000000000000'], 422, 'CEMETERY_ALLOCATION.UNKNOWN_DEATH', 'deathId'],
    ])('refuses %s, storing nothing', async (_label, ids, status, code, field) => {
      const [placeId, deathId] = ids();
      const res = await allocate(placeId, deathId).expect(status);
      expect(res.body).toMatchObject({ code, errors: [{ field }] });
      expect(await rowCount(h.dataSource, 'cemetery_allocation', 'true', [])).toBe(2);
    });

    it('refuses a niche for a buried body', async () => {
      const hui = await die(4, 'HUI', 'BURIAL');
      expect((await allocate(niches[1], hui).expect(422)).body).toMatchObject({ code: 'CEMETERY_ALLOCATION.NICHE_NEEDS_ASHES', errors: [{ field: 'placeId' }] });
      expect(await rowCount(h.dataSource, 'cemetery_allocation', 'death_id = $1', [hui])).toBe(0);
    });

    it('allocates one of two concurrent allocations of the same plot', async () => {
      const results = await Promise.all([allocate(plots[1], deaths.ashes2), allocate(plots[1], await die(5, 'HAN', 'CREMATION'))]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(await rowCount(h.dataSource, 'cemetery_allocation', `place_id = $1 AND status = 'ACTIVE'`, [plots[1]])).toBe(1);
    });

    it('releases an allocation made in error by a second person, freeing the place', async () => {
      const allocation = (await h.http().get(`/api/v1/cemetery-allocations?deathId=${deaths.ashes}`).set('Authorization', clerk).expect(200)).body.items[0];
      const release = (token: string) => post(`/api/v1/cemetery-allocations/${allocation.id}/release`, token, { reason: '格位号登记错误' });
      expect((await release(clerk).expect(403)).body.code).toBe('CEMETERY_ALLOCATION.SAME_PERSON_RELEASE');
      expect((await release(secondClerk).expect(200)).body).toMatchObject({ status: 'RELEASED', statusLabel: '已撤销', releasedOn: '2024-08-01', releaseReason: '格位号登记错误' });
      expect((await release(secondClerk).expect(409)).body.code).toBe('CEMETERY_ALLOCATION.ALREADY_RELEASED');
      await allocate(niches[0], deaths.ashes).expect(201);
    });
  });
});
