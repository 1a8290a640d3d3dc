import { InvalidSlotWindowsPolicyError, mealSlotProblem, parseSlotWindows, shanghaiTimeOfDay, slotWindowProblem, subsidyClaimKey } from './meal-slot.rule';

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

describe('slot windows', () => {
  const windows = parseSlotWindows({ BREAKFAST: { from: '06:00', to: '09:30' }, LUNCH: { from: '10:30', to: '13:30' } });

  it.each([
    ['BREAKFAST', '2024-07-15T06:00:00+08:00', null], // opens: inclusive
    ['BREAKFAST', '2024-07-15T05:59:00+08:00', '06:00'],
    ['BREAKFAST', '2024-07-15T09:29:59+08:00', null],
    ['BREAKFAST', '2024-07-15T09:30:00+08:00', '06:00'], // closes: exclusive
    ['LUNCH', '2024-07-15T03:45:00Z', null], // 11:45 in Shanghai
    ['LUNCH', '2024-07-15T11:45:00Z', '10:30'], // 19:45 in Shanghai
    ['DINNER', '2024-07-15T23:00:00+08:00', null], // no window for the slot: not restricted
  ] as const)('%s at %s -> window from %s', (slot, servedAt, from) => {
    expect(slotWindowProblem(windows, slot, new Date(servedAt))?.from ?? null).toBe(from);
  });

  it('reads the Shanghai time of day across midnight UTC', () => {
    expect(shanghaiTimeOfDay(new Date('2024-07-14T22:15:00Z'))).toBe('06:15');
    expect(shanghaiTimeOfDay(new Date('2024-07-15T15:59:00Z'))).toBe('23:59');
  });

  it.each([
    ['not an object', 'x'],
    ['unknown slot', { SUPPER: { from: '18:00', to: '20:00' } }],
    ['bad time', { LUNCH: { from: '11', to: '13:00' } }],
    ['empty window', { LUNCH: { from: '13:00', to: '11:00' } }],
  ])('refuses a policy with %s', (_what, value) => {
    expect(() => parseSlotWindows(value)).toThrow(InvalidSlotWindowsPolicyError);
  });
});
