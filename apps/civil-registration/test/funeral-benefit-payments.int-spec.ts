import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, outboxCount, rowCount, startHarness, type Harness } from './harness';

// 惠民殡葬 through 一卡通: a granted benefit is paid to the claimant a clerk records, once another
// official approves; the bank's outcome comes back on its payment line, and a FAILED line is
// re-issued once, at once.
type Payment = { lineId: string; kind: string; month: string; amountFen: number; reissueOf: string | null; paymentStatus: string | null; paymentFailureReason: string | null; paymentOutcomeOn: string | null };
type Benefit = { id: string; amountFen: number; status: string; claimantResidentId: string | null; approvedBy: string | null; payments: Payment[] };

describe('funeral benefit payments (一卡通)', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1');
  const clerkWhoApproves = bearer(['operator', 'approver'], 'clerk-1');
  const approver = bearer(['approver'], 'approver-1');
  const deceased = residentId('110105', '19400101', 301);
  const son = residentId('110105', '19700101', 302);
  const envelope = { batchId: '7c1a2b3c-0000-4000-8000-000000000001', returnFileId: '7c1a2b3c-0000-4000-8000-000000000002' };
  let benefit: Benefit;

  beforeAll(async () => {
    h = await startHarness('cr_funeral_payments', '2024-07-15');
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2020-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 150_000, effectiveFrom: '2020-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  const benefitOf = async (): Promise<Benefit> => (await h.http().post('/api/v1/funeral-benefits/search').set('Authorization', clerk).send({ residentId: deceased }).expect(200)).body[0];
  const payables = () => h.eventsOf('civil-registration.payables.approved.v1').map((e) => e.data as PayablesApprovedV1);
  const claim = (token: string, body: object) => h.http().post(`/api/v1/funeral-benefits/${benefit.id}/claimant`).set('Authorization', token).send(body);
  const approve = (token = approver) => h.http().post(`/api/v1/funeral-benefits/${benefit.id}/approve`).set('Authorization', token);

  it('pays nobody until a claimant is recorded, and refuses the deceased as claimant', async () => {
    await h.http().post('/api/v1/deaths').set('Authorization', clerk).send({ residentId: deceased, name: '李建国', ethnicity: 'HAN', dateOfDeath: '2024-07-10', placeOfDeath: '家中', disposal: 'CREMATION', source: 'VILLAGE' }).expect(201);
    benefit = (await waitFor('the benefit', async () => (await benefitOf()) ?? null))!;
    expect(benefit).toMatchObject({ status: 'GRANTED', amountFen: 100_000, payments: [] });
    expect((await approve().expect(409)).body.code).toBe('FUNERAL_BENEFIT.NO_CLAIMANT');
    const self = await claim(clerk, { residentId: deceased, name: '李建国', relation: 'CHILD' }).expect(422);
    expect([self.body.code, self.body.errors[0].field]).toEqual(['FUNERAL_BENEFIT.CLAIMANT_IS_DECEASED', 'residentId']);
    const bad = await claim(clerk, { residentId: son, name: '李明', relation: 'NEIGHBOUR' }).expect(400);
    expect(bad.body.errors[0].field).toBe('relation');
    expect((await benefitOf()).status).toBe('GRANTED');
  });

  it('refuses approval by the clerk who recorded the claimant, then publishes the payable to the claimant once', async () => {
    await claim(clerk, { residentId: son, name: '李明', relation: 'CHILD' }).expect(204);
    expect(await benefitOf()).toMatchObject({ status: 'CLAIMED', claimantResidentId: maskResidentId(son) });
    expect((await approve(clerkWhoApproves).expect(403)).body.code).toBe('FUNERAL_BENEFIT.SAME_PERSON_APPROVAL');
    expect(await outboxCount(h.dataSource, 'civil-registration.payables.approved.v1', benefit.id)).toBe(0);

    await approve().expect(204);
    const chunks = (await waitFor('the payable', () => (payables().length > 0 ? payables() : null)))!;
    const [line] = (await benefitOf()).payments;
    expect(chunks).toEqual([
      { approvalId: benefit.id, month: '2024-07', approvedBy: 'approver-1', chunk: { index: 0, count: 1 }, lines: [{ lineId: line.lineId, programme: 'FUNERAL_BENEFIT', period: '2024-07', payee: { kind: 'PERSON', residentId: son }, amountFen: 100_000 }] },
    ]);
    expect((await approve().expect(409)).body.code).toBe('FUNERAL_BENEFIT.ALREADY_APPROVED');
    expect((await claim(clerk, { residentId: son, name: '李明', relation: 'CHILD' }).expect(409)).body.code).toBe('FUNERAL_BENEFIT.ALREADY_APPROVED');
    expect(await outboxCount(h.dataSource, 'civil-registration.payables.approved.v1', benefit.id)).toBe(1);
  });

  it('marks a FAILED line and re-issues it once at once; another service’s outcome changes nothing', async () => {
    const [line] = (await benefitOf()).payments;
    const outcome = { lineId: line.lineId, programme: 'FUNERAL_BENEFIT' as const, period: '2024-07', amountFen: 100_000 };
    const other = await h.publish('payments.line.failed.v1', { ...envelope, ownerService: 'elderly-care', returnedOn: '2024-08-02', lines: [{ ...outcome, reason: 'OTHER' }] }, 'x');
    await waitFor('the other service’s outcome consumed', async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [other.id])) === 1);
    expect((await benefitOf()).payments).toEqual([expect.objectContaining({ paymentStatus: null })]);
    const failed = { ...envelope, ownerService: 'civil-registration' as const, returnedOn: '2024-08-03', lines: [{ ...outcome, reason: 'ACCOUNT_CLOSED' as const }] };
    await h.publish('payments.line.failed.v1', failed, 'x');
    const after = (await waitFor('the re-issue', async () => ((await benefitOf()).payments.length === 2 ? (await benefitOf()).payments : null)))!;
    expect(after).toEqual([
      expect.objectContaining({ lineId: line.lineId, kind: 'BENEFIT', paymentStatus: 'FAILED', paymentFailureReason: 'ACCOUNT_CLOSED', paymentOutcomeOn: '2024-08-03' }),
      expect.objectContaining({ kind: 'REISSUE', month: '2024-07', amountFen: 100_000, reissueOf: line.lineId, paymentStatus: null }),
    ]);
    const reissue = after[1];
    const reissued = (await waitFor('the re-issue payable', () => payables().find((c) => c.approvalId === reissue.lineId) ?? null))!;
    expect(reissued.lines).toEqual([{ lineId: reissue.lineId, programme: 'FUNERAL_BENEFIT', period: '2024-07', payee: { kind: 'PERSON', residentId: son }, amountFen: 100_000, reissueOf: line.lineId }]);

    // The same line reported FAILED again (another return file) is not re-issued a second time.
    const again = await h.publish('payments.line.failed.v1', { ...failed, returnFileId: '7c1a2b3c-0000-4000-8000-000000000003' }, 'x');
    await waitFor('the second report consumed', async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [again.id])) === 1);
    await h.publish('payments.line.paid.v1', { ...envelope, ownerService: 'civil-registration', paidOn: '2024-08-20', lines: [{ ...outcome, lineId: reissue.lineId }] }, 'x');
    const paid = (await waitFor('the re-issue paid', async () => ((await benefitOf()).payments[1].paymentStatus === 'PAID' ? (await benefitOf()).payments : null)))!;
    expect(paid.map((p) => [p.kind, p.paymentStatus])).toEqual([
      ['BENEFIT', 'FAILED'],
      ['REISSUE', 'PAID'],
    ]);
    expect(await outboxCount(h.dataSource, 'civil-registration.payables.approved.v1', reissue.lineId)).toBe(1);
  });
});
