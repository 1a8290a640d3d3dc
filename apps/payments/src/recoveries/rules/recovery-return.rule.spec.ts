import type { ReturnLine } from '../../returns/rules/return-file.rule';
import { settledEvents, settleRecoveryLines, type SentRecovery } from './recovery-return.rule';

const sent = (reference: string, over: Partial<SentRecovery> = {}): SentRecovery => ({
  reference,
  batchId: 'b1',
  recoveryId: `r${reference}`,
  overpaymentId: `o${reference}`,
  ownerService: 'elderly-care',
  amountFen: 5000,
  outcome: null,
  ...over,
});
const line = (n: number, reference: string, over: Partial<ReturnLine> = {}): ReturnLine => ({ line: n, reference, status: 'PAID', amountFen: 5000, reason: null, reasonCode: null, message: null, ...over });
const map = (...all: SentRecovery[]) => new Map(all.map((s) => [s.reference, s]));

describe('recovery return', () => {
  it('settles a debited line RECOVERED and a failed one FAILED with the reason', () => {
    const { problems, settled } = settleRecoveryLines([line(2, '0000000000000042'), line(3, '9000000000000002', { status: 'FAILED', reason: 'ACCOUNT_FROZEN', message: '冻结' })], map(sent('42'), sent('9000000000000002')));
    expect(problems).toEqual([]);
    expect(settled.map((s) => [s.sent.reference, s.outcome, s.reason, s.message])).toEqual([
      ['42', 'RECOVERED', null, null],
      ['9000000000000002', 'FAILED', 'ACCOUNT_FROZEN', '冻结'],
    ]);
  });

  it('refuses a line not sent, or of another amount', () => {
    const { problems } = settleRecoveryLines([line(2, '123'), line(3, '9000000000000001', { amountFen: 4999 })], map(sent('9000000000000001')));
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'reference'],
      [3, 'amount'],
    ]);
  });

  it('does not answer a line twice', () => {
    expect(settleRecoveryLines([line(2, '9000000000000001')], map(sent('9000000000000001', { outcome: 'FAILED' }))).settled).toEqual([]);
  });

  it('tells each owning service per batch, in chunks', () => {
    const settled = settleRecoveryLines([line(2, '1'), line(3, '2'), line(4, '3')], map(sent('1'), sent('2'), sent('3', { ownerService: 'social-assistance' }))).settled;
    const events = settledEvents(settled, { returnFileId: 'f', settledOn: '2024-08-25' }, 1);
    expect(events.map((e) => [e.ownerService, e.recoveries.map((r) => r.recoveryId)])).toEqual([
      ['elderly-care', ['r1']],
      ['elderly-care', ['r2']],
      ['social-assistance', ['r3']],
    ]);
    expect(events[0]).toMatchObject({ batchId: 'b1', returnFileId: 'f', settledOn: '2024-08-25' });
    expect(events[0].recoveries[0]).not.toHaveProperty('reason');
  });
});
