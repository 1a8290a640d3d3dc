import { ledgerPath, seriesPath, workPath } from '../src/pages/dashboard/drill';
import { figureOf, lastOf, sumOf, valuesOf, type Dashboard } from '../src/pages/dashboard/figures';
import { isRange, monthsBetween, parseRange, rangeSearch } from '../src/pages/dashboard/range';
import { wanYuan } from '../src/format';

const params = (query: string) => new URLSearchParams(query);

describe('the dashboard’s range in the URL', () => {
  it('reads the division and months asked for', () => {
    expect(parseRange(params('from=2024-06&to=2024-09&division=110105001'), '2026-12-05')).toEqual({ from: '2024-06', to: '2024-09', division: '110105001' });
    expect(rangeSearch({ from: '2024-06', to: '2024-09', division: '110105001' }).toString()).toBe('from=2024-06&to=2024-09&division=110105001');
  });

  it('falls back to the twelve months to this one, and no division, for anything malformed', () => {
    expect(parseRange(params(''), '2026-03-05')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(parseRange(params('from=2024-09&to=2024-06&division=1101'), '2026-12-05')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(isRange('2022-01', '2024-12')).toBe(true);
    expect(isRange('2021-12', '2024-12')).toBe(false);
    expect(isRange('2024-13', '2024-12')).toBe(false);
  });

  it('counts the months across a year', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2024-05', '2024-04')).toEqual([]);
  });
});

describe('where a click leads', () => {
  it('a tier to the ledger of that tier, in the township or village shown', () => {
    expect(ledgerPath(undefined, 'RED')).toBe('/children?tier=RED');
    expect(ledgerPath('110105001', 'ORANGE')).toBe('/children?township=110105001&tier=ORANGE');
    expect(ledgerPath('110105001001')).toBe('/children?village=110105001001');
    expect(ledgerPath('110105')).toBe('/children');
  });

  it('an elderly-care or 助餐 month to that month’s 发放名册 or 助餐结算; 低保 months nowhere', () => {
    expect(seriesPath('HIGH_AGE', '2024-08', undefined)).toBe('/payroll?month=2024-08');
    expect(seriesPath('CHILD_LEDGER', '2024-08', '110105001')).toBe('/children?township=110105001');
    expect(seriesPath('CANTEEN', '2024-08', undefined)).toBe('/canteen-settlements?month=2024-08');
    expect(seriesPath('DIBAO', '2024-08', undefined)).toBeNull();
  });

  it('waiting work to 工作台’s list, due as of the day counted', () => {
    expect(workPath('AWAITING_APPROVAL', '2024-08-20')).toBe('/worklists?list=approval');
    expect(workPath('REVIEWS_DUE', '2024-08-20')).toBe('/worklists?list=reviews&asOf=2024-08-20');
    expect(workPath('OVERDUE_VISITS', '2024-08-20')).toBe('/children/overdue-visits');
    expect(workPath('SETTLEMENTS_OPEN', '2024-08-20')).toBe('/canteen-settlements');
    expect(workPath('TIER_RED', '2024-08-20')).toBeNull();
  });
});

describe('reading the series', () => {
  const dashboard: Dashboard = {
    division: '110105',
    from: '2024-07',
    to: '2024-09',
    asOf: '2024-09-10',
    series: [{ programme: 'DIBAO', measure: 'CASELOAD', points: [{ month: '2024-08', value: 3 }, { month: '2024-09', value: 2 }] }],
    figures: [{ key: 'TIER_RED', value: 4 }],
  };
  const months = ['2024-07', '2024-08', '2024-09'];

  it('gives a value for every month, the last month’s and the sum', () => {
    const values = valuesOf([dashboard, undefined], 'DIBAO', 'CASELOAD', months);
    expect(values).toEqual([0, 3, 2]);
    expect(lastOf(values)).toBe(2);
    expect(sumOf(values)).toBe(5);
    expect(valuesOf([dashboard], 'TEKUN', 'CASELOAD', months)).toEqual([0, 0, 0]);
  });

  it('finds a figure of today in whichever service counts it, null while none has', () => {
    expect(figureOf([undefined, dashboard], 'TIER_RED')).toBe(4);
    expect(figureOf([undefined], 'TIER_RED')).toBeNull();
  });

  it('shows money in 万元 to the hundred yuan', () => {
    expect(wanYuan(29_400_000)).toBe('29.40万元');
    expect(wanYuan(1_234_567_890)).toBe('1,234.57万元');
    expect(wanYuan(4_999)).toBe('0.00万元');
    expect(wanYuan(-5_000)).toBe('-0.01万元');
  });
});
