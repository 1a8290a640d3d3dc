import { ProblemError, type Problem } from '../src/api/problem';
import { fileStateOf, type FileState } from '../src/pages/person/file-state';
import { mergeSearchResults } from '../src/pages/person/search-merge';
import type { Page } from '../src/pages/person/types';

const problem = (status: number, code: string): Problem => ({ status, code, fields: [], extensions: {} });
const page = <T>(items: T[], total = items.length): FileState<Page<T>> => ({ kind: 'found', data: { items, total, page: 1, pageSize: 100 } });

describe('what one service said (fileStateOf)', () => {
  it.each([
    [problem(404, 'PERSON.NOT_FOUND'), 'none'],
    [problem(403, 'AUTH.OUTSIDE_DIVISION'), 'forbidden'],
    [problem(403, 'CHILD.OUT_OF_DIVISION'), 'forbidden'],
    [problem(403, 'AUTH.FORBIDDEN'), 'forbidden'],
    [problem(403, 'PRIVACY.UNMASK_FORBIDDEN'), 'failed'],
    [problem(404, 'CONSOLE.UNKNOWN_SERVICE'), 'failed'],
    [problem(502, 'CONSOLE.SERVICE_UNAVAILABLE'), 'failed'],
    [problem(503, 'POLICY.NOT_IN_FORCE'), 'failed'],
  ])('%o is %s', (p, kind) => {
    expect(fileStateOf({ error: new ProblemError(p), isPending: false }).kind).toBe(kind);
  });

  it('is loading until there is data, found with it', () => {
    expect(fileStateOf({ error: null, isPending: true })).toEqual({ kind: 'loading' });
    expect(fileStateOf({ data: { a: 1 }, error: null, isPending: false })).toEqual({ kind: 'found', data: { a: 1 } });
  });

  it('treats an error that is no problem (a bug) as an internal error', () => {
    expect(fileStateOf({ error: new TypeError('x'), isPending: false })).toEqual({ kind: 'failed', problem: problem(500, 'INTERNAL.ERROR') });
  });
});

describe('the merged name search', () => {
  it('lists every service’s matches by name, saying where each came from', () => {
    const merged = mergeSearchResults({
      socialAssistance: page([{ residentId: '110***********002X', name: '王*英', record: 'HOUSEHOLD' as const, recordId: 'h-1', regionCode: '110105001' }]),
      elderlyCare: page([
        { residentId: '110***********002X', name: '王*英', record: 'ELDER' as const, region: '110105001', local: true, deceasedOn: null },
        { residentId: '110***********0019', name: '王*兰', record: 'ELDER' as const, region: '110105001', local: false, deceasedOn: '2024-08-02' },
      ]),
      canteen: page([{ residentId: '110***********002X', name: '王*英', record: 'DINER' as const, recordId: 'd-1', canteenName: '幸福食堂', canteenRegion: '110105001', active: true }]),
    });
    expect(merged.rows.map((r) => [r.name, r.service, r.record, r.place, r.note])).toEqual([
      ['王*兰', 'elderlyCare', '老年人名册', '110105001', '已故、非本地户籍'],
      ['王*英', 'socialAssistance', '低保/特困家庭成员', '110105001', ''],
      ['王*英', 'elderlyCare', '老年人名册', '110105001', ''],
      ['王*英', 'canteen', '助餐就餐人员', '幸福食堂（110105001）', '就餐中'],
    ]);
    expect(new Set(merged.rows.map((r) => r.key)).size).toBe(4);
    expect(merged).toMatchObject({ truncated: [], failed: [], forbidden: [], loading: [] });
  });

  it('keeps a vagrant intake without a resident ID', () => {
    const merged = mergeSearchResults({ socialAssistance: page([{ residentId: null, name: '无*氏', record: 'VAGRANT_CASE' as const, recordId: 'v-1', regionCode: '110105001' }]) });
    expect(merged.rows[0]).toMatchObject({ residentId: null, record: '流浪乞讨救助' });
  });

  it('reports a service with more matches than it sent, one that failed, refused or is still loading', () => {
    const merged = mergeSearchResults({
      civilRegistration: page([{ residentId: '110***********002X', name: '王*英', record: 'DEATH' as const, recordId: 'x', divisionCode: '110105' }], 140),
      childWelfare: { kind: 'forbidden', problem: problem(403, 'AUTH.FORBIDDEN') },
      canteen: { kind: 'failed', problem: problem(502, 'CONSOLE.SERVICE_UNAVAILABLE') },
      elderlyCare: { kind: 'loading' },
    });
    expect(merged.truncated).toEqual([{ service: 'civilRegistration', total: 140, shown: 1 }]);
    expect(merged.forbidden).toEqual(['childWelfare']);
    expect(merged.failed).toEqual([{ service: 'canteen', problem: problem(502, 'CONSOLE.SERVICE_UNAVAILABLE') }]);
    expect(merged.loading).toEqual(['elderlyCare']);
    expect(merged.rows.map((r) => r.note)).toEqual(['已故']);
  });
});
