import { isOverdue, outcomeProblem, stayUntil, type VagrantOutcome } from './vagrant-stay';

describe('stayUntil', () => {
  it.each([
    ['2024-07-01', 10, '2024-07-10'],
    ['2024-07-25', 10, '2024-08-03'],
    ['2024-07-10', 1, '2024-07-10'],
  ])('from %s for %d days -> %s', (from, days, expected) => {
    expect(stayUntil(from, days)).toBe(expected);
  });
  it('refuses a non-positive stay', () => {
    expect(() => stayUntil('2024-07-01', 0)).toThrow(RangeError);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2024-07-10', '2024-07-10', false],
    ['2024-07-10', '2024-07-11', true],
  ])('until %s, today %s -> %s', (until, today, expected) => {
    expect(isOverdue(until, today)).toBe(expected);
  });
});

describe('outcomeProblem', () => {
  it.each<[boolean, VagrantOutcome, string | null]>([
    [true, 'HANDED_OVER', null],
    [true, 'RETURNED_HOME', 'MINOR_MUST_BE_HANDED_OVER'],
    [false, 'RETURNED_HOME', null],
    [false, 'LEFT', null],
    [false, 'HANDED_OVER', 'ONLY_MINORS_ARE_HANDED_OVER'],
  ])('minor %s, %s -> %s', (minor, outcome, expected) => {
    expect(outcomeProblem(minor, outcome)).toBe(expected);
  });
});
