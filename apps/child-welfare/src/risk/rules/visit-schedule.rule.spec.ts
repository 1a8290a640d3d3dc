import type { RiskTier } from '@app/contracts';
import { atLeast, isOverdue, nextVisitDue, parseVisitIntervals } from './visit-schedule.rule';

const city = { RED: 7, ORANGE: 30, GREEN: 90 };

describe('nextVisitDue', () => {
  it.each<[RiskTier, string, string | null, string]>([
    ['RED', '2024-07-01', null, '2024-07-08'],
    ['ORANGE', '2024-07-01', null, '2024-07-31'],
    ['GREEN', '2024-07-01', null, '2024-09-29'],
    ['GREEN', '2024-07-01', '2024-08-01', '2024-10-30'], // a later visit moves the anchor
    ['RED', '2024-08-10', '2024-08-01', '2024-08-17'], // raised after the last visit
    ['ORANGE', '2024-12-15', null, '2025-01-14'], // across a year end
    ['RED', '2024-02-25', null, '2024-03-03'], // across a leap February
  ])('%s rated %s, last visit %s -> due %s', (tier, ratedOn, lastVisitOn, due) => {
    expect(nextVisitDue(tier, ratedOn, lastVisitOn, city)).toBe(due);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2024-07-08', '2024-07-07', false],
    ['2024-07-08', '2024-07-08', false],
    ['2024-07-08', '2024-07-09', true],
  ])('due %s, today %s -> %s', (due, today, overdue) => {
    expect(isOverdue(due, today)).toBe(overdue);
  });
});

describe('atLeast', () => {
  it.each<[RiskTier, RiskTier, RiskTier]>([
    ['GREEN', 'ORANGE', 'ORANGE'],
    ['ORANGE', 'ORANGE', 'ORANGE'],
    ['RED', 'ORANGE', 'RED'],
  ])('%s at least %s = %s', (current, floor, expected) => {
    expect(atLeast(current, floor)).toBe(expected);
  });
});

describe('parseVisitIntervals', () => {
  it('accepts the city values', () => {
    expect(parseVisitIntervals(city)).toEqual(city);
  });
  it.each([[null], [{ RED: 7, ORANGE: 30 }], [{ RED: 0, ORANGE: 30, GREEN: 90 }], [{ RED: 7.5, ORANGE: 30, GREEN: 90 }]])('refuses %j', (value) => {
    expect(() => parseVisitIntervals(value)).toThrow(RangeError);
  });
});
