import { appointmentProblem, countInPost, inPostOn, postDivisionProblem, type StaffRole, type StaffTenure } from './staff-post.rule';

describe('postDivisionProblem', () => {
  it.each<[StaffRole, string, string | null]>([
    ['CHILD_DIRECTOR', '110105001001', null],
    ['CHILD_DIRECTOR', '110105001', 'STAFF.DIVISION_MISMATCH'],
    ['CHILD_SUPERVISOR', '110105001', null],
    ['CHILD_SUPERVISOR', '110105001001', 'STAFF.DIVISION_MISMATCH'],
    ['CHILD_SUPERVISOR', '110105', 'STAFF.DIVISION_MISMATCH'],
  ])('%s of %s -> %s', (role, code, problem) => {
    expect(postDivisionProblem(role, code)?.code ?? null).toBe(problem);
  });
});

describe('appointmentProblem (one holder of a post on any day)', () => {
  it.each<[string, StaffTenure[], string, [number, string] | null]>([
    ['an empty post', [], '2024-03-01', null],
    ['a post whose holder left before', [{ appointedOn: '2020-01-01', leftOn: '2024-02-29' }], '2024-03-01', null],
    ['the day the holder left', [{ appointedOn: '2020-01-01', leftOn: '2024-03-01' }], '2024-03-01', null],
    ['a post held now', [{ appointedOn: '2020-01-01', leftOn: null }], '2024-03-01', [409, 'divisionCode']],
    ['held now, the earlier holder gone', [{ appointedOn: '2018-01-01', leftOn: '2019-12-31' }, { appointedOn: '2020-01-01', leftOn: null }], '2024-03-01', [409, 'divisionCode']],
    ['before the last holder left', [{ appointedOn: '2020-01-01', leftOn: '2024-06-30' }], '2024-03-01', [409, 'appointedOn']],
  ])('%s', (_, holders, appointedOn, refused) => {
    const problem = appointmentProblem(holders, appointedOn);
    expect(problem === null ? null : [problem.status, problem.field]).toEqual(refused);
    if (problem) expect(problem.code).toBe('STAFF.POST_OCCUPIED');
  });
});

describe('inPostOn and countInPost', () => {
  const staff = [
    { role: 'CHILD_DIRECTOR' as const, appointedOn: '2020-01-01', leftOn: null },
    { role: 'CHILD_DIRECTOR' as const, appointedOn: '2020-01-01', leftOn: '2024-06-30' },
    { role: 'CHILD_DIRECTOR' as const, appointedOn: '2024-07-01', leftOn: null },
    { role: 'CHILD_SUPERVISOR' as const, appointedOn: '2022-05-01', leftOn: null },
    { role: 'CHILD_SUPERVISOR' as const, appointedOn: '2025-01-01', leftOn: null },
  ];
  it.each([
    ['2024-06-29', { directors: 2, supervisors: 1 }],
    ['2024-06-30', { directors: 1, supervisors: 1 }], // the day of leaving is out of post
    ['2024-07-01', { directors: 2, supervisors: 1 }],
    ['2019-12-31', { directors: 0, supervisors: 0 }],
  ])('on %s -> %j', (day, counts) => {
    expect(countInPost(staff, day)).toEqual(counts);
  });
  it('counts the day of appointment', () => {
    expect(inPostOn({ appointedOn: '2024-07-01', leftOn: null }, '2024-07-01')).toBe(true);
  });
});
