import { dateProblem, visitWithinPairing } from './help-dates.rule';

describe('dateProblem', () => {
  it.each<[string, string, { date: string; what: string } | undefined, string | null]>([
    ['2024-07-15', '2024-07-15', undefined, null],
    ['2024-07-16', '2024-07-15', undefined, 'DATE_IN_FUTURE'],
    ['2024-07-10', '2024-07-15', { date: '2024-07-10', what: 'raised on' }, null],
    ['2024-07-09', '2024-07-15', { date: '2024-07-10', what: 'raised on' }, 'DATE_TOO_EARLY'],
  ])('%s with today %s and floor %j -> %s', (date, today, floor, code) => {
    expect(dateProblem('closedOn', date, today, floor)?.code ?? null).toBe(code);
  });
});

describe('visitWithinPairing', () => {
  it.each<[string, string | null, boolean]>([
    ['2024-07-01', null, true],
    ['2024-06-30', null, false],
    ['2024-12-31', '2024-12-31', true],
    ['2025-01-01', '2024-12-31', false],
  ])('%s (pairing to %s) -> %s', (visitedOn, endedOn, ok) => {
    expect(visitWithinPairing(visitedOn, { startedOn: '2024-07-01', endedOn })).toBe(ok);
  });
});
