import { totalsFromSums } from './payroll-totals.rule';

const EMPTY = { DIBAO: { amountFen: 0, lineCount: 0 }, TEKUN: { amountFen: 0, lineCount: 0 } };

describe('totalsFromSums', () => {
  it.each<[string, Parameters<typeof totalsFromSums>[0], ReturnType<typeof totalsFromSums>]>([
    ['no batches', [], EMPTY],
    [
      'batches and arrears of one program add up; decimal text is read exactly',
      [
        { program: 'DIBAO', lineCount: 500000, amountFen: '36750000000' },
        { program: 'DIBAO', lineCount: 3, amountFen: '6300' },
        { program: 'TEKUN', lineCount: 1, amountFen: 125600 },
      ],
      { DIBAO: { amountFen: 36750006300, lineCount: 500003 }, TEKUN: { amountFen: 125600, lineCount: 1 } },
    ],
  ])('%s', (_name, sums, expected) => {
    expect(totalsFromSums(sums)).toEqual(expected);
  });
});
