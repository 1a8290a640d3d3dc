import { ageOn } from '@app/common/resident-id/resident-id';
import { AGE_BANDS, birthDateRange, yearsBefore } from './age-band.rule';

describe('age bands as birth-date bounds', () => {
  it('takes whole years off a day, 29 February of a common year being the 28th', () => {
    expect(yearsBefore('2024-08-15', 80)).toBe('1944-08-15');
    expect(yearsBefore('2024-02-29', 79)).toBe('1945-02-28');
    expect(yearsBefore('2024-02-29', 80)).toBe('1944-02-29');
  });

  it('bounds 80–89 on a day by birth dates', () => {
    expect(birthDateRange('AGE_80_89', '2024-08-15')).toEqual({ bornOnOrBefore: '1944-08-15', bornAfter: '1934-08-15' });
    expect(birthDateRange('AGE_100_PLUS', '2024-08-15')).toEqual({ bornOnOrBefore: '1924-08-15', bornAfter: null });
  });

  // The bounds agree with ageOn for every birth date around each band's edges, leap days included.
  it.each(['2023-02-28', '2023-03-01', '2024-02-28', '2024-02-29', '2024-03-01', '2024-12-31'])('agrees with ageOn on %s', (today) => {
    const births = ['1923-02-28', '1924-02-29', '1924-03-01', '1933-02-28', '1934-02-28', '1943-02-28', '1943-03-01', '1944-02-28', '1944-02-29', '1944-03-01', '1954-02-28', '1954-03-01', '1963-02-28', '1964-02-29', '1964-03-01'];
    for (const band of AGE_BANDS) {
      const { bornOnOrBefore, bornAfter } = birthDateRange(band, today);
      const [min, max] = band === 'AGE_100_PLUS' ? [100, Infinity] : band.slice(4).split('_').map(Number);
      for (const birth of births) {
        const inRange = birth <= bornOnOrBefore && (bornAfter === null || birth > bornAfter);
        const age = ageOn(birth, today);
        expect([band, birth, inRange]).toEqual([band, birth, age >= min && age <= max]);
      }
    }
  });
});
