import { workStage, type StageFacts, type WorkStage } from './work-stage.rule';

describe('workStage', () => {
  it.each<[string, StageFacts, string, WorkStage | null]>([
    ['低保 applied: investigation next', { program: 'DIBAO', status: 'APPLIED', noticeEndsOn: null }, '2024-06-17', 'AWAITING_INVESTIGATION'],
    ['低保 notice running', { program: 'DIBAO', status: 'IN_PUBLIC_NOTICE', noticeEndsOn: '2024-06-24' }, '2024-06-20', 'IN_PUBLIC_NOTICE'],
    ['低保 notice on its last day', { program: 'DIBAO', status: 'IN_PUBLIC_NOTICE', noticeEndsOn: '2024-06-24' }, '2024-06-24', 'IN_PUBLIC_NOTICE'],
    ['低保 notice ended the day before', { program: 'DIBAO', status: 'IN_PUBLIC_NOTICE', noticeEndsOn: '2024-06-24' }, '2024-06-25', 'AWAITING_APPROVAL'],
    ['低保 notice of no days', { program: 'DIBAO', status: 'IN_PUBLIC_NOTICE', noticeEndsOn: null }, '2024-06-17', 'AWAITING_APPROVAL'],
    ['特困 applied: decided on the application', { program: 'TEKUN', status: 'APPLIED', noticeEndsOn: null }, '2024-06-17', 'AWAITING_APPROVAL'],
    ['低保 approved', { program: 'DIBAO', status: 'APPROVED', noticeEndsOn: '2024-06-24' }, '2024-06-28', null],
    ['特困 active', { program: 'TEKUN', status: 'ACTIVE', noticeEndsOn: null }, '2024-06-28', null],
    ['低保 rejected', { program: 'DIBAO', status: 'REJECTED', noticeEndsOn: null }, '2024-06-28', null],
  ])('%s', (_what, facts, today, stage) => {
    expect(workStage(facts, today)).toBe(stage);
  });
});
