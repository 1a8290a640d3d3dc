import { isLargeMedicalExpense, warningTriggerFor } from './warning-trigger.rule';

describe('isLargeMedicalExpense', () => {
  it.each([
    [1_999_999, false],
    [2_000_000, true],
    [2_000_001, true],
    [undefined, false],
  ])('%s fen against a 2,000,000 fen threshold → %s', (amount, expected) => {
    expect(isLargeMedicalExpense(amount, 2_000_000)).toBe(expected);
  });
});

describe('warningTriggerFor', () => {
  const threshold = { largeMedicalExpenseFen: 2_000_000 };
  it.each([
    ['a loss of work', { kind: 'JOB_LOSS' as const }, true, 'JOB_LOSS'],
    ['a loss of work of a non-earner still warns', { kind: 'JOB_LOSS' as const }, false, 'JOB_LOSS'],
    ['a disability of an earner', { kind: 'DISABILITY' as const }, true, 'EARNER_DISABILITY'],
    ['a disability of a non-earner', { kind: 'DISABILITY' as const }, false, null],
    ['a large medical expense', { kind: 'MEDICAL_EXPENSE' as const, amountFen: 2_000_000 }, false, 'MEDICAL_EXPENSE'],
    ['a small medical expense', { kind: 'MEDICAL_EXPENSE' as const, amountFen: 1_999_999 }, true, null],
    ['an asset finding', { kind: 'VEHICLE' as const, amountFen: 9_000_000 }, true, null],
    ['an income finding', { kind: 'PENSION' as const, amountFen: 200_000 }, true, null],
  ])('%s', (_label, finding, earner, expected) => {
    expect(warningTriggerFor(finding, { earner, ...threshold })).toBe(expected);
  });
});
