import { mealSlotProblem, subsidyClaimKey } from './meal-slot.rule';

describe('mealSlotProblem', () => {
  it.each([
    [['BREAKFAST', 'LUNCH', 'DINNER'], 'BREAKFAST', null],
    [['LUNCH'], 'LUNCH', null],
    [['LUNCH'], 'BREAKFAST', 'SLOT_NOT_OPEN'],
    [['BREAKFAST', 'LUNCH'], 'DINNER', 'SLOT_NOT_OPEN'],
    [[], 'LUNCH', 'SLOT_NOT_OPEN'],
  ] as const)('canteen open for %j, meal at %s -> %s', (open, slot, problem) => {
    expect(mealSlotProblem(open, slot)).toBe(problem);
  });
});

describe('subsidyClaimKey', () => {
  it('is one key per person, day and slot, under the prefix', () => {
    expect(subsidyClaimKey('t1:', '11010519491231002X', '2024-07-15', 'LUNCH')).toBe('t1:canteen:subsidy-claim:11010519491231002X:2024-07-15:LUNCH');
    expect(subsidyClaimKey('t1:', '11010519491231002X', '2024-07-15', 'DINNER')).not.toBe(
      subsidyClaimKey('t1:', '11010519491231002X', '2024-07-15', 'LUNCH'),
    );
  });
});
