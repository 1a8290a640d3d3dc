import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import { residentId } from '../../../test/support/resident-ids';
import type { EventTap } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import { APPROVER, CanteenTestKit, CLERK, OPERATOR } from './canteen-test-kit';

// 一卡通: an approved settlement pays the canteen's operator through payments; the bank's outcome
// comes back on the settlement's payment lines, and a FAILED line is paid again, once, with the
// canteen's next approved settlement.
type Payment = { id: string; kind: string; month: string; amountFen: number; reissueOf: string | null; paymentStatus: string | null; paymentFailureReason: string | null; paymentOutcomeOn: string | null };

describe('canteen settlements and 一卡通 payments (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new CanteenTestKit('canteen_payments');
  let canteen: string;
  let tap: EventTap;
  const envelope = { batchId: '7c1a2b3c-0000-4000-8000-000000000001', returnFileId: '7c1a2b3c-0000-4000-8000-000000000002' };

  beforeAll(async () => {
    await kit.start();
    tap = await kit.listen('canteen.payables.approved.v1');
    canteen = await kit.createCanteen('东区幸福食堂');
    await kit.registerDiner(residentId('110105', '19440101', 1), 'E-80', canteen); // 300 fen a meal
  });

  afterAll(async () => {
    await tap?.close();
    await kit.stop();
  });

  const payablesOf = (month: string) => tap.received().map((e) => e.data as unknown as PayablesApprovedV1).filter((p) => p.month === month);
  const settle = async (month: string, days: number[]): Promise<string> => {
    for (const day of days) {
      await kit.http().post('/api/v1/meals').set('Authorization', OPERATOR).send({ canteenId: canteen, cardNumber: 'E-80', slot: 'LUNCH', servedAt: `${month}-${String(day).padStart(2, '0')}T12:00:00+08:00` }).expect(201);
    }
    const id = (await kit.http().post('/api/v1/settlements').set('Authorization', CLERK).send({ canteenId: canteen, month }).expect(201)).body.id as string;
    await kit.http().post(`/api/v1/settlements/${id}/approve`).set('Authorization', APPROVER).expect(200);
    return id;
  };
  const payments = async (id: string): Promise<Payment[]> => (await kit.http().get(`/api/v1/settlements/${id}`).set('Authorization', CLERK).expect(200)).body.payments;

  let june = '';
  it('approving a settlement publishes its subsidy as a payable to the operator, once', async () => {
    june = await settle('2024-06', [3, 4]);
    const chunks = (await waitFor('the payables of June', () => (payablesOf('2024-06').length > 0 ? payablesOf('2024-06') : null)))!;
    const [line] = await payments(june);
    expect(chunks).toEqual([
      expect.objectContaining({
        approvalId: june,
        approvedBy: 'approver-1',
        chunk: { index: 0, count: 1 },
        lines: [{ lineId: line.id, programme: 'CANTEEN_SETTLEMENT', period: '2024-06', amountFen: 600, payee: { kind: 'ORGANISATION', organisationId: canteen, name: '东区幸福食堂 运营公司' } }],
      }),
    ]);
    expect(line).toMatchObject({ kind: 'SETTLEMENT', amountFen: 600, paymentStatus: null });

    const again = await kit.http().post(`/api/v1/settlements/${june}/approve`).set('Authorization', APPROVER).expect(409);
    expect(again.body.code).toBe('SETTLEMENT.ALREADY_APPROVED');
    expect(await kit.count(`SELECT count(*) AS n FROM outbox WHERE routing_key = 'canteen.payables.approved.v1'`)).toBe(1);
  });

  it("marks a line FAILED from payments' return, ignoring another service's outcome for it", async () => {
    const [line] = await payments(june);
    const outcome = { lineId: line.id, programme: 'CANTEEN_SETTLEMENT' as const, period: '2024-06', amountFen: 600 };
    await kit.consumed(await kit.publish('payments.line.paid.v1', { ...envelope, ownerService: 'elderly-care', paidOn: '2024-07-05', lines: [outcome] }, 'x'));
    expect((await payments(june))[0].paymentStatus).toBeNull();
    await kit.consumed(await kit.publish('payments.line.failed.v1', { ...envelope, ownerService: 'canteen', returnedOn: '2024-07-05', lines: [{ ...outcome, reason: 'ACCOUNT_FROZEN' }] }, 'x'));
    expect((await payments(june))[0]).toMatchObject({ paymentStatus: 'FAILED', paymentFailureReason: 'ACCOUNT_FROZEN', paymentOutcomeOn: '2024-07-05' });
  });

  it("re-issues the failed line once with the canteen's next settlement, and shows PAID", async () => {
    const failed = (await payments(june))[0];
    const july = await settle('2024-07', [1]);
    const julyLines = await payments(july);
    expect(julyLines).toEqual([
      expect.objectContaining({ kind: 'REISSUE', month: '2024-06', amountFen: 600, reissueOf: failed.id }),
      expect.objectContaining({ kind: 'SETTLEMENT', month: '2024-07', amountFen: 300 }),
    ]);
    const chunks = (await waitFor('the payables of July', () => (payablesOf('2024-07').length > 0 ? payablesOf('2024-07') : null)))!;
    expect(chunks.flatMap((c) => c.lines).map((l) => [l.period, l.amountFen, l.reissueOf]).sort()).toEqual([
      ['2024-06', 600, failed.id],
      ['2024-07', 300, undefined],
    ]);

    const reissue = julyLines[0];
    await kit.consumed(await kit.publish('payments.line.paid.v1', { ...envelope, ownerService: 'canteen', paidOn: '2024-08-06', lines: [{ lineId: reissue.id, programme: 'CANTEEN_SETTLEMENT', period: '2024-06', amountFen: 600 }] }, 'x'));
    expect((await payments(july))[0]).toMatchObject({ paymentStatus: 'PAID', paymentOutcomeOn: '2024-08-06' });

    const august = await settle('2024-08', [1]);
    expect((await payments(august)).map((p) => p.kind)).toEqual(['SETTLEMENT']);
  });
});
