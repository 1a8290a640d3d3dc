import { guardianFound, isOverdue, outcomeProblem, stayUntil, type VagrantOutcome } from './vagrant-stay.rule';

describe('stayUntil', () => {
  it.each([
    ['2024-07-01', 10, '2024-07-10'],
    ['2024-07-25', 10, '2024-08-03'],
    ['2024-07-10', 1, '2024-07-10'],
  ])('from %s for %d days -> %s', (from, days, expected) => {
    expect(stayUntil(from, days)).toBe(expected);
  });
  it('refuses a non-positive stay', () => {
    expect(() => stayUntil('2024-07-01', 0)).toThrow(RangeError);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2024-07-10', '2024-07-10', false],
    ['2024-07-10', '2024-07-11', true],
  ])('until %s, today %s -> %s', (until, today, expected) => {
    expect(isOverdue(until, today)).toBe(expected);
  });
});

describe('outcomeProblem', () => {
  it.each<[boolean, VagrantOutcome, boolean, string | null]>([
    [true, 'HANDED_OVER', false, null],
    [true, 'HANDED_OVER', true, null],
    [true, 'RETURNED_HOME', false, 'MINOR_MUST_BE_HANDED_OVER'],
    // 寻亲 found a parent or guardian who takes the child home (DOMAIN §3).
    [true, 'RETURNED_HOME', true, null],
    [true, 'LEFT', true, 'MINOR_MUST_BE_HANDED_OVER'],
    [true, 'LEFT', false, 'MINOR_MUST_BE_HANDED_OVER'],
    [false, 'RETURNED_HOME', false, null],
    [false, 'LEFT', false, null],
    [false, 'HANDED_OVER', false, 'ONLY_MINORS_ARE_HANDED_OVER'],
    [false, 'HANDED_OVER', true, 'ONLY_MINORS_ARE_HANDED_OVER'],
  ])('minor %s, %s, guardian found %s -> %s', (minor, outcome, guardianFound, expected) => {
    expect(outcomeProblem(minor, outcome, guardianFound)).toBe(expected);
  });
});

describe('guardianFound', () => {
  const entry = (found: boolean, guardian?: { name: string; relation: 'PARENT' | 'GUARDIAN' }) => ({ found, ...(guardian ? { guardian } : {}) });
  it.each<[string, Array<ReturnType<typeof entry>>, boolean]>([
    ['no search', [], false],
    ['found, nobody named', [entry(true)], false],
    ['not found', [entry(false)], false],
    ['a parent found', [entry(false), entry(true, { name: '李某', relation: 'PARENT' })], true],
    ['a guardian found', [entry(true, { name: '李某', relation: 'GUARDIAN' })], true],
  ])('%s -> %s', (_name, entries, expected) => {
    expect(guardianFound(entries)).toBe(expected);
  });
});
