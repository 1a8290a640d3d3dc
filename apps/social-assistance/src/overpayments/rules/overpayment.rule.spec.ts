import { YearMonth } from '@app/common/time/year-month';
import { overpaidLines, type Overpaid, type PaidLine } from './overpayment.rule';

const lines: PaidLine[] = [
  { month: '2024-08', amountFen: 73500 },
  { month: '2024-09', amountFen: 73500 },
  { month: '2024-10', amountFen: 73500 },
];

describe('overpaidLines', () => {
  it.each<[string, string, (m: YearMonth) => number, Overpaid | null]>([
    ['one-person household: every line from the stop month', '2024-09', () => 0, { months: ['2024-09', '2024-10'], amountFen: 147000 }],
    ['stop after the last paid month: nothing', '2024-11', () => 0, null],
    ['remaining members still entitled to part', '2024-09', () => 50000, { months: ['2024-09', '2024-10'], amountFen: 47000 }],
    ['entitlement unchanged: nothing', '2024-08', () => 73500, null],
    ['only months above the entitlement', '2024-08', (m) => (m.toString() === '2024-10' ? 0 : 73500), { months: ['2024-10'], amountFen: 73500 }],
  ])('%s', (_name, stopFrom, entitled, expected) => {
    expect(overpaidLines(lines, YearMonth.parse(stopFrom), entitled)).toEqual(expected);
  });
});
