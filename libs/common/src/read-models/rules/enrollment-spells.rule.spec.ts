import { coveredOn, coveringSpell, mergeSpell, spellCovers, type EnrollmentSpell } from './enrollment-spells.rule';

describe('enrollment spells', () => {
  const open: EnrollmentSpell = { fromMonth: '2024-03', stopFromMonth: null };
  const stopped: EnrollmentSpell = { fromMonth: '2024-03', stopFromMonth: '2024-09' };
  const stopOnly: EnrollmentSpell = { fromMonth: null, stopFromMonth: '2024-09' };

  it.each<[string, EnrollmentSpell, string, boolean]>([
    ['the start month', open, '2024-03', true],
    ['the first day of the start month', open, '2024-03-01', true],
    ['the month before the start', open, '2024-02-29', false],
    ['an open spell years later', open, '2031-12-31', true],
    ['the last day before the stop month', stopped, '2024-08-31', true],
    ['the stop month itself', stopped, '2024-09', false],
    ['the first day of the stop month', stopped, '2024-09-01', false],
    ['a spell whose start is unknown', stopOnly, '2024-05', false],
  ])('%s: covers %#', (_name, spell, on, expected) => {
    expect(spellCovers(spell, on)).toBe(expected);
  });

  it('is covered when any spell covers, and names the covering spell', () => {
    const later = { fromMonth: '2025-01', stopFromMonth: null, program: 'TEKUN' };
    const earlier = { ...stopped, program: 'DIBAO' };
    expect(coveredOn([earlier, later], '2024-10-15')).toBe(false);
    expect(coveringSpell([earlier, later], '2025-01-01')?.program).toBe('TEKUN');
    expect(coveringSpell([earlier, later], '2024-04')?.program).toBe('DIBAO');
    expect(coveredOn([], '2024-04')).toBe(false);
  });

  it('refuses what is neither a month nor a date', () => {
    expect(() => coveredOn([open], '2024-13')).toThrow(RangeError);
    expect(() => coveredOn([open], '20240301')).toThrow(RangeError);
  });

  it('merges by the earliest of each bound, whatever the order and however often told', () => {
    const start: EnrollmentSpell = { fromMonth: '2024-03', stopFromMonth: null };
    const stopA: EnrollmentSpell = { fromMonth: null, stopFromMonth: '2024-10' };
    const stopB: EnrollmentSpell = { fromMonth: null, stopFromMonth: '2024-08' };
    const none: EnrollmentSpell = { fromMonth: null, stopFromMonth: null };
    const orders = [
      [start, stopA, stopB],
      [stopB, stopA, start],
      [stopA, start, stopB, stopA, start],
    ];
    for (const order of orders) {
      expect(order.reduce(mergeSpell, none)).toEqual({ fromMonth: '2024-03', stopFromMonth: '2024-08' });
    }
  });
});
