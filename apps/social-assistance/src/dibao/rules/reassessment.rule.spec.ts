import type { DibaoIneligibility } from './dibao-benefit.rule';
import { enrollmentChanges, singlePersonAssetsProblem, stopReasonFor, type ReassessmentStopReason } from './reassessment.rule';

describe('stopReasonFor', () => {
  it.each<[DibaoIneligibility, ReassessmentStopReason]>([
    ['INCOME_NOT_BELOW_STANDARD', 'INCOME_ABOVE_STANDARD'],
    ['ASSETS_ABOVE_LIMIT', 'ASSETS_ABOVE_LIMIT'],
    ['NO_MEMBERS', 'MOVED_AWAY'],
  ])('%s -> %s', (ineligibility, reason) => {
    expect(stopReasonFor(ineligibility)).toBe(reason);
  });
});

describe('singlePersonAssetsProblem', () => {
  it.each<[number, number, string | null]>([
    [2 * 24 * 73500, 2, null],
    [2 * 24 * 73500 + 1, 2, 'ASSETS_ABOVE_LIMIT'],
    [0, 0, null],
  ])('assets %d over %d living members -> %s', (financialAssetsFen, livingMembers, expected) => {
    expect(singlePersonAssetsProblem({ financialAssetsFen, livingMembers, standard: 73500, assetLimitMonths: 24 })).toBe(expected);
  });
});

describe('enrollmentChanges', () => {
  it.each<[string, string[], string[], { start: string[]; stop: string[] }]>([
    ['nothing changed', ['a', 'b'], ['a', 'b'], { start: [], stop: [] }],
    ['a member joined', ['a', 'b', 'c'], ['a', 'b'], { start: ['c'], stop: [] }],
    ['a member left', ['a'], ['a', 'b'], { start: [], stop: ['b'] }],
    ['one in, one out', ['a', 'c'], ['a', 'b'], { start: ['c'], stop: ['b'] }],
  ])('%s', (_name, covered, enrolled, expected) => {
    expect(enrollmentChanges(covered, enrolled)).toEqual(expected);
  });
});
