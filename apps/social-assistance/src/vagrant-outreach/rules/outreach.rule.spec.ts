import { outreachProblem, type OutreachEntry, type OutreachProblem } from './outreach.rule';

const now = new Date('2024-07-15T10:00:00+08:00');
const call: OutreachEntry = { kind: 'HOTLINE_CALL', outcome: 'ADVICE_GIVEN', occurredAt: '2024-07-15T09:30:00+08:00', patrolMembers: [], vagrantCaseId: null };
const patrol: OutreachEntry = { kind: 'STREET_PATROL', outcome: 'DECLINED_HELP', occurredAt: '2024-07-14T22:00:00+08:00', patrolMembers: ['王某', '李某'], vagrantCaseId: null };
const caseId = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01';

describe('outreachProblem', () => {
  it.each<[string, OutreachEntry, OutreachProblem | null]>([
    ['a call answered with advice', call, null],
    ['a call at this very moment', { ...call, occurredAt: '2024-07-15T02:00:00Z' }, null],
    ['a call one second ahead', { ...call, occurredAt: '2024-07-15T02:00:01Z' }, { code: 'IN_FUTURE', field: 'occurredAt' }],
    ['a patrol whose person declined help', patrol, null],
    ['a patrol that brought someone in', { ...patrol, outcome: 'ADMITTED', vagrantCaseId: caseId }, null],
    ['a call that led to an admission', { ...call, outcome: 'ADMITTED', vagrantCaseId: caseId }, null],
    ['a patrol without its members', { ...patrol, patrolMembers: [] }, { code: 'PATROL_WITHOUT_MEMBERS', field: 'patrolMembers' }],
    ['a call with patrol members', { ...call, patrolMembers: ['王某'] }, { code: 'MEMBERS_ONLY_ON_PATROL', field: 'patrolMembers' }],
    ['admitted without the case', { ...patrol, outcome: 'ADMITTED' }, { code: 'CASE_REQUIRED', field: 'vagrantCaseId' }],
    ['a case named for another outcome', { ...call, outcome: 'REFERRED_MEDICAL', vagrantCaseId: caseId }, { code: 'CASE_ONLY_WHEN_ADMITTED', field: 'vagrantCaseId' }],
  ])('%s', (_name, entry, expected) => {
    expect(outreachProblem(entry, now)).toEqual(expected);
  });
});
