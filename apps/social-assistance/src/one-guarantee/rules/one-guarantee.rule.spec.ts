import { firstCoverageConflict, type Coverage } from './one-guarantee.rule';

const X = '11010519800101001X';
const Y = '110105198202020028';
const Z = '110105201005050030';

const dibao = (residentId: string, caseId: string, stopFromMonth: string | null = null): Coverage => ({ residentId, caseId, program: 'DIBAO', householdId: `h-${caseId}`, stopFromMonth });
const tekun = (residentId: string, caseId: string, stopFromMonth: string | null = null): Coverage => ({ ...dibao(residentId, caseId, stopFromMonth), program: 'TEKUN' });

describe('firstCoverageConflict (one person, one guarantee)', () => {
  it.each<[string, string[], Coverage[], string, { transferFromDibao?: boolean } | undefined, { index: number; caseId: string } | null]>([
    ['nobody covered', [X, Y], [], '2024-08', undefined, null],
    ['the second listed person covered by 低保 elsewhere', [X, Y], [dibao(Y, 'c1')], '2024-08', undefined, { index: 1, caseId: 'c1' }],
    ['covered by 特困', [X], [tekun(X, 't1')], '2024-08', undefined, { index: 0, caseId: 't1' }],
    ['the first in list order wins', [Z, Y, X], [dibao(X, 'c1'), dibao(Y, 'c2')], '2024-08', undefined, { index: 1, caseId: 'c2' }],
    ['coverage stopped from that month: free', [X], [dibao(X, 'c1', '2024-08')], '2024-08', undefined, null],
    ['coverage stopped from an earlier month: free', [X], [dibao(X, 'c1', '2024-06')], '2024-08', undefined, null],
    ['coverage stopped only from a later month: still covered then', [X], [dibao(X, 'c1', '2024-09')], '2024-08', undefined, { index: 0, caseId: 'c1' }],
    ['特困 takes over a 低保 coverage (transfer)', [X], [dibao(X, 'c1')], '2024-08', { transferFromDibao: true }, null],
    ['but not another 特困 coverage', [X], [dibao(X, 'c1'), tekun(X, 't1')], '2024-08', { transferFromDibao: true }, { index: 0, caseId: 't1' }],
    ['resident IDs compare upper-case', ['11010519800101001x'], [dibao(X, 'c1')], '2024-08', undefined, { index: 0, caseId: 'c1' }],
  ])('%s', (_name, listed, coverages, month, options, expected) => {
    const conflict = firstCoverageConflict(listed, coverages, month, options);
    expect(conflict ? { index: conflict.index, caseId: conflict.coverage.caseId } : null).toEqual(expected);
  });
});
