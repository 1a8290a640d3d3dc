import { classifyReturnLines, makesAccountUnusable, outcomeEvents, OUTCOME_CHUNK_MAX_LINES, referencesOf, type AppliedLine, type SentLine } from './return-application.rule';
import type { ReturnLine } from './return-file.rule';

const BATCH = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a51';
const OTHER_BATCH = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a52';
const FILE = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a61';

function sentLine(reference: string, over: Partial<SentLine> = {}): SentLine {
  return {
    reference,
    batchId: BATCH,
    batchStatus: 'RELEASED',
    bankCode: 'RCB',
    amountFen: 10_000,
    outcome: null,
    accountId: `acc-${reference}`,
    lineId: `00000000-0000-4000-8000-${reference.padStart(12, '0')}`,
    ownerService: 'social-assistance',
    programme: 'DIBAO',
    period: '2024-08',
    ...over,
  };
}

function returned(line: number, reference: string, over: Partial<ReturnLine> = {}): ReturnLine {
  return { line, reference: reference.padStart(16, '0'), status: 'PAID', amountFen: 10_000, reason: null, reasonCode: null, message: null, ...over };
}

describe('classifyReturnLines', () => {
  const sent = new Map(
    [
      sentLine('1'),
      sentLine('2'),
      sentLine('3', { bankCode: 'PSBC' }),
      sentLine('4', { outcome: 'PAID' }),
      sentLine('5', { batchStatus: 'ASSEMBLED' }),
      sentLine('6', { amountFen: 9_999 }),
    ].map((l) => [l.reference, l]),
  );

  it('applies lines of this bank’s released batches not yet returned, for the amount sent, and reports the rest', () => {
    const lines = [returned(2, '1'), returned(3, '2', { status: 'FAILED', reason: 'ACCOUNT_FROZEN' }), returned(4, '3'), returned(5, '4'), returned(6, '5'), returned(7, '6'), returned(8, '99'), returned(9, 'X1'), returned(10, '1')];
    const { applied, reported } = classifyReturnLines(lines, sent, 'RCB');
    expect(applied.map((a) => a.sent.reference)).toEqual(['1', '2']);
    expect(reported.map((r) => [r.line, r.problem])).toEqual([
      [4, 'NOT_IN_OPEN_BATCH'],
      [5, 'ALREADY_RETURNED'],
      [6, 'NOT_IN_OPEN_BATCH'],
      [7, 'AMOUNT_MISMATCH'],
      [8, 'NOT_IN_OPEN_BATCH'],
      [9, 'NOT_IN_OPEN_BATCH'],
      [10, 'DUPLICATE_IN_FILE'],
    ]);
  });

  it('looks up each reference of ours once', () => {
    expect(referencesOf([returned(1, '7'), returned(2, '007'), returned(3, 'ABC')])).toEqual(['7']);
  });
});

describe('makesAccountUnusable', () => {
  it.each([
    ['ACCOUNT_CLOSED', true],
    ['NAME_MISMATCH', true],
    ['ACCOUNT_FROZEN', true],
    ['ACCOUNT_NOT_FOUND', true],
    ['OTHER', false],
    [null, false],
  ] as const)('%p -> %p', (reason, unusable) => {
    expect(makesAccountUnusable(reason)).toBe(unusable);
  });
});

describe('outcomeEvents', () => {
  const applied = (reference: string, status: 'PAID' | 'FAILED', sent: Partial<SentLine> = {}, message: string | null = null): AppliedLine => ({
    returned: returned(Number(reference), reference, status === 'FAILED' ? { status, reason: 'ACCOUNT_CLOSED', reasonCode: 'E001', message } : {}),
    sent: sentLine(reference, sent),
  });

  it('sends one event per owning service, batch and outcome', () => {
    const events = outcomeEvents(
      [applied('1', 'PAID'), applied('2', 'FAILED', {}, '账户已销户'), applied('3', 'PAID', { ownerService: 'canteen', programme: 'CANTEEN_SETTLEMENT' }), applied('4', 'PAID', { batchId: OTHER_BATCH }), applied('5', 'FAILED')],
      FILE,
      '2024-08-25',
    );
    expect(events.map((e) => [e.type, e.data.ownerService, e.data.batchId, e.data.lines.map((l) => l.lineId.slice(-1))])).toEqual([
      ['payments.line.paid.v1', 'social-assistance', BATCH, ['1']],
      ['payments.line.failed.v1', 'social-assistance', BATCH, ['2', '5']],
      ['payments.line.paid.v1', 'canteen', BATCH, ['3']],
      ['payments.line.paid.v1', 'social-assistance', OTHER_BATCH, ['4']],
    ]);
    expect(events[1].data).toEqual({
      batchId: BATCH,
      returnFileId: FILE,
      ownerService: 'social-assistance',
      returnedOn: '2024-08-25',
      lines: [
        { lineId: sentLine('2').lineId, programme: 'DIBAO', period: '2024-08', amountFen: 10_000, reason: 'ACCOUNT_CLOSED', bankMessage: '账户已销户' },
        { lineId: sentLine('5').lineId, programme: 'DIBAO', period: '2024-08', amountFen: 10_000, reason: 'ACCOUNT_CLOSED' },
      ],
    });
  });

  it('chunks a large group at 1,000 lines', () => {
    const many = Array.from({ length: 2_345 }, (_, i) => applied(String(i + 1), 'PAID'));
    expect(outcomeEvents(many, FILE, '2024-08-25').map((e) => e.data.lines.length)).toEqual([OUTCOME_CHUNK_MAX_LINES, OUTCOME_CHUNK_MAX_LINES, 345]);
  });
});
