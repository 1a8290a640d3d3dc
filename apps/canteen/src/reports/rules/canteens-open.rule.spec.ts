import { canteensOpen } from './canteens-open.rule';

describe('canteensOpen', () => {
  it.each<[string, string[], ReturnType<typeof canteensOpen>]>([
    ['no canteens', [], { atYearStart: 0, openedInYear: 0, atYearEnd: 0 }],
    ['opened before the year: open at its start', ['2019-05-01', '2023-12-31'], { atYearStart: 2, openedInYear: 0, atYearEnd: 2 }],
    ['opened on 1 January: open on that day, so at the start', ['2024-01-01'], { atYearStart: 1, openedInYear: 0, atYearEnd: 1 }],
    ['opened on 2 January and on 31 December: opened in the year', ['2024-01-02', '2024-12-31'], { atYearStart: 0, openedInYear: 2, atYearEnd: 2 }],
    ['opened after the year: not counted', ['2025-01-01'], { atYearStart: 0, openedInYear: 0, atYearEnd: 0 }],
    ['the city: 8 → 12', ['2021-03-01', '2021-09-15', '2022-04-01', '2022-06-18', '2022-11-01', '2023-03-08', '2023-06-01', '2023-10-01', '2024-03-01', '2024-05-20', '2024-07-01', '2024-09-29'], { atYearStart: 8, openedInYear: 4, atYearEnd: 12 }],
  ])('%s', (_, days, expected) => {
    expect(canteensOpen(days, 2024)).toEqual(expected);
  });
});
