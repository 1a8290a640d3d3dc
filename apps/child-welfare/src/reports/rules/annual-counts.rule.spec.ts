import type { GuardianFacts } from '../../categories/rules/child-category.rule';
import { countChildren, reportDay, type ReportChild } from './annual-counts.rule';

const city = {
  missingMonths: 6,
  jailedMonths: 6,
  custodialSentenceMinMonths: 6,
  specialDifficulty: { criteria: [{ code: 'SEVERE_DISABILITY', label: '重度残疾儿童', allOf: [['SEVERELY_DISABLED' as const]] }] },
};
const parent = (relation: 'FATHER' | 'MOTHER', s: Partial<GuardianFacts> = {}): GuardianFacts => ({
  relation, deceasedOn: null, missingSince: null, jailedSince: null, severelyDisabled: false, seriouslyIll: false, awayForWork: false, guardianshipRevoked: false, ...s,
});
const child = (over: Partial<ReportChild>): ReportChild => ({
  birthDate: '2015-03-10', registeredOn: '2024-01-10', closedOn: null, riskTier: 'GREEN', guardians: [parent('FATHER'), parent('MOTHER')], ...over,
});

describe('reportDay', () => {
  it.each([[2023, '2024-07-15', '2023-12-31'], [2024, '2024-07-15', '2024-07-15'], [2024, '2025-01-01', '2024-12-31']])('%i with today %s -> %s', (year, today, day) => {
    expect(reportDay(year, today)).toBe(day);
  });
});

describe('countChildren', () => {
  it('counts the children in the ledger on the day by category and tier', () => {
    const orphan = child({ riskTier: 'ORANGE', guardians: [parent('FATHER', { deceasedOn: '2024-01-01' }), parent('MOTHER', { deceasedOn: '2024-02-01' })] });
    const leftBehind = child({ guardians: [parent('FATHER', { awayForWork: true }), parent('MOTHER', { awayForWork: true })] });
    const registeredLater = child({ registeredOn: '2025-01-02', riskTier: 'RED' });
    const closed = child({ closedOn: '2024-06-01', riskTier: 'RED' });
    const closedAfter = child({ closedOn: '2025-03-01', riskTier: 'RED' });
    const severelyDisabled = child({ situations: ['SEVERELY_DISABLED'] });
    const counts = countChildren([orphan, leftBehind, registeredLater, closed, closedAfter, severelyDisabled], '2024-12-31', city);
    expect(counts).toEqual({
      inLedger: 4,
      byCategory: { ORPHAN: 1, DE_FACTO_UNSUPPORTED: 0, SPECIAL_DIFFICULTY: 1, IN_DIFFICULTY: 0, RURAL_LEFT_BEHIND: 1 },
      byTier: { RED: 1, ORANGE: 1, GREEN: 2 },
    });
  });
});
