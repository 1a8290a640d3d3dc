import { ProblemException } from '../http/problem';
import { dashboardScope, figuresOf, monthlySeries } from './dashboard-scope';

const county = { division: '110105', roles: ['approver'] };

describe('dashboardScope', () => {
  it('answers the months of the range and the division’s code pattern, the caller’s own by default', () => {
    expect(dashboardScope(county, { from: '2024-11', to: '2025-02' })).toEqual({ division: '110105', pattern: '110105%', from: '2024-11', to: '2025-02', months: ['2024-11', '2024-12', '2025-01', '2025-02'], params: ['2024-11', '2025-02', '110105%'] });
    expect(dashboardScope({ division: '110100', roles: ['admin'] }, { from: '2024-01', to: '2024-01', division: '110105001' }).pattern).toBe('110105001%');
  });

  it.each([
    ['to before from', '2024-05', '2024-04'],
    ['more than 36 months', '2021-01', '2024-01'],
  ])('refuses %s with DASHBOARD.BAD_RANGE on `to`', (_case, from, to) => {
    try {
      dashboardScope(county, { from, to });
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(ProblemException);
      expect((err as ProblemException).getResponse()).toMatchObject({ status: 400, code: 'DASHBOARD.BAD_RANGE', errors: [{ field: 'to' }] });
    }
  });

  it('accepts 36 months and refuses a division outside the caller’s', () => {
    expect(dashboardScope(county, { from: '2022-01', to: '2024-12' }).months).toHaveLength(36);
    expect(() => dashboardScope(county, { from: '2024-01', to: '2024-02', division: '110106' })).toThrow(ProblemException);
  });
});

describe('monthlySeries and figuresOf', () => {
  it('gives every programme and measure a point per month, zero where nothing was counted', () => {
    const rows = [{ programme: 'DIBAO', month: '2024-02', CASELOAD: '3', PAID: 150 }];
    expect(monthlySeries(rows, ['2024-01', '2024-02'], ['DIBAO', 'TEKUN'], ['CASELOAD'])).toEqual([
      { programme: 'DIBAO', measure: 'CASELOAD', points: [{ month: '2024-01', value: 0 }, { month: '2024-02', value: 3 }] },
      { programme: 'TEKUN', measure: 'CASELOAD', points: [{ month: '2024-01', value: 0 }, { month: '2024-02', value: 0 }] },
    ]);
    expect(figuresOf({ A: '2' }, ['A', 'B'])).toEqual([{ key: 'A', value: 2 }, { key: 'B', value: 0 }]);
    expect(figuresOf(undefined, ['A'])).toEqual([{ key: 'A', value: 0 }]);
  });
});
