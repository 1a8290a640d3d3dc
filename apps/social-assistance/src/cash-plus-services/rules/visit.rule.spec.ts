import { reviewProblem, visitMonth, visitProblem, type VisitFacts, type VisitPlan, type VisitProblem, type VisitStatus } from './visit.rule';

const plan: VisitPlan = { fromDate: '2023-09-01', toDate: '2024-02-29', services: ['CLEANING', 'COMPANY'], visitsPerMonth: 4 };
const visit: VisitFacts = { visitedOn: '2023-10-10', service: 'CLEANING', today: '2023-10-20', deceasedOn: null, recordedInMonth: 0 };

describe('visitProblem', () => {
  it.each<[string, Partial<VisitFacts>, VisitProblem | null]>([
    ['a visit of the plan', {}, null],
    ['the first day of the plan', { visitedOn: '2023-09-01' }, null],
    ['the last day of the plan', { visitedOn: '2024-02-29', today: '2024-03-01' }, null],
    ['today', { visitedOn: '2023-10-20' }, null],
    ['tomorrow', { visitedOn: '2023-10-21' }, 'VISIT_IN_FUTURE'],
    ['the day before the plan', { visitedOn: '2023-08-31' }, 'OUTSIDE_PLAN_PERIOD'],
    ['the day after the plan', { visitedOn: '2024-03-01', today: '2024-03-05' }, 'OUTSIDE_PLAN_PERIOD'],
    ['on the day of death', { deceasedOn: '2023-10-10' }, null],
    ['after the death', { deceasedOn: '2023-10-09' }, 'AFTER_DEATH'],
    ['a service outside the plan', { service: 'ERRANDS' }, 'SERVICE_NOT_IN_PLAN'],
    ['the last visit of the month', { recordedInMonth: 3 }, null],
    ['one visit too many in the month', { recordedInMonth: 4 }, 'ABOVE_VISITS_PER_MONTH'],
  ])('%s -> %s', (_name, change, expected) => {
    expect(visitProblem(plan, { ...visit, ...change })).toBe(expected);
  });
});

describe('reviewProblem (confirm or dispute)', () => {
  it.each<[VisitStatus, string, string, string | null]>([
    ['RECORDED', 'provider-1', 'clerk-1', null],
    ['RECORDED', 'clerk-1', 'clerk-1', 'VISIT_SAME_PERSON'],
    ['CONFIRMED', 'provider-1', 'clerk-1', 'VISIT_ALREADY_CONFIRMED'],
    ['CONFIRMED', 'clerk-1', 'clerk-1', 'VISIT_ALREADY_CONFIRMED'],
    ['DISPUTED', 'provider-1', 'clerk-1', 'VISIT_DISPUTED'],
    ['DISPUTED', 'clerk-1', 'clerk-1', 'VISIT_DISPUTED'],
  ])('%s by %s, reviewed by %s -> %s', (status, recordedBy, reviewer, expected) => {
    expect(reviewProblem({ status, recordedBy }, reviewer)).toBe(expected);
  });
});

describe('visitMonth', () => {
  it.each([
    ['2023-10-01', '2023-10'],
    ['2024-02-29', '2024-02'],
  ])('%s -> %s', (date, month) => {
    expect(visitMonth(date)).toBe(month);
  });
});
