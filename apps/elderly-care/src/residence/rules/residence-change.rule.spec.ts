import { isMoveSource, moveDateProblem, stopFromMonthAfterMove } from './residence-change.rule';

describe('moving away', () => {
  it.each<[string, string, string | null]>([
    // moved on, today, problem
    ['2024-06-10', '2024-08-20', null],
    ['2024-08-20', '2024-08-20', null],
    ['2024-08-21', '2024-08-20', 'movedOn must not be in the future'],
    ['2024-02-30', '2024-08-20', 'movedOn must be a real date YYYY-MM-DD'],
    ['1939-12-31', '2024-08-20', 'movedOn must not be before the birth date'],
  ])('moved on %s, today %s -> %s', (movedOn, today, problem) => {
    expect(moveDateProblem(movedOn, '1940-01-01', today)).toBe(problem);
  });

  it.each<[string, string]>([
    ['2024-06-10', '2024-07'],
    ['2024-06-30', '2024-07'],
    ['2024-12-01', '2025-01'],
  ])('moved on %s: stops from %s', (movedOn, stop) => {
    expect(stopFromMonthAfterMove(movedOn).toString()).toBe(stop);
  });

  it.each<[unknown, boolean]>([
    ['PUBLIC_SECURITY', true],
    ['REGISTRY', true],
    ['VILLAGE', true],
    ['HOSPITAL', false],
    ['public_security', false],
    [undefined, false],
  ])('source %j is %s', (source, ok) => {
    expect(isMoveSource(source)).toBe(ok);
  });
});
