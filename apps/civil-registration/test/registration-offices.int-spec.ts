import { residentId } from '../../../test/support/resident-ids';
import { bearer, openOffice, rowCount, startHarness, type Harness } from './harness';

const man = (seq: number): string => residentId('110105', '19900101', seq * 2 + 1);
const woman = (seq: number): string => residentId('110105', '19920101', seq * 2);

// Today is 2024-05-20 (520, a favourite wedding day): the park point opened in February.
describe('registration offices and points, named by every registration', () => {
  let h: Harness;
  const operator = bearer(['operator']);
  const countyAdmin = bearer(['admin'], 'county-admin', '110105');
  let office: string;
  let parkPoint: string;
  let closedPoint: string;
  let futurePoint: string;

  const marry = (seq: number, officeId: unknown) =>
    h.http().post('/api/v1/marriages').set('Authorization', operator).send({ kind: 'REGISTRATION', partyResidentIds: [man(seq), woman(seq)], declaredKinship: 'NONE', bothPartiesPresent: true, officeId });
  const officeBody = (code: string, overrides: Record<string, unknown> = {}) => ({ code, name: '朝阳公园玫瑰园登记点', kind: 'PARK_POINT', divisionCode: '110105', address: '朝阳公园南门内', openedOn: '2024-02-14', ...overrides });

  beforeAll(async () => {
    h = await startHarness('cr_offices', '2024-05-20');
    await h.policy.add({ key: 'civil-registration.divorce.cooling-off-days', value: 30, effectiveFrom: '2021-01-01' });
    await h.policy.add({ key: 'civil-registration.divorce.certificate-window-days', value: 30, effectiveFrom: '2021-01-01' });
    office = await openOffice(h, { code: 'CY-00', divisionCode: '110105' });
    parkPoint = (await h.http().post('/api/v1/registration-offices').set('Authorization', countyAdmin).send(officeBody('CY-P1')).expect(201)).body.id;
    closedPoint = await openOffice(h, { code: 'CY-OLD', kind: 'POINT', openedOn: '2020-01-01' });
    futurePoint = await openOffice(h, { code: 'CY-NEW', kind: 'POINT', openedOn: '2024-06-01' });
    await h.http().post(`/api/v1/registration-offices/${closedPoint}/close`).set('Authorization', countyAdmin).send({ closedOn: '2024-05-01' }).expect(200);
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('the offices', () => {
    it('records a park point with its Chinese label and shows it', async () => {
      const res = await h.http().get(`/api/v1/registration-offices/${parkPoint}`).set('Authorization', operator).expect(200);
      expect(res.body).toEqual({ id: parkPoint, code: 'CY-P1', name: '朝阳公园玫瑰园登记点', kind: 'PARK_POINT', kindLabel: '公园登记点', divisionCode: '110105', address: '朝阳公园南门内', openedOn: '2024-02-14', closedOn: null });
      expect(await rowCount(h.dataSource, 'audit_log', `action = 'registration-office.recorded' AND entity_id = $1`, [parkPoint])).toBe(1);
    });

    it('lists the offices of the caller’s division, paged, filtered by kind and by the day they are open', async () => {
      const all = await h.http().get('/api/v1/registration-offices?pageSize=2').set('Authorization', operator).expect(200);
      expect(all.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
      expect(all.body.items.map((o: { code: string }) => o.code)).toEqual(['CY-00', 'CY-NEW']);
      const parks = await h.http().get('/api/v1/registration-offices?kind=PARK_POINT').set('Authorization', operator).expect(200);
      expect(parks.body.items.map((o: { id: string }) => o.id)).toEqual([parkPoint]);
      const open = await h.http().get('/api/v1/registration-offices?openOn=2024-05-20').set('Authorization', operator).expect(200);
      expect(open.body.items.map((o: { code: string }) => o.code)).toEqual(['CY-00', 'CY-P1']);
      const elsewhere = await h.http().get('/api/v1/registration-offices').set('Authorization', bearer(['operator'], 'other', '110106')).expect(200);
      expect(elsewhere.body.total).toBe(0);
    });

    it.each([
      ['an operator', bearer(['operator']), officeBody('X-1'), 403, 'AUTH.FORBIDDEN'],
      ['an admin of another county', bearer(['admin'], 'a', '110106'), officeBody('X-2'), 403, 'AUTH.OUTSIDE_DIVISION'],
      ['a code already taken', countyAdmin, officeBody('CY-P1'), 409, 'REGISTRATION_OFFICE.CODE_TAKEN'],
      ['an unknown kind', countyAdmin, officeBody('X-3', { kind: 'BEACH_POINT' }), 400, 'VALIDATION.FAILED'],
      ['no opening day', countyAdmin, officeBody('X-4', { openedOn: undefined }), 400, 'VALIDATION.FAILED'],
    ])('refuses %s and stores nothing', async (_label, token, body, status, code) => {
      const before = await rowCount(h.dataSource, 'registration_office', 'true', []);
      const res = await h.http().post('/api/v1/registration-offices').set('Authorization', token).send(body).expect(status);
      expect(res.body.code).toBe(code);
      expect(await rowCount(h.dataSource, 'registration_office', 'true', [])).toBe(before);
    });

    it('refuses to close an office twice or before it opened', async () => {
      const again = await h.http().post(`/api/v1/registration-offices/${closedPoint}/close`).set('Authorization', countyAdmin).send({ closedOn: '2024-06-01' }).expect(409);
      expect(again.body.code).toBe('REGISTRATION_OFFICE.ALREADY_CLOSED');
      const early = await h.http().post(`/api/v1/registration-offices/${parkPoint}/close`).set('Authorization', countyAdmin).send({ closedOn: '2024-02-14' }).expect(422);
      expect(early.body).toMatchObject({ code: 'REGISTRATION_OFFICE.CLOSES_BEFORE_OPENING', errors: [{ field: 'closedOn' }] });
      expect((await h.http().get(`/api/v1/registration-offices/${parkPoint}`).set('Authorization', operator).expect(200)).body.closedOn).toBeNull();
    });
  });

  describe('a marriage names where it was registered', () => {
    it('records the office of the registration', async () => {
      const res = await marry(1, parkPoint).expect(201);
      expect(res.body.officeId).toBe(parkPoint);
      expect(await rowCount(h.dataSource, 'marriage', 'id = $1 AND office_id = $2', [res.body.id, parkPoint])).toBe(1);
    });

    it.each([
      ['an office that does not exist', 2, () => '6f1d2c3b-0000-4000-8000-000000000000', 422, 'REGISTRATION_OFFICE.UNKNOWN'],
      ['an office closed before today', 3, () => closedPoint, 422, 'REGISTRATION_OFFICE.CLOSED'],
      ['a point that opens next month', 4, () => futurePoint, 422, 'REGISTRATION_OFFICE.NOT_YET_OPEN'],
      ['no office', 5, () => undefined, 400, 'VALIDATION.FAILED'],
      ['an office id that is not a UUID', 6, () => 'CY-00', 400, 'VALIDATION.FAILED'],
    ])('refuses %s with the field, storing and emitting nothing', async (_label, seq, officeId, status, code) => {
      const res = await marry(seq, officeId()).expect(status);
      expect(res.body.code).toBe(code);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('officeId');
      expect(await rowCount(h.dataSource, 'marriage', '$1 IN (party_a_resident_id, party_b_resident_id)', [man(seq)])).toBe(0);
      expect(await rowCount(h.dataSource, 'outbox', `envelope->'data'->'partyResidentIds' ? $1`, [man(seq)])).toBe(0);
    });
  });

  describe('a divorce names where it was received and where it was registered', () => {
    it('records the receiving office, and registers at it unless another is named', async () => {
      const first = (await marry(7, office).expect(201)).body.id;
      const second = (await marry(8, office).expect(201)).body.id;
      const apply = (marriageId: string, seq: number, officeId: string) =>
        h.http().post('/api/v1/divorces').set('Authorization', operator).send({ marriageId, partyResidentIds: [man(seq), woman(seq)], bothPartiesPresent: true, officeId });
      const closed = await apply(first, 7, closedPoint).expect(422);
      expect(closed.body).toMatchObject({ code: 'REGISTRATION_OFFICE.CLOSED', errors: [{ field: 'officeId' }] });
      expect(await rowCount(h.dataSource, 'divorce', 'marriage_id = $1', [first])).toBe(0);

      const a = (await apply(first, 7, office).expect(201)).body;
      const b = (await apply(second, 8, office).expect(201)).body;
      expect(a).toMatchObject({ officeId: office, registrationOfficeId: null });
      h.clock.set('2024-07-01');
      try {
        const register = (d: { id: string }, seq: number, extra: Record<string, unknown>) =>
          h.http().post(`/api/v1/divorces/${d.id}/register`).set('Authorization', operator).send({ partyResidentIds: [man(seq), woman(seq)], bothPartiesPresent: true, ...extra });
        expect((await register(a, 7, {}).expect(200)).body.registrationOfficeId).toBe(office);
        expect((await register(b, 8, { officeId: closedPoint }).expect(422)).body.code).toBe('REGISTRATION_OFFICE.CLOSED');
        expect((await register(b, 8, { officeId: futurePoint }).expect(200)).body.registrationOfficeId).toBe(futurePoint);
      } finally {
        h.clock.set('2024-05-20');
      }
    });
  });
});
