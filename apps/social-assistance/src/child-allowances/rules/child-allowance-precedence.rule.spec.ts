import { YearMonth } from '@app/common/time/year-month';
import { caseStopsWithChild, coverageStopsFrom, dibaoExcludedFrom } from './child-allowance-precedence.rule';

const m = (s: string) => YearMonth.parse(s);

describe('coverageStopsFrom', () => {
  it.each<[string, string, string | null, string]>([
    ['case running before the allowance: from the allowance month', '2024-08', '2024-03', '2024-08'],
    ['case starting the same month', '2024-08', '2024-08', '2024-08'],
    ['case starting later: from its own first month', '2024-08', '2024-10', '2024-10'],
    ['case not started yet (approved, no month): from the allowance month', '2024-08', null, '2024-08'],
  ])('%s', (_case, from, caseStart, expected) => {
    expect(coverageStopsFrom(m(from), caseStart).toString()).toBe(expected);
  });
});

describe('caseStopsWithChild', () => {
  it.each<[string, boolean, number, boolean]>([
    ['特困 of the child', true, 0, true],
    ['单人户 of the child even with others in the household', true, 2, true],
    ['低保 household with two others', false, 2, false],
    ['低保 household of the child alone', false, 0, true],
  ])('%s', (_case, onePerson, others, expected) => {
    expect(caseStopsWithChild(onePerson, others)).toBe(expected);
  });
});

describe('dibaoExcludedFrom', () => {
  it.each<[string, string | null, string, string]>([
    ['not excluded yet', null, '2024-08', '2024-08'],
    ['already excluded earlier (特困): kept', '2024-05', '2024-08', '2024-05'],
    ['excluded later: brought forward', '2024-11', '2024-08', '2024-08'],
  ])('%s', (_case, existing, from, expected) => {
    expect(dibaoExcludedFrom(existing, m(from))).toBe(expected);
  });
});
