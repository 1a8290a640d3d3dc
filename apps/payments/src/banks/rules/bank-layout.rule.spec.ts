import seeds from '../../../../../seeds/reference/banks.json';
import { disbursementLayoutProblems, disbursementLayoutSchema, returnLayoutProblems, sliceColumns } from './bank-layout.rule';

const [fixedBank, csvBank] = seeds.banks;

describe('the seeded layouts', () => {
  it.each(seeds.banks.map((b) => [b.code, b] as const))('%s writes and reads files', (_code, bank) => {
    expect(disbursementLayoutProblems(bank.layout)).toEqual([]);
    expect(returnLayoutProblems(bank.returnLayout)).toEqual([]);
  });
});

describe('disbursementLayoutProblems', () => {
  const fixed = fixedBank.layout;
  const csv = csvBank.layout;
  it.each<[string, unknown, Array<{ path: string; message: RegExp }>]>([
    ['an unknown placeholder', { ...csv, line: [...csv.line, { value: '{payeeIdNumber}' }] }, [{ path: 'layout.line.8.value', message: /\{payeeIdNumber\} is not a placeholder/ }]],
    ['a line placeholder in the trailer', { ...csv, trailer: [...csv.trailer, { value: '{accountNumber}' }] }, [{ path: 'layout.trailer.3.value', message: /not a placeholder here/ }]],
    ['a fixed field without width', { ...fixed, trailer: [{ value: 'T' }, ...fixed.trailer.slice(1)] }, [{ path: 'layout.trailer.0.width', message: /needs a width/ }]],
    ['a delimited layout without delimiter', { ...csv, delimiter: undefined }, [{ path: 'layout.delimiter', message: /needs a delimiter/ }]],
    ['a line without the account', { ...csv, line: csv.line.filter((f) => f.value !== '{accountNumber}') }, [{ path: 'layout.line', message: /\{accountNumber\}/ }]],
    ['a line without an amount', { ...csv, line: csv.line.filter((f) => f.value !== '{amountYuan}') }, [{ path: 'layout.line', message: /\{amountFen\} or \{amountYuan\}/ }]],
    ['a trailer without the count', { ...csv, trailer: [{ value: 'T' }, { value: '{totalYuan}' }] }, [{ path: 'layout.trailer', message: /\{lineCount\}/ }]],
    ['an encoding we cannot write', { ...csv, encoding: 'BIG5' }, [{ path: 'layout.encoding', message: /UTF-8.*GBK/ }]],
    ['an unknown key', { ...csv, colour: 'red' }, [{ path: 'layout', message: /colour/ }]],
  ])('refuses %s', (_what, layout, problems) => {
    expect(disbursementLayoutProblems(layout)).toEqual(problems.map((p) => ({ path: p.path, message: expect.stringMatching(p.message) })));
  });
});

describe('returnLayoutProblems', () => {
  const fixed = fixedBank.returnLayout;
  const csv = csvBank.returnLayout;
  it.each<[string, unknown, string]>([
    ['index positions in a fixed layout', { ...fixed, recordType: 0 }, 'returnLayout.recordType'],
    ['column spans in a delimited layout', { ...csv, trailer: { ...csv.trailer, count: { start: 1, width: 8 } } }, 'returnLayout.trailer.count'],
    ['one record type for two kinds of line', { ...csv, trailer: { ...csv.trailer, type: 'D' } }, 'returnLayout.detail.type'],
    ['a status meaning both', { ...csv, statusCodes: { PAID: ['OK'], FAILED: ['OK', 'FAIL'] } }, 'returnLayout.statusCodes'],
    ['a reason the platform does not know', { ...csv, reasonCodes: { X: 'STOLEN' } }, 'returnLayout.reasonCodes.X'],
  ])('refuses %s', (_what, layout, path) => {
    expect(returnLayoutProblems(layout).map((p) => p.path)).toEqual([path]);
  });
});

describe('the encoding of a layout', () => {
  it('is UTF-8 unless the layout says GBK', () => {
    const { encoding: _unsaid, ...withoutEncoding } = csvBank.layout;
    expect(disbursementLayoutSchema.parse(withoutEncoding).encoding).toBe('UTF-8');
    expect(disbursementLayoutSchema.parse(fixedBank.layout).encoding).toBe('GBK');
  });
});

describe('columns of a fixed-width file', () => {
  it('slices by the bytes of a GBK file', () => {
    const line = 'D0001王秀英  F€E';
    expect(sliceColumns(line, 0, 1, 'GBK')).toBe('D');
    expect(sliceColumns(line, 5, 8, 'GBK')).toBe('王秀英  ');
    expect(sliceColumns(line, 13, 1, 'GBK')).toBe('F');
    expect(sliceColumns(line, 14, 2, 'GBK')).toBe('€E'); // the euro sign is one byte in GBK (0x80)
    expect(sliceColumns(line, 20, 4, 'GBK')).toBe('');
  });

  it('slices a UTF-8 file by columns, a Chinese character two', () => {
    const line = 'D0001王秀英  F';
    expect(sliceColumns(line, 5, 8, 'UTF-8')).toBe('王秀英  ');
    expect(sliceColumns(line, 13, 1, 'UTF-8')).toBe('F');
  });
});
