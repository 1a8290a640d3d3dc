import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { bearer, openOffice, rowCount, startHarness, type Harness } from './harness';

const man = (seq: number): string => residentId('110105', '19900101', seq * 2 + 1);
const woman = (seq: number): string => residentId('110105', '19920101', seq * 2);
const UNKNOWN = '6f1d2c3b-0000-4000-8000-000000000000';

// Today is 2024-05-20.
describe('ceremonies, premarital counselling and divorce mediation', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1', '110105');
  let office: string;
  let closedPoint: string;
  const marriages: string[] = [];

  const post = (path: string, body: unknown, token = clerk) => h.http().post(path).set('Authorization', token).send(body as object);
  const marry = async (seq: number): Promise<string> =>
    (await post('/api/v1/marriages', { kind: 'REGISTRATION', partyResidentIds: [man(seq), woman(seq)], declaredKinship: 'NONE', bothPartiesPresent: true, officeId: office }).expect(201)).body.id;

  beforeAll(async () => {
    h = await startHarness('cr_ceremonies', '2024-05-20');
    await h.policy.add({ key: 'civil-registration.divorce.cooling-off-days', value: 30, effectiveFrom: '2021-01-01' });
    await h.policy.add({ key: 'civil-registration.divorce.certificate-window-days', value: 30, effectiveFrom: '2021-01-01' });
    office = await openOffice(h);
    closedPoint = await openOffice(h, { kind: 'POINT', openedOn: '2020-01-01' });
    await post(`/api/v1/registration-offices/${closedPoint}/close`, { closedOn: '2024-05-01' }, bearer(['admin'], 'root', '110000')).expect(200);
    for (const seq of [1, 2, 3]) marriages.push(await marry(seq));
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('certificate ceremonies', () => {
    const ceremony = (overrides: Record<string, unknown> = {}) => post('/api/v1/ceremonies', { kind: 'GROUP', heldOn: '2024-05-20', officeId: office, theme: '“520”集体颁证仪式', marriageIds: marriages.slice(0, 2), ...overrides });

    it('records a group ceremony with its couples and lists ceremonies paged', async () => {
      const res = await ceremony().expect(201);
      expect(res.body).toMatchObject({ kind: 'GROUP', kindLabel: '集体颁证', heldOn: '2024-05-20', officeId: office, marriageIds: [...marriages.slice(0, 2)].sort() });
      await ceremony({ kind: 'OTHER', marriageIds: [marriages[2]], theme: '个性化颁证' }).expect(201);
      const page = await h.http().get('/api/v1/ceremonies?kind=GROUP').set('Authorization', clerk).expect(200);
      expect(page.body).toMatchObject({ total: 1, items: [{ id: res.body.id }] });
      expect((await h.http().get(`/api/v1/ceremonies/${res.body.id}`).set('Authorization', clerk).expect(200)).body).toEqual(res.body);
      expect(await rowCount(h.dataSource, 'audit_log', `action = 'ceremony.recorded'`, [])).toBe(2);
    });

    it.each([
      ['a group ceremony of one couple', () => ({ marriageIds: [marriages[0]] }), 422, 'CEREMONY.TOO_FEW_COUPLES', 'marriageIds'],
      ['an unknown marriage', () => ({ marriageIds: [marriages[0], UNKNOWN] }), 422, 'CEREMONY.UNKNOWN_MARRIAGE', 'marriageIds.1'],
      ['a ceremony tomorrow', () => ({ heldOn: '2024-05-21' }), 422, 'CEREMONY.DATE_IN_FUTURE', 'heldOn'],
      ['a couple married after the ceremony', () => ({ heldOn: '2024-05-19' }), 422, 'CEREMONY.MARRIAGE_AFTER_CEREMONY', 'marriageIds.0'],
      ['a point closed on the day', () => ({ officeId: closedPoint }), 422, 'REGISTRATION_OFFICE.CLOSED', 'officeId'],
      ['the same couple twice', () => ({ marriageIds: [marriages[0], marriages[0]] }), 400, 'VALIDATION.FAILED', 'marriageIds'],
    ])('refuses %s with the field, storing nothing', async (_label, overrides, status, code, field) => {
      const res = await ceremony(overrides()).expect(status);
      expect(res.body.code).toBe(code);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await rowCount(h.dataSource, 'ceremony', 'true', [])).toBe(2);
    });
  });

  describe('premarital counselling', () => {
    const counsel = (parties: string[], officeId = office) => post('/api/v1/premarital-counselling', { partyResidentIds: parties, officeId, counsellor: '李老师' });

    it('records sessions of a couple, masked, listed paged', async () => {
      const res = await counsel([woman(11), man(11)]).expect(201);
      expect(res.body).toMatchObject({ partyResidentIds: [man(11), woman(11)].sort().map(maskResidentId), heldOn: '2024-05-20', officeId: office, counsellor: '李老师' });
      await counsel([man(11), woman(11)]).expect(201);
      const page = await h.http().get('/api/v1/premarital-counselling?pageSize=1').set('Authorization', clerk).expect(200);
      expect(page.body).toMatchObject({ total: 2, pageSize: 1 });
    });

    it.each([
      ['the same person twice', () => [man(12), man(12)], () => office, 'COUNSELLING.SAME_PERSON', 'partyResidentIds'],
      ['a closed point', () => [man(13), woman(13)], () => closedPoint, 'REGISTRATION_OFFICE.CLOSED', 'officeId'],
    ])('refuses %s, storing nothing', async (_label, parties, officeId, code, field) => {
      expect((await counsel(parties(), officeId()).expect(422)).body).toMatchObject({ code, errors: [{ field }] });
      expect(await rowCount(h.dataSource, 'counselling_session', 'true', [])).toBe(2);
    });
  });

  describe('divorce mediation', () => {
    let open: string;
    let withdrawn: string;
    const mediate = (divorceId: string, token = clerk) => post('/api/v1/divorce-mediations', { divorceId, officeId: office, counsellor: '王老师', outcome: 'RECONCILED' }, token);

    beforeAll(async () => {
      const apply = async (seq: number) =>
        (await post('/api/v1/divorces', { marriageId: await marry(seq), partyResidentIds: [man(seq), woman(seq)], bothPartiesPresent: true, officeId: office }).expect(201)).body.id as string;
      open = await apply(21);
      withdrawn = await apply(22);
      await post(`/api/v1/divorces/${withdrawn}/withdraw`, { residentId: man(22) }).expect(200);
    });

    it('records a mediation on an application in cooling-off', async () => {
      const res = await mediate(open).expect(201);
      expect(res.body).toMatchObject({ divorceId: open, heldOn: '2024-05-20', outcome: 'RECONCILED', outcomeLabel: '和好', counsellor: '王老师' });
      expect((await h.http().get(`/api/v1/divorce-mediations?divorceId=${open}`).set('Authorization', clerk).expect(200)).body).toMatchObject({ total: 1, items: [{ id: res.body.id }] });
    });

    it.each([
      ['an unknown application', () => UNKNOWN, clerk, 422, 'MEDIATION.UNKNOWN_DIVORCE'],
      ['a withdrawn application', () => withdrawn, clerk, 422, 'MEDIATION.DIVORCE_NOT_OPEN'],
      ['an application of another county', () => open, bearer(['operator'], 'x', '110106'), 403, 'AUTH.OUTSIDE_DIVISION'],
    ])('refuses %s on divorceId, storing nothing', async (_label, id, token, status, code) => {
      expect((await mediate(id(), token).expect(status)).body).toMatchObject({ code, errors: [{ field: 'divorceId' }] });
      expect(await rowCount(h.dataSource, 'mediation_session', 'true', [])).toBe(1);
    });

    it('refuses an application past its certificate deadline', async () => {
      h.clock.set('2024-07-20');
      try {
        expect((await mediate(open).expect(422)).body.code).toBe('MEDIATION.DIVORCE_NOT_OPEN');
      } finally {
        h.clock.set('2024-05-20');
      }
    });
  });
});
