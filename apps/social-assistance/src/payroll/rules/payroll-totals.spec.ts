import { payrollTotals, type LineFacts } from './payroll-totals';

describe('payrollTotals', () => {
  it.each<[string, LineFacts[], ReturnType<typeof payrollTotals>]>([
    ['empty', [], { DIBAO: { amountFen: 0, lineCount: 0 }, TEKUN: { amountFen: 0, lineCount: 0 } }],
    [
      'per program',
      [
        { program: 'DIBAO', amountFen: 97000 },
        { program: 'DIBAO', amountFen: 3 },
        { program: 'TEKUN', amountFen: 95600 },
      ],
      { DIBAO: { amountFen: 97003, lineCount: 2 }, TEKUN: { amountFen: 95600, lineCount: 1 } },
    ],
  ])('%s', (_name, lines, expected) => {
    expect(payrollTotals(lines)).toEqual(expected);
  });
});
