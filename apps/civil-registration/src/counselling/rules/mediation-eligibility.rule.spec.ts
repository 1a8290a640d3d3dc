import { counsellingCoupleProblem, mediationProblem } from './mediation-eligibility.rule';

// Applied 2024-03-18: cooling-off to 2024-04-17, the certificate until 2024-05-17.
const open = { status: 'APPLIED', coolingOffEndsOn: '2024-04-17', certificateDeadline: '2024-05-17' } as const;

describe('mediationProblem', () => {
  it.each([
    ['no such application', null, '2024-03-20', 'MEDIATION.UNKNOWN_DIVORCE'],
    ['the day of the application', open, '2024-03-18', null],
    ['the last day of cooling-off', open, '2024-04-17', null],
    ['awaiting the certificate', open, '2024-04-18', null],
    ['the certificate deadline', open, '2024-05-17', null],
    ['after the deadline, not yet marked by the job', open, '2024-05-18', 'MEDIATION.DIVORCE_NOT_OPEN'],
    ['withdrawn by a party', { ...open, status: 'WITHDRAWN' }, '2024-03-20', 'MEDIATION.DIVORCE_NOT_OPEN'],
    ['deemed withdrawn', { ...open, status: 'DEEMED_WITHDRAWN' }, '2024-05-20', 'MEDIATION.DIVORCE_NOT_OPEN'],
    ['registered', { ...open, status: 'REGISTERED' }, '2024-04-20', 'MEDIATION.DIVORCE_NOT_OPEN'],
  ] as const)('%s', (_label, divorce, today, expected) => {
    expect(mediationProblem(divorce, today)).toBe(expected);
  });
});

describe('counsellingCoupleProblem', () => {
  it.each([
    ['two people', ['A', 'B'], null],
    ['the same person twice', ['A', 'A'], 'COUNSELLING.SAME_PERSON'],
  ] as const)('%s', (_label, ids, expected) => {
    expect(counsellingCoupleProblem(ids)).toBe(expected);
  });
});
