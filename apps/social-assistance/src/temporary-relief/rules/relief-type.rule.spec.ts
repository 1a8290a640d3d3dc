import { documentationProblem, paidFirstProblem, type ReliefType } from './relief-type.rule';

describe('paidFirstProblem', () => {
  it.each<[ReliefType, boolean, string | null]>([
    ['EMERGENCY', true, null],
    ['EMERGENCY', false, null],
    ['EXPENDITURE', false, null],
    ['EXPENDITURE', true, 'PAID_FIRST_ONLY_FOR_EMERGENCY'],
  ])('%s paid first %s -> %s', (type, paidFirst, expected) => {
    expect(paidFirstProblem(type, paidFirst)).toBe(expected);
  });
});

describe('documentationProblem', () => {
  it.each<[boolean, string | null, string | null]>([
    [true, null, null],
    [true, '2024-08-21', 'ALREADY_DOCUMENTED'],
    [false, '2024-08-20', 'NOT_PAID_FIRST'],
  ])('paid first %s, documented %s -> %s', (paidFirst, documentedOn, expected) => {
    expect(documentationProblem({ paidFirst, documentedOn })).toBe(expected);
  });
});
