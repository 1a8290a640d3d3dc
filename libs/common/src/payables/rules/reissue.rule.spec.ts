import { reissueDecision, type FailedLineFacts } from './reissue.rule';

describe('reissueDecision', () => {
  it.each<[string, FailedLineFacts, ReturnType<typeof reissueDecision>]>([
    ['still payable', { period: '2024-08', stoppedFromMonth: null, alreadyReissued: false, isReissue: false }, { reissue: true }],
    ['stopped after the period (the period was owed)', { period: '2024-08', stoppedFromMonth: '2024-09', alreadyReissued: false, isReissue: false }, { reissue: true }],
    ['stopped from the period itself', { period: '2024-08', stoppedFromMonth: '2024-08', alreadyReissued: false, isReissue: false }, { reissue: false, reason: 'STOPPED_BEFORE_PERIOD' }],
    ['stopped before the period', { period: '2024-08', stoppedFromMonth: '2024-06', alreadyReissued: false, isReissue: false }, { reissue: false, reason: 'STOPPED_BEFORE_PERIOD' }],
    ['stopped across a year end', { period: '2024-12', stoppedFromMonth: '2025-01', alreadyReissued: false, isReissue: false }, { reissue: true }],
    ['re-issued already', { period: '2024-08', stoppedFromMonth: null, alreadyReissued: true, isReissue: false }, { reissue: false, reason: 'ALREADY_REISSUED' }],
    ['re-issued already and stopped', { period: '2024-08', stoppedFromMonth: '2024-07', alreadyReissued: true, isReissue: false }, { reissue: false, reason: 'ALREADY_REISSUED' }],
    ['a re-issue that failed again', { period: '2024-08', stoppedFromMonth: null, alreadyReissued: false, isReissue: true }, { reissue: false, reason: 'REISSUE_FAILED_AGAIN' }],
  ])('%s', (_, facts, decision) => {
    expect(reissueDecision(facts)).toEqual(decision);
  });
});
