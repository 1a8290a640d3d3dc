import { casePath } from '../src/components/case-route';
import { daysBetween } from '../src/pages/worklists/days';
import { parseList, WORK_LIST_KEYS } from '../src/pages/worklists/keys';
import { TAB_LABELS, tw } from '../src/pages/worklists/worklists.zh-CN';

describe('工作台', () => {
  it('has a Chinese tab for every work list, in the order of the issue', () => {
    expect(WORK_LIST_KEYS.map((key) => TAB_LABELS[key])).toEqual(['待入户调查', '公示中', '待审批', '到期复核', '特困在学复核', '超期滞留', '待追回多发金额', '离婚冷静期']);
  });

  it('opens the list the address names, else the first', () => {
    expect(parseList('divorces')).toBe('divorces');
    expect(parseList('nonsense')).toBe('investigation');
    expect(parseList(null)).toBe('investigation');
  });

  it.each([
    ['2024-07-01', '2024-07-31', 30],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-12-31', '2025-01-01', 1],
    ['2024-07-10', '2024-07-01', -9],
  ])('counts %s to %s as %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => daysBetween('2024-7-1', '2024-07-02')).toThrow(RangeError);
  });

  it('says how far a day is', () => {
    expect([tw.days(3), tw.days(0), tw.days(-2)]).toEqual(['还有 3 天', '今天', '已过 2 天']);
    expect([tw.daysAgo(0), tw.daysAgo(5)]).toEqual(['今天', '5 天']);
  });

  it('links a 低保 case to /dibao/cases/:id and a 特困 case to /tekun/cases/:id', () => {
    expect(casePath('DIBAO', 'c-1')).toBe('/dibao/cases/c-1');
    expect(casePath('TEKUN', 'c-2')).toBe('/tekun/cases/c-2');
  });
});
