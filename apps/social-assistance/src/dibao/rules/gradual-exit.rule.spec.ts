import { YearMonth } from '@app/common/time/year-month';
import { gradualExitUntil, incomeChangeDecision, type IncomeChangeDecision } from './gradual-exit.rule';

describe('incomeChangeDecision', () => {
  it.each<[boolean, boolean, IncomeChangeDecision]>([
    [true, true, 'CONTINUE'],
    [true, false, 'CONTINUE'],
    [false, true, 'GRADUAL_EXIT'],
    [false, false, 'STOP'],
  ])('eligible after %s, through work %s -> %s', (eligibleAfter, throughWork, expected) => {
    expect(incomeChangeDecision({ eligibleAfter, throughWork })).toBe(expected);
  });
});

describe('gradualExitUntil', () => {
  it.each([
    ['2025-03', 6, '2025-08'],
    ['2024-10', 6, '2025-03'],
    ['2025-03', 1, '2025-03'],
  ])('from %s for %d months -> %s', (first, months, expected) => {
    expect(gradualExitUntil(YearMonth.parse(first), months).toString()).toBe(expected);
  });
  it('refuses 0 months', () => {
    expect(() => gradualExitUntil(YearMonth.parse('2025-03'), 0)).toThrow(RangeError);
  });
});
