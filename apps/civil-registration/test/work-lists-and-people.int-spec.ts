// The registration office's divorce work list and the person view (一人一档) of civil
// registration (issue 16): a Page within the caller's division, states judged by the clock.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, openOffice, startHarness, type Harness } from './harness';

const man = (seq: number): string => residentId('110105', '19880101', seq * 2 + 1);
const woman = (seq: number): string => residentId('110105', '19900101', seq * 2);
type PageBody = { items: Array<{ id: string; [key: string]: unknown }>; total: number; page: number; pageSize: number };

describe('civil-registration work lists and people', () => {
  let h: Harness;
  const county = bearer(['operator'], 'clerk-1', '110105');
  const townA = bearer(['operator'], 'clerk-a', '110105001');
  const townB = bearer(['auditor'], 'auditor-b', '110105002');
  const townBClerk = bearer(['operator'], 'clerk-b', '110105002');
  const divorces: Record<'a1' | 'a2' | 'aWithdrawn' | 'b1', string> = { a1: '', a2: '', aWithdrawn: '', b1: '' };
  let officeId: string;

  const get = async (path: string, token = county, status = 200) => (await h.http().get(path).set('Authorization', token).expect(status)).body;
  /** 一人一档 of a person: the resident ID travels in the body, never in the URL. */
  const file = async (residentId: string, token = county, status = 200) => (await h.http().post('/api/v1/people/file').set('Authorization', token).send({ residentId }).expect(status)).body;
  const list = async (query: string, token = county): Promise<PageBody> => get(`/api/v1/divorces?${query}`, token);
  const idsOf = (page: PageBody) => page.items.map((i) => i.id);

  async function divorce(seq: number, token: string): Promise<string> {
    const parties = [man(seq), woman(seq)];
    const marriageId = (await h.http().post('/api/v1/marriages').set('Authorization', county).send({ kind: 'REGISTRATION', partyResidentIds: parties, declaredKinship: 'NONE', bothPartiesPresent: true, officeId }).expect(201)).body.id;
    return (await h.http().post('/api/v1/divorces').set('Authorization', token).send({ marriageId, partyResidentIds: parties, bothPartiesPresent: true, officeId }).expect(201)).body.id;
  }

  beforeAll(async () => {
    h = await startHarness('cr_work_lists', '2024-03-18');
    officeId = await openOffice(h);
    await h.policy.add({ key: 'civil-registration.divorce.cooling-off-days', value: 30, effectiveFrom: '2021-01-01' });
    await h.policy.add({ key: 'civil-registration.divorce.certificate-window-days', value: 30, effectiveFrom: '2021-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    // Received on Monday 2024-03-18: cooling-off to 04-17, certificate to 05-17 (working days).
    divorces.a1 = await divorce(1, townA);
    divorces.b1 = await divorce(2, townBClerk);
    divorces.aWithdrawn = await divorce(3, townA);
    await h.http().post(`/api/v1/divorces/${divorces.aWithdrawn}/withdraw`).set('Authorization', townA).send({ residentId: man(3) }).expect(200);
    h.clock.set('2024-03-20');
    divorces.a2 = await divorce(4, townA);
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('GET /api/v1/divorces', () => {
    it('lists the cooling-off applications of the caller’s office, the nearest end first, with the certificate window', async () => {
      h.clock.set('2024-03-25');
      const a = await list('status=COOLING_OFF', townA);
      expect(a).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(idsOf(a)).toEqual([divorces.a1, divorces.a2]);
      expect(a.items[0]).toMatchObject({
        state: 'COOLING_OFF',
        status: 'APPLIED',
        appliedOn: '2024-03-18',
        coolingOffEndsOn: '2024-04-17',
        certificateWindowOpensOn: '2024-04-18',
        certificateDeadline: '2024-05-17',
        divisionCode: '110105001',
        partyResidentIds: [maskResidentId(man(1)), maskResidentId(woman(1))],
      });
      expect(idsOf(await list('status=COOLING_OFF', townB))).toEqual([divorces.b1]);
      expect(idsOf(await list('status=COOLING_OFF')).sort()).toEqual([divorces.a1, divorces.a2, divorces.b1].sort());
      expect(JSON.stringify(a)).not.toMatch(/\d{17}[\dX]/);
    });

    it('pages with the total', async () => {
      const first = await list('status=COOLING_OFF&pageSize=2');
      const second = await list('status=COOLING_OFF&pageSize=2&page=2');
      expect([first.total, second.total, first.items.length, second.items.length]).toEqual([3, 3, 2, 1]);
      expect(second).toMatchObject({ page: 2, pageSize: 2 });
      expect([...idsOf(first), ...idsOf(second)].sort()).toEqual([divorces.a1, divorces.a2, divorces.b1].sort());
      // Without a state: every application of the division, the newest first.
      const all = await list('', townA);
      expect(all.total).toBe(3);
      expect(idsOf(all)[0]).toBe(divorces.a2);
      expect(idsOf(await list('status=WITHDRAWN', townA))).toEqual([divorces.aWithdrawn]);
    });

    it('moves applications from cooling-off to awaiting the certificate to deemed withdrawn by the clock', async () => {
      h.clock.set('2024-04-18');
      expect(idsOf(await list('status=AWAITING_CERTIFICATE', townA))).toEqual([divorces.a1]);
      expect(idsOf(await list('status=COOLING_OFF', townA))).toEqual([divorces.a2]);
      h.clock.set('2024-05-18');
      // Past its deadline, shown deemed withdrawn before the expiry job has recorded it.
      const lapsed = await list('status=DEEMED_WITHDRAWN', townA);
      expect(lapsed.items).toEqual([expect.objectContaining({ id: divorces.a1, state: 'DEEMED_WITHDRAWN', status: 'APPLIED' })]);
      expect((await list('status=AWAITING_CERTIFICATE', townA)).items).toEqual([expect.objectContaining({ id: divorces.a2 })]);
      expect((await list('status=COOLING_OFF')).total).toBe(0);
    });

    it('lists for a month the applications with a day of their calendar in it (离婚日历)', async () => {
      // a1 and aWithdrawn: cooling-off to 04-17, certificate 04-18 to 05-17; a2: to 04-19, 04-20 to 05-19.
      expect(idsOf(await list('month=2024-04&pageSize=100', townA)).sort()).toEqual([divorces.a1, divorces.a2, divorces.aWithdrawn].sort());
      expect(idsOf(await list('month=2024-05&status=DEEMED_WITHDRAWN', townA))).toEqual([divorces.a1]);
      expect(idsOf(await list('month=2024-04&status=WITHDRAWN', townA))).toEqual([divorces.aWithdrawn]);
      expect((await list('month=2024-03', townA)).total).toBe(0);
      expect((await list('month=2024-06', townA)).total).toBe(0);
      expect(idsOf(await list('month=2024-04', townB))).toEqual([divorces.b1]);
    });

    it.each([
      ['month=2024-13', 'month'],
      ['status=APPLIED', 'status'],
      ['page=0', 'page'],
      ['pageSize=1000', 'pageSize'],
      ['marriageId=x', 'marriageId'],
    ])('refuses %s with 400 VALIDATION.FAILED naming %s', async (query, field) => {
      const body = await get(`/api/v1/divorces?${query}`, county, 400);
      expect(body.code).toBe('VALIDATION.FAILED');
      expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('is typed as a page in OpenAPI', async () => {
      const doc = await get('/api/docs-json');
      expect(doc.paths['/api/v1/divorces'].get.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/DivorceWorkItemPage');
      expect(doc.components.schemas.DivorceWorkItemPage.properties.items.items.$ref).toBe('#/components/schemas/DivorceWorkItem');
    });
  });

  describe('GET /api/v1/people', () => {
    it('answers the marriages and divorce applications of a living person', async () => {
      h.clock.set('2024-05-18');
      const person = await file(man(3), townB);
      expect(person).toMatchObject({ residentId: maskResidentId(man(3)), name: null, maritalStatus: 'MARRIED', death: null, funeralBenefits: [] });
      expect(person.marriages).toEqual([expect.objectContaining({ status: 'ACTIVE', partyResidentIds: [maskResidentId(man(3)), maskResidentId(woman(3))] })]);
      expect(person.divorces).toEqual([expect.objectContaining({ id: divorces.aWithdrawn, state: 'WITHDRAWN' })]);
      expect(JSON.stringify(person)).not.toMatch(/\d{17}[\dX]/);
    });

    it('adds the death and the funeral benefit granted for it', async () => {
      const death = { residentId: woman(4), name: '王秀英', ethnicity: 'HAN', dateOfDeath: '2024-05-16', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' };
      await h.http().post('/api/v1/deaths').set('Authorization', townA).send(death).expect(201);
      const person = await waitFor('the funeral benefit', async () => {
        const body = await file(woman(4));
        return body.funeralBenefits.length > 0 && body;
      });
      expect(person).toMatchObject({ name: '王*英', death: { dateOfDeath: '2024-05-16', divisionCode: '110105001' }, funeralBenefits: [{ amountFen: 100_000, basis: 'BASIC' }] });
      expect(person.divorces).toEqual([expect.objectContaining({ id: divorces.a2 })]);
    });

    it('answers 404 PERSON.NOT_FOUND for a person without a record, 400 for a bad ID', async () => {
      expect((await file(residentId('110105', '19700101', 77), county, 404)).code).toBe('PERSON.NOT_FOUND');
      expect((await file('not-an-id', county, 400)).errors).toEqual([expect.objectContaining({ field: 'residentId' })]);
      expect((await file(man(1), bearer(['canteen-operator'], 'cashier', '110105'), 403)).code).toBe('AUTH.FORBIDDEN');
    });

    it('searches the death records of the caller’s division by name', async () => {
      const found = await get(`/api/v1/people?name=${encodeURIComponent('秀')}`, townA);
      expect(found).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ residentId: maskResidentId(woman(4)), name: '王*英', record: 'DEATH', divisionCode: '110105001' }] });
      expect((await get(`/api/v1/people?name=${encodeURIComponent('秀')}`, townB)).total).toBe(0);
      expect((await get(`/api/v1/people?name=${encodeURIComponent('秀')}&page=2`, county)).items).toEqual([]);
      expect((await get('/api/v1/people?name=', county, 400)).errors[0].field).toBe('name');
    });
  });
});
