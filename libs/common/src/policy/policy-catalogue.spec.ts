import { z } from 'zod';
import { YearMonth } from '../time/year-month';
import { definePolicyCatalogue, parsedBy, policyValues } from './policy-catalogue';
import { PolicyNotFoundError, PolicyOverlapError, PolicyValueError, type PolicyRow } from './value-in-force';

const URBAN = 'dibao.standard.urban-fen-per-month';
const TIERS = 'dibao.tiers';

function parseTiers(value: unknown): { tiers: number[] } {
  const tiers = (value as { tiers?: unknown } | null)?.tiers;
  if (!Array.isArray(tiers) || tiers.some((t) => !Number.isInteger(t))) throw new RangeError('tiers must be whole numbers');
  return { tiers: [...(tiers as number[])].sort((a, b) => a - b) };
}

const DIBAO = definePolicyCatalogue('dibao', {
  [URBAN]: { schema: policyValues.fen },
  [TIERS]: { schema: parsedBy(parseTiers) },
  // Optional: no cap unless one is set.
  'dibao.cap': { schema: z.object({ max: policyValues.positiveWholeNumber }), optional: true },
});

const row = (key: string, value: unknown, effectiveFrom: string, effectiveTo: string | null = null): PolicyRow => ({ key, value, effectiveFrom, effectiveTo });

// City figures (DOMAIN §1): urban 低保 standard 728 -> 735 yuan/person/month from 2024-07-01.
const CITY = [row(URBAN, 72800, '2023-07-01', '2024-06-30'), row(URBAN, 73500, '2024-07-01')];

describe('definePolicyCatalogue', () => {
  it('lists its keys and which may be unset', () => {
    expect(DIBAO.keys).toEqual([URBAN, TIERS, 'dibao.cap']);
    expect([DIBAO.has(URBAN), DIBAO.has('dibao.other'), DIBAO.isOptional('dibao.cap'), DIBAO.isOptional(URBAN)]).toEqual([true, false, true, false]);
  });

  it('refuses a key outside its service', () => {
    expect(() => definePolicyCatalogue('dibao', { 'tekun.x': { schema: policyValues.fen } } as never)).toThrow(/must start with "dibao\."/);
  });

  it.each<[string, unknown, string | null]>([
    [URBAN, 73500, null],
    [URBAN, 735.5, 'INVALID_VALUE'],
    [URBAN, '73500', 'INVALID_VALUE'],
    [URBAN, -1, 'INVALID_VALUE'],
    [TIERS, { tiers: [100, 80] }, null],
    [TIERS, { tiers: ['80'] }, 'INVALID_VALUE'],
    ['dibao.cap', { max: 2 }, null],
    ['dibao.cap', { max: 0 }, 'INVALID_VALUE'],
    ['dibao.no-such-key', 1, 'UNKNOWN_KEY'],
    ['constructor', 1, 'UNKNOWN_KEY'],
  ])('checks %s = %j before it is stored: %s', (key, value, problem) => {
    expect(DIBAO.check(key, value)?.kind ?? null).toBe(problem);
  });

  it('names where a value goes wrong, and what a parser said', () => {
    expect(DIBAO.check('dibao.cap', { max: 'two' })).toEqual({ kind: 'INVALID_VALUE', issues: [expect.objectContaining({ path: 'max' })] });
    expect(DIBAO.check(TIERS, { tiers: 'x' })).toEqual({ kind: 'INVALID_VALUE', issues: [{ path: '', code: 'custom', message: 'tiers must be whole numbers' }] });
  });
});

describe('PolicyPeriods', () => {
  const urban = DIBAO.periods(URBAN, CITY);

  it.each([
    ['2023-07-01', 72800],
    ['2024-06-30', 72800],
    ['2024-07-01', 73500],
    ['2030-01-01', 73500],
  ])('urban standard on %s is %i', (date, value) => {
    expect(urban.require(date)).toBe(value);
    expect(urban.find(date)).toBe(value);
  });

  it('reads a month on its first day', () => {
    expect(urban.forMonth(YearMonth.parse('2024-06'))).toBe(72800);
    expect(urban.forMonth(YearMonth.parse('2024-07'))).toBe(73500);
    expect(urban.findForMonth(YearMonth.parse('2023-06'))).toBeNull();
  });

  it('throws PolicyNotFoundError with the key, the date and the month when no figure is in force', () => {
    expect(() => urban.require('2023-06-30')).toThrow(expect.objectContaining({ name: 'PolicyNotFoundError', key: URBAN, onDate: '2023-06-30', month: undefined }));
    expect(() => urban.forMonth(YearMonth.parse('2023-06'))).toThrow(expect.objectContaining({ key: URBAN, onDate: '2023-06-01', month: '2023-06' }));
    expect(() => DIBAO.periods(URBAN, []).require('2024-01-01')).toThrow(PolicyNotFoundError);
    expect(urban.find('2023-06-30')).toBeNull();
  });

  it('refuses two rows in force on one day instead of picking one', () => {
    const overlapping = DIBAO.periods(URBAN, [...CITY, row(URBAN, 99900, '2024-07-01', '2024-07-31')]);
    expect(() => overlapping.find('2024-07-15')).toThrow(PolicyOverlapError);
    expect(overlapping.require('2024-08-01')).toBe(73500);
  });

  it('gives the parsed value and throws PolicyValueError (not a crash later) for a stored value that no longer fits', () => {
    const tiers = DIBAO.periods(TIERS, [row(TIERS, { tiers: [100, 80] }, '2024-01-01', '2024-06-30'), row(TIERS, { tiers: 'x' }, '2024-07-01')]);
    expect(tiers.require('2024-03-01')).toEqual({ tiers: [80, 100] });
    expect(() => tiers.require('2024-07-01')).toThrow(expect.objectContaining({ name: 'PolicyValueError', key: TIERS, effectiveFrom: '2024-07-01' }));
    expect(() => tiers.all()).toThrow(PolicyValueError);
  });

  it('checks a stored value once per row object', () => {
    const parse = jest.fn(parseTiers);
    const catalogue = definePolicyCatalogue('x', { 'x.tiers': { schema: parsedBy(parse) } });
    const rows = [row('x.tiers', { tiers: [80] }, '2024-01-01')];
    const periods = catalogue.periods('x.tiers', rows);
    expect([periods.require('2024-01-01'), periods.require('2024-02-01'), catalogue.periods('x.tiers', rows).find('2024-03-01')]).toEqual([{ tiers: [80] }, { tiers: [80] }, { tiers: [80] }]);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('tells an unset key from a gap between periods', () => {
    expect(DIBAO.periods('dibao.cap', []).isEmpty).toBe(true);
    expect(DIBAO.periods('dibao.cap', [row('dibao.cap', { max: 2 }, '2024-11-01', '2024-11-30')]).isEmpty).toBe(false);
  });
});
