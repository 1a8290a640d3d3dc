import { YearMonth } from '../time/year-month';
import {
  findOverlaps,
  periodProblem,
  periodsOverlap,
  PolicyNotFoundError,
  PolicyOverlapError,
  valueForMonth,
  valueInForce,
  type PolicyRow,
} from './value-in-force';

const URBAN = 'dibao.standard.urban.monthly-fen';

// City figures (DOMAIN §1): urban 低保 standard 728 -> 735 yuan/person/month from 2024-07-01.
const CITY: PolicyRow[] = [
  { key: URBAN, value: 72800, effectiveFrom: '2023-07-01', effectiveTo: '2024-06-30' },
  { key: URBAN, value: 73500, effectiveFrom: '2024-07-01', effectiveTo: null },
  { key: 'tekun.basic.dispersed.monthly-fen', value: 95600, effectiveFrom: '2024-07-01', effectiveTo: null },
];

describe('valueInForce', () => {
  it.each([
    ['2023-07-01', 72800],
    ['2024-06-30', 72800],
    ['2024-07-01', 73500],
    ['2030-01-01', 73500],
  ])('urban standard on %s is %i', (date, value) => {
    expect(valueInForce(CITY, URBAN, date)).toBe(value);
  });

  it('throws PolicyNotFoundError with the key and date before the first row', () => {
    expect(() => valueInForce(CITY, URBAN, '2023-06-30')).toThrow(
      expect.objectContaining({ name: 'PolicyNotFoundError', key: URBAN, onDate: '2023-06-30' }),
    );
    expect(() => valueInForce(CITY, 'no.such.key', '2024-07-01')).toThrow(PolicyNotFoundError);
  });

  it('throws PolicyOverlapError instead of picking one of two rows in force', () => {
    const rows: PolicyRow[] = [...CITY, { key: URBAN, value: 99900, effectiveFrom: '2024-07-01', effectiveTo: '2024-07-31' }];
    expect(() => valueInForce(rows, URBAN, '2024-07-15')).toThrow(PolicyOverlapError);
    expect(() => valueInForce(rows, URBAN, '2024-07-15')).toThrow(/2 rows in force on 2024-07-15/);
    // Outside the overlap the data is unambiguous.
    expect(valueInForce(rows, URBAN, '2024-08-01')).toBe(73500);
  });

  it('refuses a malformed date', () => {
    expect(() => valueInForce(CITY, URBAN, '2024-7-1')).toThrow(RangeError);
  });

  it('returns structured values as stored', () => {
    const tiers = { '60-79': 200, '80-89': 300, '90+': 500 };
    const rows: PolicyRow[] = [{ key: 'canteen.meal-subsidy.tiers', value: tiers, effectiveFrom: '2024-01-01', effectiveTo: null }];
    expect(valueInForce(rows, 'canteen.meal-subsidy.tiers', '2024-05-01')).toEqual(tiers);
  });
});

describe('valueForMonth', () => {
  it.each([
    ['2024-06', 72800],
    ['2024-07', 73500],
    ['2025-01', 73500],
  ])('urban standard for %s is %i', (month, value) => {
    expect(valueForMonth(CITY, URBAN, YearMonth.parse(month))).toBe(value);
  });

  it('uses the first day of the month, even when a change falls mid-month', () => {
    const rows: PolicyRow[] = [
      { key: 'k', value: 1, effectiveFrom: '2024-01-01', effectiveTo: '2024-03-14' },
      { key: 'k', value: 2, effectiveFrom: '2024-03-15', effectiveTo: null },
    ];
    expect(valueForMonth(rows, 'k', YearMonth.parse('2024-03'))).toBe(1);
    expect(valueForMonth(rows, 'k', YearMonth.parse('2024-04'))).toBe(2);
  });
});

describe('periods', () => {
  const p = (from: string, to: string | null) => ({ effectiveFrom: from, effectiveTo: to });

  it.each([
    [p('2024-01-01', '2024-06-30'), p('2024-07-01', null), false],
    [p('2024-01-01', '2024-07-01'), p('2024-07-01', null), true],
    [p('2024-01-01', null), p('2030-01-01', null), true],
    [p('2024-01-01', null), p('2020-01-01', '2023-12-31'), false],
    [p('2024-03-01', '2024-03-31'), p('2024-01-01', '2024-12-31'), true],
  ])('%o and %o overlap: %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });

  it.each([
    [p('2024-07-01', null), null],
    [p('2024-07-01', '2024-07-01'), null],
    [p('2024-07-01', '2024-06-30'), 'effectiveTo 2024-06-30 is before effectiveFrom 2024-07-01'],
    [p('2024-02-30', null), 'effectiveFrom must be YYYY-MM-DD, got "2024-02-30"'],
    [p('2024-07-01', '2024-13-01'), 'effectiveTo must be YYYY-MM-DD or null, got "2024-13-01"'],
  ])('periodProblem(%o) is %p', (period, problem) => {
    expect(periodProblem(period)).toBe(problem);
  });
});

describe('findOverlaps', () => {
  it('finds nothing in consistent data', () => {
    expect(findOverlaps(CITY)).toEqual([]);
  });

  it('finds each overlapping pair of the same key, not across keys', () => {
    const extra: PolicyRow = { key: URBAN, value: 1, effectiveFrom: '2024-06-01', effectiveTo: '2024-07-31' };
    const otherKey: PolicyRow = { key: 'other', value: 1, effectiveFrom: '2024-06-01', effectiveTo: null };
    const overlaps = findOverlaps([...CITY, extra, otherKey]);
    expect(overlaps).toEqual([
      { key: URBAN, first: CITY[0], second: extra },
      { key: URBAN, first: extra, second: CITY[1] },
    ]);
  });
});
