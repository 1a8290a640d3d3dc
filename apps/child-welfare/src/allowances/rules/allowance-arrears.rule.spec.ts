import { YearMonth } from '@app/common/time/year-month';
import { allowanceArrears, type PaidMonth } from './allowance-arrears.rule';

// City figures: dispersed 1340 -> 1350 yuan from 2024-07, entered after July was paid; central 1800.
const raised = (careForm: string, month: YearMonth) => (careForm === 'CENTRAL' ? 180000 : month.isBefore(YearMonth.parse('2024-07')) ? 134000 : 135000);
const paid = (month: string, paidFen: number, careForm: 'DISPERSED' | 'CENTRAL' = 'DISPERSED'): PaidMonth => ({ month, careForm, paidFen });

describe('allowanceArrears (补发 for months already paid below the figure now in force)', () => {
  it.each<[string, PaidMonth[], string, Array<{ month: string; amountFen: number }>]>([
    ['July paid at 1340, raise to 1350 from July: 10 yuan for July', [paid('2024-06', 134000), paid('2024-07', 134000)], '2024-08', [{ month: '2024-07', amountFen: 1000 }]],
    ['July already topped up by an earlier arrears line: nothing (paid once)', [paid('2024-07', 135000)], '2024-08', []],
    ['June stays at 1340: nothing', [paid('2024-06', 134000)], '2024-08', []],
    ['July and August both paid at 1340: one line each', [paid('2024-07', 134000), paid('2024-08', 134000)], '2024-09', [{ month: '2024-07', amountFen: 1000 }, { month: '2024-08', amountFen: 1000 }]],
    ['a month after the payroll month is left to its own run', [paid('2024-07', 134000), paid('2024-09', 134000)], '2024-08', [{ month: '2024-07', amountFen: 1000 }]],
    ['the payroll month itself counts when it was paid before the raise', [paid('2024-07', 134000)], '2024-07', [{ month: '2024-07', amountFen: 1000 }]],
    ['a lowered figure is never clawed back here', [paid('2024-07', 136000)], '2024-08', []],
    ['central care uses the central figure', [paid('2024-07', 170000, 'CENTRAL'), paid('2024-08', 180000, 'CENTRAL')], '2024-08', [{ month: '2024-07', amountFen: 10000 }]],
    ['nothing paid: nothing owed', [], '2024-08', []],
  ])('%s', (_case, months, payrollMonth, expected) => {
    expect(allowanceArrears(months, YearMonth.parse(payrollMonth), raised).map(({ month, amountFen }) => ({ month, amountFen }))).toEqual(expected);
  });

  it('keeps the care form of the month paid, oldest month first', () => {
    expect(allowanceArrears([paid('2024-08', 134000), paid('2024-07', 170000, 'CENTRAL')], YearMonth.parse('2024-08'), raised)).toEqual([
      { month: '2024-07', careForm: 'CENTRAL', amountFen: 10000 },
      { month: '2024-08', careForm: 'DISPERSED', amountFen: 1000 },
    ]);
  });
});
