import { dibaoBenefitFen, type MemberFacts } from '../../dibao/rules/dibao-benefit.rule';
import { arrearsFor, type MonthAmount } from './arrears.rule';

describe('arrearsFor', () => {
  const household: MemberFacts[] = [{ monthlyIncomeFen: 10000, categories: [] }, { monthlyIncomeFen: 0, categories: [] }, { monthlyIncomeFen: 5000, categories: [] }];
  const at728 = dibaoBenefitFen(household, 72800, {});
  const at735 = dibaoBenefitFen(household, 73500, {});
  const paidJulyToSeptember: MonthAmount[] = ['2024-07', '2024-08', '2024-09'].map((month) => ({ month, amountFen: at728 }));

  it.each<[string, MonthAmount[], (m: string) => number, MonthAmount[]]>([
    ['paid at 728 for July–September: 7 yuan × 3 members per month', paidJulyToSeptember, () => at735, ['2024-07', '2024-08', '2024-09'].map((month) => ({ month, amountFen: 700 * 3 }))],
    ['already paid in full (rerun): nothing', paidJulyToSeptember.map((p) => ({ ...p, amountFen: at735 })), () => at735, []],
    ['a lower entitlement is not clawed back here', paidJulyToSeptember, () => at728 - 100, []],
    ['only months that gained', paidJulyToSeptember, (m) => (m === '2024-09' ? at735 : at728), [{ month: '2024-09', amountFen: 2100 }]],
  ])('%s', (_name, paid, entitled, expected) => {
    expect(arrearsFor(paid, entitled)).toEqual(expected);
  });

  it('totals 3 months × 7 yuan × members', () => {
    expect(arrearsFor(paidJulyToSeptember, () => at735).reduce((s, a) => s + a.amountFen, 0)).toBe(3 * 700 * household.length);
  });
});
