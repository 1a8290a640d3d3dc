import { residentId } from '../../../test/support/resident-ids';
import { addPayrollFigures } from './payroll-policies';
import { bearer, startHarness, type Harness } from './harness';

// The payroll as the console reads it: the city's payroll, run and approved by city officials,
// seen by each district as its own households' lines (a page at a time) and their totals.
describe('payroll reads by division', () => {
  let h: Harness;
  const cityClerk = bearer(['operator'], 'clerk-city', '110100');
  const cityApprover = bearer(['approver'], 'approver-city', '110100');
  const runner = bearer(['approver'], 'runner-city', '110100');
  const chaoyang = bearer(['operator'], 'clerk-cy', '110105');
  const haidian = bearer(['operator'], 'clerk-hd', '110108');

  async function tekun(resident: string, regionCode: string): Promise<void> {
    const member = { residentId: resident, name: '郑某', relation: 'APPLICANT', incomes: [], categories: [] };
    const householdId = (await h.http().post('/api/v1/households').set('Authorization', cityClerk).send({ area: 'RURAL', regionCode, financialAssetsFen: 0, members: [member] }).expect(201)).body.id;
    const id = (await h.http().post('/api/v1/tekun/applications').set('Authorization', cityClerk).send({ householdId, residentId: resident, careForm: 'DISPERSED', unableActivities: 5, hasAbleSupporter: false }).expect(201)).body.id;
    await h.http().post(`/api/v1/tekun/applications/${id}/approve`).set('Authorization', cityApprover).expect(200);
  }

  beforeAll(async () => {
    h = await startHarness('sa_payroll_reads', '2024-07-20');
    await addPayrollFigures(h);
    await tekun(residentId('110105', '19450505', 1), '110105001');
    await tekun(residentId('110105', '19460606', 2), '110105002');
    await tekun(residentId('110108', '19470707', 3), '110108001');
    h.clock.set('2024-08-20');
    await h.http().post('/api/v1/payrolls').set('Authorization', runner).send({ month: '2024-08' }).expect(201);
  });

  afterAll(async () => {
    await h?.close();
  });

  const summary = (token: string, month = '2024-08') => h.http().get(`/api/v1/payrolls/${month}/summary`).set('Authorization', token);
  const lines = (token: string, query: Record<string, number> = {}) => h.http().get('/api/v1/payrolls/2024-08/lines').query(query).set('Authorization', token);

  it('totals the lines within the caller’s division, with who ran the payroll', async () => {
    const cy = (await summary(chaoyang).expect(200)).body;
    expect(cy).toMatchObject({ month: '2024-08', status: 'RUN', runBy: ['runner-city'], approvedBy: null, lines: 2, totalFen: 2 * 155_600, byKind: [{ kind: 'TEKUN', lines: 2, totalFen: 311_200 }] });
    expect(cy.paid).toEqual({ lines: 0, totalFen: 0 });
    expect((await summary(haidian).expect(200)).body).toMatchObject({ lines: 1, totalFen: 155_600 });
    expect((await summary(cityClerk).expect(200)).body.lines).toBe(3);
    expect((await summary(chaoyang, '2024-07').expect(200)).body).toMatchObject({ status: 'NOT_RUN', lines: 0, runBy: [] });
  });

  it('pages the division’s lines and shows another district none of them', async () => {
    const first = (await lines(chaoyang, { pageSize: 1 }).expect(200)).body;
    expect([first.total, first.items.length, first.items[0].regionCode.startsWith('110105'), first.items[0].lineType, first.items[0].paymentStatus]).toEqual([2, 1, true, 'REGULAR', null]);
    const second = (await lines(chaoyang, { page: 2, pageSize: 1 }).expect(200)).body;
    expect(second.items[0].lineId).not.toBe(first.items[0].lineId);
    const hd = (await lines(haidian).expect(200)).body;
    expect([hd.total, hd.items.map((l: { regionCode: string }) => l.regionCode)]).toEqual([1, ['110108001']]);
  });

  it('refuses a bad month or page with the field, and approval by a district official', async () => {
    const bad = await h.http().get('/api/v1/payrolls/2024-13/lines').set('Authorization', chaoyang).expect(400);
    expect([bad.headers['content-type'], bad.body.errors[0].field]).toEqual([expect.stringContaining('application/problem+json'), 'month']);
    expect((await lines(chaoyang, { pageSize: 0 }).expect(400)).body.errors[0].field).toBe('pageSize');
    const district = await h.http().post('/api/v1/payrolls/2024-08/approve').set('Authorization', bearer(['approver'], 'approver-cy', '110105')).expect(403);
    expect(district.body.code).toBe('AUTH.OUTSIDE_DIVISION');
    await h.http().post('/api/v1/payrolls/2024-08/approve').set('Authorization', cityApprover).expect(200);
    expect((await summary(chaoyang).expect(200)).body).toMatchObject({ status: 'APPROVED', approvedBy: 'approver-city' });
  });
});
