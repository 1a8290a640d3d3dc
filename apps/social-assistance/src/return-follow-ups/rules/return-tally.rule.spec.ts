import { tallyReturnAssessments, type AssessmentOfYear, type ReturnFollowUpTally } from './return-tally.rule';

const none: ReturnFollowUpTally = { returneesAssessed: 0, settled: 0, atRisk: 0, leftAgain: 0, unreachable: 0, followUps: 0 };

describe('tallyReturnAssessments', () => {
  it.each<[string, AssessmentOfYear[], ReturnFollowUpTally]>([
    ['nobody assessed', [], none],
    ['one settled at the first visit', [{ vagrantCaseId: 'a', sequence: 1, situation: 'SETTLED' }], { ...none, returneesAssessed: 1, settled: 1 }],
    [
      'at risk, then settled at the follow-up: counted once, as settled',
      [
        { vagrantCaseId: 'a', sequence: 1, situation: 'AT_RISK' },
        { vagrantCaseId: 'a', sequence: 2, situation: 'SETTLED' },
      ],
      { ...none, returneesAssessed: 1, settled: 1, followUps: 1 },
    ],
    [
      'the latest decides whatever order the rows come in',
      [
        { vagrantCaseId: 'a', sequence: 3, situation: 'LEFT_AGAIN' },
        { vagrantCaseId: 'a', sequence: 2, situation: 'UNREACHABLE' },
      ],
      { ...none, returneesAssessed: 1, leftAgain: 1, followUps: 2 },
    ],
    [
      'several returnees',
      [
        { vagrantCaseId: 'a', sequence: 1, situation: 'SETTLED' },
        { vagrantCaseId: 'b', sequence: 1, situation: 'AT_RISK' },
        { vagrantCaseId: 'c', sequence: 1, situation: 'UNREACHABLE' },
        { vagrantCaseId: 'c', sequence: 2, situation: 'AT_RISK' },
        { vagrantCaseId: 'd', sequence: 1, situation: 'LEFT_AGAIN' },
      ],
      { returneesAssessed: 4, settled: 1, atRisk: 2, leftAgain: 1, unreachable: 0, followUps: 1 },
    ],
  ])('%s', (_name, rows, expected) => {
    expect(tallyReturnAssessments(rows)).toEqual(expected);
  });
});
