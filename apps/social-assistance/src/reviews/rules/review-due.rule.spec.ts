import { addMonths, earlierDue, isStableHousehold, reviewDueOn } from './review-due.rule';

const intervals = { STABLE: 12, OTHER: 6 };
const m = (...categories: string[]) => ({ categories });

describe('reviewDueOn', () => {
  it.each<[string, string, Array<{ categories: string[] }>, string]>([
    ['others: every 6 months', '2024-07-15', [m(), m('ELDERLY')], '2025-01-15'],
    ['stable: all members elderly/disabled/ill, yearly', '2024-07-15', [m('ELDERLY'), m('SERIOUSLY_ILL')], '2025-07-15'],
    ['a minor does not make a household stable', '2024-07-15', [m('MINOR')], '2025-01-15'],
    ['month end clamps', '2024-08-31', [m()], '2025-02-28'],
    ['leap year clamp', '2023-08-31', [m()], '2024-02-29'],
  ])('%s', (_name, decidedOn, members, expected) => {
    expect(reviewDueOn(decidedOn, members, intervals)).toBe(expected);
  });
});

describe('isStableHousehold', () => {
  it.each<[Array<{ categories: string[] }>, boolean]>([
    [[], false],
    [[m('SEVERELY_DISABLED')], true],
    [[m('SEVERELY_DISABLED'), m()], false],
  ])('%j -> %s', (members, expected) => {
    expect(isStableHousehold(members)).toBe(expected);
  });
});

describe('addMonths / earlierDue', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-12-15', 1, '2025-01-15'],
  ])('%s + %d -> %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
  it.each<[string | null, string, string]>([
    [null, '2024-09-01', '2024-09-01'],
    ['2025-01-15', '2024-09-01', '2024-09-01'],
    ['2024-08-01', '2024-09-01', '2024-08-01'],
  ])('due %s, event %s -> %s', (current, event, expected) => {
    expect(earlierDue(current, event)).toBe(expected);
  });
});
