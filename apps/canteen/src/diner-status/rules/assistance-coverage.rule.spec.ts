import { firstDayOf, isCoveredOn, type CoveragePeriod } from './assistance-coverage.rule';

describe('isCoveredOn', () => {
  const started: CoveragePeriod = { coveredFrom: '2024-03-01', coveredUntil: null };
  const stopped: CoveragePeriod = { coveredFrom: '2024-03-01', coveredUntil: '2024-09-01' };
  const stopOnly: CoveragePeriod = { coveredFrom: null, coveredUntil: '2024-09-01' };

  it.each([
    [[started], '2024-02-29', false],
    [[started], '2024-03-01', true],
    [[started], '2030-01-01', true],
    [[stopped], '2024-08-31', true],
    [[stopped], '2024-09-01', false],
    [[stopOnly], '2024-05-01', false], // the stop arrived before the start
    [[stopped, { coveredFrom: '2025-01-01', coveredUntil: null }], '2024-10-01', false],
    [[stopped, { coveredFrom: '2025-01-01', coveredUntil: null }], '2025-01-01', true],
    [[], '2024-05-01', false],
  ])('%j on %s -> %s', (periods, date, covered) => {
    expect(isCoveredOn(periods, date)).toBe(covered);
  });
});

describe('firstDayOf', () => {
  it('gives the first day of a month and refuses anything else', () => {
    expect(firstDayOf('2024-03')).toBe('2024-03-01');
    expect(() => firstDayOf('2024-13')).toThrow(RangeError);
  });
});
