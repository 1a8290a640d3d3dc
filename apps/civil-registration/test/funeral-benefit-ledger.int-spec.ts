import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, startHarness, type Harness } from './harness';

// 惠民殡葬's ledger for the console: the benefits of the deaths a division recorded, a page at a
// time, by month and status; one benefit in full; and another district refused.
type Item = { id: string; residentId: string; deceasedName: string; divisionCode: string; amountFen: number; status: string; grantedOn: string; paymentStatus: string | null };

describe('funeral benefit ledger', () => {
  let h: Harness;
  const chaoyang = bearer(['operator'], 'clerk-cy', '110105');
  const chaoyangApprover = bearer(['approver'], 'approver-cy', '110105');
  const haidian = bearer(['operator', 'approver'], 'clerk-hd', '110108');
  const ids = { a: residentId('110105', '19400101', 401), b: residentId('110105', '19410101', 402), c: residentId('110108', '19420101', 403) };
  const son = residentId('110105', '19700101', 404);

  beforeAll(async () => {
    h = await startHarness('cr_funeral_ledger', '2024-07-15');
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2020-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 150_000, effectiveFrom: '2020-01-01' });
    const death = (token: string, id: string, name: string) =>
      h.http().post('/api/v1/deaths').set('Authorization', token).send({ residentId: id, name, ethnicity: 'HAN', dateOfDeath: '2024-07-10', placeOfDeath: '家中', disposal: 'CREMATION', source: 'VILLAGE' }).expect(201);
    await death(chaoyang, ids.a, '李建国');
    await death(chaoyang, ids.b, '王秀兰');
    await death(haidian, ids.c, '赵德明');
    await waitFor('three benefits granted', async () => (await h.dataSource.query('SELECT count(*)::int AS n FROM funeral_benefit'))[0].n === 3);
  });

  afterAll(async () => {
    await h?.close();
  });

  const ledger = (token: string, query: Record<string, string | number> = {}) => h.http().get('/api/v1/funeral-benefits/ledger').query(query).set('Authorization', token);

  it('lists the division’s benefits a page at a time, masked, with the total', async () => {
    const first = await ledger(chaoyang, { pageSize: 1 }).expect(200);
    expect([first.body.total, first.body.items.length, first.body.page, first.body.pageSize]).toEqual([2, 1, 1, 1]);
    const both = (await ledger(chaoyang).expect(200)).body.items as Item[];
    expect(both.map((i) => i.deceasedName).sort()).toEqual(['李*国', '王*兰'].sort());
    expect(both.every((i) => i.divisionCode === '110105' && i.amountFen === 100_000 && i.status === 'GRANTED' && i.paymentStatus === null)).toBe(true);
    expect(both.map((i) => i.residentId)).not.toContain(ids.a);
    expect((await ledger(haidian).expect(200)).body.items.map((i: Item) => i.deceasedName)).toEqual(['赵*明']);
  });

  it('filters by the month granted and by status, and refuses a bad filter', async () => {
    expect((await ledger(chaoyang, { month: '2024-07' }).expect(200)).body.total).toBe(2);
    expect((await ledger(chaoyang, { month: '2024-06' }).expect(200)).body.total).toBe(0);
    const bad = await ledger(chaoyang, { month: '2024-13', status: 'PAID' }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['month', 'status']);
  });

  it('shows one benefit in full to its division, with who recorded the claimant, and refuses another district', async () => {
    const item = ((await ledger(chaoyang).expect(200)).body.items as Item[]).find((i) => i.deceasedName === '李*国')!;
    await h.http().post(`/api/v1/funeral-benefits/${item.id}/claimant`).set('Authorization', chaoyang).send({ residentId: son, name: '李明', relation: 'CHILD' }).expect(204);
    const detail = await h.http().get(`/api/v1/funeral-benefits/${item.id}`).set('Authorization', chaoyang).expect(200);
    expect(detail.body).toMatchObject({ id: item.id, deceasedName: '李*国', divisionCode: '110105', status: 'CLAIMED', claimantName: '李*', claimRecordedBy: 'clerk-cy', payments: [] });
    expect((await ledger(chaoyang, { status: 'CLAIMED' }).expect(200)).body.items.map((i: Item) => i.id)).toEqual([item.id]);

    const outside = await h.http().get(`/api/v1/funeral-benefits/${item.id}`).set('Authorization', haidian).expect(403);
    expect(outside.body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await h.http().post(`/api/v1/funeral-benefits/${item.id}/approve`).set('Authorization', haidian).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    await h.http().post(`/api/v1/funeral-benefits/${item.id}/approve`).set('Authorization', chaoyangApprover).expect(204);
    expect((await h.http().get(`/api/v1/funeral-benefits/${item.id}`).set('Authorization', chaoyang).expect(200)).body.status).toBe('APPROVED');
  });
});
