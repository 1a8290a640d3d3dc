import type { PolicyRow } from '@app/common/policy/value-in-force';
import { YearMonth } from '@app/common/time/year-month';
import { ELDERLY_CARE_POLICIES } from '../../policy-catalogue';
import { monthlyDueFrom, paidKey, payrollLines, type PaidMonth, type PayableAllowance } from './payroll-lines.rule';

const m = (s: string) => YearMonth.parse(s);
const tiers = (fen80: number, fen100: number) => ({ tiers: [{ tier: 'AGE_80_99', minAge: 80, monthlyAmountFen: fen80 }, { tier: 'AGE_100_PLUS', minAge: 100, monthlyAmountFen: fen100 }] });
const tierRows: PolicyRow[] = [
  { key: 'elderly-care.high-age-allowance.tiers', value: tiers(5000, 100000), effectiveFrom: '2020-01-01', effectiveTo: '2024-06-30' },
  { key: 'elderly-care.high-age-allowance.tiers', value: tiers(6000, 110000), effectiveFrom: '2024-07-01', effectiveTo: null },
];
const subsidyRows: PolicyRow[] = [
  { key: 'elderly-care.service-subsidy.monthly-fen', value: 5000, effectiveFrom: '2020-01-01', effectiveTo: '2024-06-30' },
  { key: 'elderly-care.service-subsidy.monthly-fen', value: 5500, effectiveFrom: '2024-07-01', effectiveTo: null },
];
const due = monthlyDueFrom(ELDERLY_CARE_POLICIES.periods('elderly-care.high-age-allowance.tiers', tierRows), ELDERLY_CARE_POLICIES.periods('elderly-care.service-subsidy.monthly-fen', subsidyRows));
const allowance = (over: Partial<PayableAllowance> = {}): PayableAllowance => ({ id: 'a1', residentId: 'R', kind: 'HIGH_AGE', tier: 'AGE_80_99', fromMonth: '2024-07', stopFromMonth: null, ...over });
const paid = (entries: [string, PaidMonth][]) => new Map(entries.map(([month, p]) => [paidKey('a1', month), p]));

describe('monthlyDueFrom: the figure in force in the month, not at the grant', () => {
  it.each<[string, 'HIGH_AGE' | 'SERVICE_SUBSIDY', string, string, number | null]>([
    ['80-99 before the raise', 'HIGH_AGE', 'AGE_80_99', '2024-06', 5000],
    ['80-99 after the raise', 'HIGH_AGE', 'AGE_80_99', '2024-07', 6000],
    ['100+ after the raise', 'HIGH_AGE', 'AGE_100_PLUS', '2024-08', 110000],
    ['a tier the month does not know', 'HIGH_AGE', 'AGE_90_99', '2024-08', null],
    ['no figure in force', 'HIGH_AGE', 'AGE_80_99', '2019-12', null],
    ['subsidy before the raise', 'SERVICE_SUBSIDY', 'AGE_80_99', '2024-06', 5000],
    ['subsidy after the raise', 'SERVICE_SUBSIDY', 'AGE_100_PLUS', '2024-07', 5500],
  ])('%s', (_label, kind, tier, month, expected) => {
    expect(due(kind, tier, m(month))).toBe(expected);
  });
});

describe('payrollLines', () => {
  it.each<[string, string, number, PayableAllowance, [string, PaidMonth][], [string, string, number, number | null][]]>([
    // label, run month, look-back, allowance, already paid, expected lines [month, type, fen, dueFen]
    ['a new month at the figure in force', '2024-08', 0, allowance(), [], [['2024-08', 'REGULAR', 6000, null]]],
    ['July paid at 5000, raised to 6000 from July: one arrears line of 1000', '2024-08', 12, allowance(), [['2024-07', { hasRegular: true, paidFen: 5000 }]], [['2024-07', 'ARREARS', 1000, 6000], ['2024-08', 'REGULAR', 6000, null]]],
    ['arrears already paid: nothing more', '2024-08', 12, allowance(), [['2024-07', { hasRegular: true, paidFen: 6000 }], ['2024-08', { hasRegular: true, paidFen: 6000 }]], []],
    ['a cut is not clawed back', '2024-08', 12, allowance(), [['2024-07', { hasRegular: true, paidFen: 7000 }], ['2024-08', { hasRegular: true, paidFen: 6000 }]], []],
    ['the subsidy raise pays its own arrears', '2024-08', 12, allowance({ kind: 'SERVICE_SUBSIDY' }), [['2024-07', { hasRegular: true, paidFen: 5000 }], ['2024-08', { hasRegular: true, paidFen: 5500 }]], [['2024-07', 'ARREARS', 500, 5500]]],
    ['a late grant pays its back months at each month\'s figure', '2024-08', 12, allowance({ fromMonth: '2024-05' }), [], [['2024-05', 'REGULAR', 5000, null], ['2024-06', 'REGULAR', 5000, null], ['2024-07', 'REGULAR', 6000, null], ['2024-08', 'REGULAR', 6000, null]]],
    ['back months no further than the look-back', '2024-08', 2, allowance({ fromMonth: '2024-01' }), [], [['2024-06', 'REGULAR', 5000, null], ['2024-07', 'REGULAR', 6000, null], ['2024-08', 'REGULAR', 6000, null]]],
    ['nothing from the stop month on', '2024-08', 12, allowance({ fromMonth: '2024-06', stopFromMonth: '2024-07' }), [['2024-06', { hasRegular: true, paidFen: 5000 }]], []],
    ['not yet started', '2024-08', 12, allowance({ fromMonth: '2024-09' }), [], []],
  ])('%s', (_label, run, lookBack, a, held, expected) => {
    const { lines, missing } = payrollLines(m(run), lookBack, [a], paid(held), due);
    expect(missing).toEqual([]);
    expect(lines.map((l) => [l.month, l.lineType, l.amountFen, l.dueFen])).toEqual(expected);
  });

  it('reports the months without a figure instead of paying them', () => {
    const { lines, missing } = payrollLines(m('2024-08'), 0, [allowance({ tier: 'AGE_90_99' })], new Map(), due);
    expect(lines).toEqual([]);
    expect(missing).toEqual([{ kind: 'HIGH_AGE', tier: 'AGE_90_99', month: '2024-08' }]);
  });
});
