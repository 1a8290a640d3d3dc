import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, openOffice, rowCount, startHarness, type Harness } from './harness';

const MARRIED = 'civil-registration.marriage.registered.v1';
// 17th digit odd = man, even = woman.
const man = (birth: string, seq: number): string => residentId('110105', birth, seq * 2 + 1);
const woman = (birth: string, seq: number): string => residentId('110105', birth, seq * 2);
const wrongCheck = (id: string): string => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

describe('marriage registration (POST /api/v1/marriages)', () => {
  let h: Harness;
  const operator = bearer(['operator']);
  let officeId: string;

  beforeAll(async () => {
    h = await startHarness('cr_marriages', '2024-05-20');
    officeId = await openOffice(h);
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 100_000, effectiveFrom: '2000-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  function marry(a: string, b: string, overrides: Record<string, unknown> = {}) {
    return h.http().post('/api/v1/marriages').set('Authorization', operator).send({ kind: 'REGISTRATION', partyResidentIds: [a, b], declaredKinship: 'NONE', bothPartiesPresent: true, officeId, ...overrides });
  }

  async function marriagesOf(id: string): Promise<number> {
    return rowCount(h.dataSource, 'marriage', '$1 IN (party_a_resident_id, party_b_resident_id)', [id]);
  }

  async function marriageEventsOf(id: string): Promise<number> {
    return rowCount(h.dataSource, 'outbox', `routing_key = $1 AND envelope->'data'->'partyResidentIds' ? $2`, [MARRIED, id]);
  }

  it('registers a marriage and publishes it', async () => {
    const [a, b] = [man('19950101', 1), woman('19970101', 1)];
    const res = await marry(a, b, { kind: 'RETROACTIVE' }).expect(201);
    expect(res.body).toMatchObject({ kind: 'RETROACTIVE', partyResidentIds: [maskResidentId(a), maskResidentId(b)], registeredOn: '2024-05-20', status: 'ACTIVE', dissolvedOn: null });
    const event = await waitFor('marriage event', () => h.eventsOf(MARRIED).find((e) => e.data.marriageId === res.body.id));
    expect(event!.data).toEqual({ marriageId: res.body.id, kind: 'RETROACTIVE', partyResidentIds: [a, b], registeredOn: '2024-05-20' });
    await h.http().get(`/api/v1/marriages/${res.body.id}`).set('Authorization', operator).expect(200);
    const list = await h.http().post('/api/v1/marriages/search').set('Authorization', operator).send({ residentId: b }).expect(200);
    expect(list.body.map((m: { id: string }) => m.id)).toEqual([res.body.id]);
  });

  it('accepts a man on his 22nd birthday and a woman on her 20th', async () => {
    await marry(man('20020520', 2), woman('20040520', 2)).expect(201);
  });

  describe('refusals: status, code, nothing stored, no event', () => {
    const married = { a: man('19900101', 3), b: woman('19920101', 3) };
    const deceased = woman('19930303', 4);

    beforeAll(async () => {
      await marry(married.a, married.b).expect(201);
      await h
        .http()
        .post('/api/v1/deaths')
        .set('Authorization', operator)
        .send({ residentId: deceased, name: '王芳', ethnicity: 'HAN', dateOfDeath: '2024-05-01', placeOfDeath: '医院', disposal: 'CREMATION', source: 'HOSPITAL' })
        .expect(201);
    });

    it.each([
      ['a man the day before his 22nd birthday', () => [man('20020521', 5), woman('19990101', 5)], {}, 'MARRIAGE.UNDER_LEGAL_AGE'],
      ['a woman the day before her 20th birthday', () => [man('19990101', 6), woman('20040521', 6)], {}, 'MARRIAGE.UNDER_LEGAL_AGE'],
      ['a party who is currently married', () => [married.a, woman('19980101', 7)], {}, 'MARRIAGE.ALREADY_MARRIED'],
      ['a deceased party', () => [man('19900202', 8), deceased], {}, 'MARRIAGE.PARTY_DECEASED'],
      ['a declared prohibited kinship', () => [man('19900303', 9), woman('19910303', 9)], { declaredKinship: 'COLLATERAL_WITHIN_THREE_GENERATIONS' }, 'MARRIAGE.PROHIBITED_KINSHIP'],
      ['parties not both present', () => [man('19900404', 10), woman('19910404', 10)], { bothPartiesPresent: false }, 'MARRIAGE.PARTIES_NOT_PRESENT'],
      ['two men', () => [man('19900505', 11), man('19910505', 11)], {}, 'MARRIAGE.SAME_SEX'],
    ])('refuses %s', async (_label, parties, overrides, code) => {
      const [a, b] = parties();
      const res = await marry(a, b, overrides).expect(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe(code);
      const other = a === married.a ? b : a;
      expect(await marriagesOf(other)).toBe(0);
      expect(await marriageEventsOf(other)).toBe(0);
    });

    it('refuses the same person twice', async () => {
      const a = man('19900606', 12);
      expect((await marry(a, a).expect(422)).body.code).toBe('MARRIAGE.SAME_PERSON');
      expect(await marriagesOf(a)).toBe(0);
      expect(await marriageEventsOf(a)).toBe(0);
    });

    it.each([
      ['one party only', { partyResidentIds: [man('19900707', 13)] }],
      ['a resident ID with a wrong check character', { partyResidentIds: [man('19900707', 13), wrongCheck(woman('19910707', 13))] }],
      ['an unknown kind', { kind: 'CIVIL_UNION' }],
    ])('refuses %s with VALIDATION.FAILED', async (_label, overrides) => {
      const res = await marry(man('19900707', 13), woman('19910707', 13), overrides).expect(400);
      expect(res.body.code).toBe('VALIDATION.FAILED');
      expect(await marriagesOf(man('19900707', 13))).toBe(0);
    });
  });

  it('lets a widow(er) marry again once the spouse’s death is recorded', async () => {
    const [a, b] = [man('19600101', 14), woman('19620101', 14)];
    await marry(a, b).expect(201);
    expect((await marry(man('19610101', 15), b).expect(422)).body.code).toBe('MARRIAGE.ALREADY_MARRIED');
    await h
      .http()
      .post('/api/v1/deaths')
      .set('Authorization', operator)
      .send({ residentId: a, name: '赵强', ethnicity: 'HAN', dateOfDeath: '2024-04-01', placeOfDeath: '家中', disposal: 'CREMATION', source: 'VILLAGE' })
      .expect(201);
    await marry(man('19610101', 15), b, { kind: 'REGISTRATION' }).expect(201);
  });

  it('registers only one of two concurrent marriages of the same man', async () => {
    const a = man('19880101', 16);
    const results = await Promise.all([marry(a, woman('19890101', 16)), marry(a, woman('19890202', 17))]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(await marriagesOf(a)).toBe(1);
    expect(await marriageEventsOf(a)).toBe(1);
  });

  it('re-issues a certificate (补领) to a party of an existing marriage only', async () => {
    const [a, b] = [man('19850101', 18), woman('19860101', 18)];
    const marriage = await marry(a, b).expect(201);
    const url = `/api/v1/marriages/${marriage.body.id}/certificate-reissues`;
    const res = await h.http().post(url).set('Authorization', operator).send({ requestedByResidentId: b, officeId }).expect(201);
    expect(res.body).toMatchObject({ marriageId: marriage.body.id, requestedByResidentId: maskResidentId(b), reissuedOn: '2024-05-20' });
    const stranger = man('19850202', 19);
    expect((await h.http().post(url).set('Authorization', operator).send({ requestedByResidentId: stranger, officeId }).expect(422)).body.code).toBe('MARRIAGE.NOT_A_PARTY');
    const unknown = '6f1d2c3b-0000-4000-8000-000000000000';
    expect((await h.http().post(`/api/v1/marriages/${unknown}/certificate-reissues`).set('Authorization', operator).send({ requestedByResidentId: a, officeId }).expect(404)).body.code).toBe('MARRIAGE.NOT_FOUND');
    expect(await rowCount(h.dataSource, 'marriage_certificate_reissue', 'marriage_id = $1', [marriage.body.id])).toBe(1);
  });
});
