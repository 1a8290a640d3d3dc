import { assessmentProblem, firstAssessmentDueOn, followUpState, isOverdue, referralsOf, type AssessmentEntry, type AssessmentProblem, type FollowUpFacts, type ReturneeNeed } from './return-assessment.rule';

describe('firstAssessmentDueOn', () => {
  it.each([
    ['2024-07-25', 30, '2024-08-24'],
    ['2024-12-15', 30, '2025-01-14'],
    ['2024-02-01', 28, '2024-02-29'],
    ['2024-07-25', 0, '2024-07-25'],
  ])('returned %s, %d days -> %s', (returnedOn, days, expected) => {
    expect(firstAssessmentDueOn(returnedOn, days)).toBe(expected);
  });
  it.each([-1, 1.5])('refuses %p days', (days) => {
    expect(() => firstAssessmentDueOn('2024-07-25', days)).toThrow(RangeError);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2024-08-24', '2024-08-23', false],
    ['2024-08-24', '2024-08-24', false],
    ['2024-08-24', '2024-08-25', true],
  ])('due %s, today %s -> %s', (dueOn, today, expected) => {
    expect(isOverdue(dueOn, today)).toBe(expected);
  });
});

describe('followUpState', () => {
  const returned: FollowUpFacts = { returnedOn: '2024-07-25', dueDays: 30, latest: null, closed: false };
  it.each<[string, FollowUpFacts, ReturnType<typeof followUpState>]>([
    ['no assessment yet', returned, { status: 'ASSESSMENT_DUE', dueOn: '2024-08-24' }],
    ['a follow-up set', { ...returned, latest: { followUpOn: '2024-09-10' } }, { status: 'FOLLOW_UP_DUE', dueOn: '2024-09-10' }],
    ['the last assessment set none', { ...returned, latest: { followUpOn: null } }, { status: 'ENDED', dueOn: null }],
    ['closed by a supervisor with a follow-up pending', { ...returned, latest: { followUpOn: '2024-09-10' }, closed: true }, { status: 'CLOSED', dueOn: null }],
    ['closed before any assessment', { ...returned, closed: true }, { status: 'CLOSED', dueOn: null }],
  ])('%s', (_name, facts, expected) => {
    expect(followUpState(facts)).toEqual(expected);
  });
});

describe('assessmentProblem', () => {
  const facts = { returnedOn: '2024-07-25', today: '2024-08-10', previousOn: null };
  const settled: AssessmentEntry = { assessedOn: '2024-08-05', situation: 'SETTLED', followUpOn: null, needs: [], temporaryReliefId: null };
  const atRisk: AssessmentEntry = { ...settled, situation: 'AT_RISK', followUpOn: '2024-09-05' };
  const reliefId = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01';
  it.each<[string, AssessmentEntry, typeof facts | { returnedOn: string; today: string; previousOn: string | null }, AssessmentProblem | null]>([
    ['settled, no follow-up', settled, facts, null],
    ['on the return day', { ...settled, assessedOn: '2024-07-25' }, facts, null],
    ['today', { ...settled, assessedOn: '2024-08-10' }, facts, null],
    ['the day before the return', { ...settled, assessedOn: '2024-07-24' }, facts, { code: 'BEFORE_RETURN', field: 'assessedOn' }],
    ['tomorrow', { ...settled, assessedOn: '2024-08-11' }, facts, { code: 'IN_FUTURE', field: 'assessedOn' }],
    ['before the previous assessment', settled, { ...facts, previousOn: '2024-08-06' }, { code: 'BEFORE_PREVIOUS', field: 'assessedOn' }],
    ['the same day as the previous one', settled, { ...facts, previousOn: '2024-08-05' }, null],
    ['at risk with a follow-up', atRisk, facts, null],
    ['at risk without a follow-up', { ...atRisk, followUpOn: null }, facts, { code: 'FOLLOW_UP_REQUIRED', field: 'followUpOn' }],
    ['unreachable without a follow-up', { ...atRisk, situation: 'UNREACHABLE', followUpOn: null }, facts, { code: 'FOLLOW_UP_REQUIRED', field: 'followUpOn' }],
    ['unreachable with a follow-up', { ...atRisk, situation: 'UNREACHABLE' }, facts, null],
    ['left again without a follow-up', { ...settled, situation: 'LEFT_AGAIN' }, facts, null],
    ['left again with a follow-up', { ...atRisk, situation: 'LEFT_AGAIN' }, facts, null],
    ['settled with a follow-up', { ...settled, followUpOn: '2024-09-05' }, facts, { code: 'FOLLOW_UP_WHEN_SETTLED', field: 'followUpOn' }],
    ['a follow-up on the day assessed', { ...atRisk, followUpOn: '2024-08-05' }, facts, { code: 'FOLLOW_UP_NOT_AFTER_ASSESSMENT', field: 'followUpOn' }],
    ['a follow-up the day after', { ...atRisk, followUpOn: '2024-08-06' }, facts, null],
    ['a relief grant linked to a relief need', { ...settled, needs: ['TEMPORARY_RELIEF'], temporaryReliefId: reliefId }, facts, null],
    ['a relief grant without the need', { ...settled, needs: ['DIBAO'], temporaryReliefId: reliefId }, facts, { code: 'RELIEF_WITHOUT_NEED', field: 'temporaryReliefId' }],
  ])('%s', (_name, entry, given, expected) => {
    expect(assessmentProblem(entry, given)).toEqual(expected);
  });
});

describe('referralsOf', () => {
  it.each<[ReturneeNeed[], ReturneeNeed[]]>([
    [[], []],
    [['MEDICAL', 'EMPLOYMENT'], []],
    [['SCHOOLING', 'DIBAO'], ['DIBAO']],
    [['TEMPORARY_RELIEF', 'MEDICAL', 'DIBAO'], ['DIBAO', 'TEMPORARY_RELIEF']],
  ])('needs %j -> referred %j', (needs, expected) => {
    expect(referralsOf(needs)).toEqual(expected);
  });
});
