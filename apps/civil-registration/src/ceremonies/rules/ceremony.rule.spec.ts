import { ceremonyProblem, type CeremonyFacts } from './ceremony.rule';

const today = '2024-08-10';
const registered = { registeredOn: '2024-08-01' };
const group: CeremonyFacts = { kind: 'GROUP', heldOn: '2024-08-10', marriages: [registered, registered] };

describe('ceremonyProblem', () => {
  it.each([
    ['a group ceremony of two couples today', group, null, null],
    ['a ceremony held before today', { ...group, heldOn: '2024-08-05' }, null, null],
    ['one couple at another ceremony', { kind: 'OTHER', heldOn: today, marriages: [registered] }, null, null],
    ['a couple married on the ceremony day', { ...group, marriages: [registered, { registeredOn: today }] }, null, null],
    ['a ceremony tomorrow', { ...group, heldOn: '2024-08-11' }, 'CEREMONY.DATE_IN_FUTURE', 'heldOn'],
    ['a group ceremony of one couple', { ...group, marriages: [registered] }, 'CEREMONY.TOO_FEW_COUPLES', 'marriageIds'],
    ['an unknown marriage', { ...group, marriages: [registered, null] }, 'CEREMONY.UNKNOWN_MARRIAGE', 'marriageIds.1'],
    ['a marriage registered after the ceremony', { ...group, heldOn: '2024-07-31', marriages: [registered, registered] }, 'CEREMONY.MARRIAGE_AFTER_CEREMONY', 'marriageIds.0'],
  ] as const)('%s', (_label, facts, code, field) => {
    const problem = ceremonyProblem(facts as CeremonyFacts, today);
    expect(problem?.code ?? null).toBe(code);
    expect(problem?.field ?? null).toBe(field);
  });
});
