import seeds from '../../../../../seeds/reference/banks.json';
import { returnLayoutSchema } from '../../banks/rules/bank-layout.rule';
import { parseReturnFile, trailerProblems } from './return-file.rule';

const fixed = returnLayoutSchema.parse(seeds.banks[0].returnLayout);
const csv = returnLayoutSchema.parse(seeds.banks[1].returnLayout);

/** One detail line of the fixed-width bank: D, reference 16, status 1, amount 12, reason 4, message. */
const fixedLine = (reference: string, status: string, fen: number, reason = '', message = '') =>
  `D${reference.padStart(16, '0')}${status}${String(fen).padStart(12, '0')}${reason.padEnd(4)}${message}`;

describe('parseReturnFile (fixed width)', () => {
  const text = [
    'H20240825',
    fixedLine('17', 'S', 73_500),
    fixedLine('18', 'F', 10_000, 'E001', '账户已销户'),
    fixedLine('19', 'F', 20_000, 'E999', '系统繁忙'),
    `T${'3'.padStart(8, '0')}${'103500'.padStart(15, '0')}`,
    '',
  ].join('\r\n');

  it('reads the value date, each line with its normalised reason, and the trailer', () => {
    const parsed = parseReturnFile(text, fixed, 'GBK');
    expect(parsed).toEqual({
      ok: true,
      file: {
        valueDate: '2024-08-25',
        lines: [
          { line: 2, reference: '0000000000000017', status: 'PAID', amountFen: 73_500, reason: null, reasonCode: null, message: null },
          { line: 3, reference: '0000000000000018', status: 'FAILED', amountFen: 10_000, reason: 'ACCOUNT_CLOSED', reasonCode: 'E001', message: '账户已销户' },
          { line: 4, reference: '0000000000000019', status: 'FAILED', amountFen: 20_000, reason: 'OTHER', reasonCode: 'E999', message: '系统繁忙' },
        ],
        trailer: { line: 5, count: 3, totalFen: 103_500 },
      },
    });
  });
});

describe('parseReturnFile (CSV)', () => {
  const file = (...lines: string[]) => lines.join('\n');

  it('reads yuan amounts and the bank’s words for paid and failed', () => {
    const parsed = parseReturnFile(file('H,PSBC202408001,20240825', 'D,0000000000000017,SUCCESS,735.00,,', 'D,0000000000000018,FAIL,100,NAME_ERR,"户名不符,请核对"', 'T,2,835.00'), csv, 'UTF-8');
    expect(parsed.ok && parsed.file.lines.map((l) => [l.reference, l.status, l.amountFen, l.reason, l.message])).toEqual([
      ['0000000000000017', 'PAID', 73_500, null, null],
      ['0000000000000018', 'FAILED', 10_000, 'NAME_MISMATCH', '户名不符,请核对'],
    ]);
  });

  it.each<[string, string[], Array<{ line: number; field: string; code: string }>]>([
    ['a trailer count that does not match', ['H,X,20240825', 'D,1,SUCCESS,1.00', 'D,2,SUCCESS,2.00', 'T,3,3.00'], [{ line: 4, field: 'trailer.count', code: 'TRAILER_COUNT_MISMATCH' }]],
    ['a trailer total that does not match', ['H,X,20240825', 'D,1,SUCCESS,1.00', 'T,1,1.01'], [{ line: 3, field: 'trailer.total', code: 'TRAILER_TOTAL_MISMATCH' }]],
    ['no trailer', ['H,X,20240825', 'D,1,SUCCESS,1.00'], [{ line: 2, field: 'trailer', code: 'NO_TRAILER' }]],
    ['no header with the value date', ['D,1,SUCCESS,1.00', 'T,1,1.00'], [{ line: 1, field: 'valueDate', code: 'NO_HEADER' }]],
    ['a line after the trailer', ['H,X,20240825', 'T,0,0', 'D,1,SUCCESS,1.00'], [{ line: 3, field: 'recordType', code: 'LINE_AFTER_TRAILER' }]],
    ['an unknown status and a bad amount', ['H,X,20240825', 'D,1,MAYBE,1.00', 'D,2,SUCCESS,1.005', 'T,2,2.00'], [{ line: 2, field: 'status', code: 'BAD_STATUS' }, { line: 3, field: 'amount', code: 'BAD_AMOUNT' }]],
    ['an unknown record type', ['H,X,20240825', 'X,1', 'T,0,0'], [{ line: 2, field: 'recordType', code: 'UNKNOWN_RECORD_TYPE' }]],
    ['a bad value date', ['H,X,2024-02-30', 'T,0,0'], [{ line: 1, field: 'valueDate', code: 'BAD_DATE' }]],
    ['a missing reference', ['H,X,20240825', 'D,,SUCCESS,1.00', 'T,1,1.00'], [{ line: 2, field: 'reference', code: 'MISSING_FIELD' }]],
  ])('refuses %s, with line and field', (_what, lines, errors) => {
    const parsed = parseReturnFile(file(...lines), csv, 'UTF-8');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map(({ line, field, code }) => ({ line, field, code }))).toEqual(errors);
  });
});

describe('trailerProblems', () => {
  it.each([
    [[100, 200], 2, 300, []],
    [[100, 200], 3, 300, ['TRAILER_COUNT_MISMATCH']],
    [[100, 200], 2, 301, ['TRAILER_TOTAL_MISMATCH']],
    [[], 1, 1, ['TRAILER_COUNT_MISMATCH', 'TRAILER_TOTAL_MISMATCH']],
    [[], 0, 0, []],
  ])('lines %p against count %p total %p', (amounts, count, totalFen, codes) => {
    expect(trailerProblems(amounts.map((amountFen) => ({ amountFen })), { line: 9, count, totalFen }).map((p) => p.code)).toEqual(codes);
  });
});
