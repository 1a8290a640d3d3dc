import { residentIdCheckChar } from '@app/common/resident-id/resident-id';
import {
  amountFenSchema,
  divisionCodeSchema,
  instantSchema,
  localDateSchema,
  textSchema,
  uuidSchema,
  yearMonthSchema,
} from './primitives';
import { residentIdSchema } from './resident-id.schema';

/** 17 digits plus the right check character: an ID wrong in exactly one other way. */
function withCheckChar(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((i) => i.message) ?? [];
}

describe('residentIdSchema (GB 11643-1999)', () => {
  it.each(['11010519491231002X', '440524193801010019', '110105194407150133'])('accepts %s', (id) => {
    expect(residentIdSchema.parse(id)).toBe(id);
  });

  it('accepts a lower-case x and stores it upper-case', () => {
    expect(residentIdSchema.parse('11010519491231002x')).toBe('11010519491231002X');
  });

  it.each([
    ['a wrong check character', '110105194912310021'],
    ['an impossible birth date (1949-02-30)', withCheckChar('11010519490230002')],
    ['a birth date before 1900 (the standard\'s 1880 example)', '440524188001010014'],
    ['17 characters', '11010519491231002'],
    ['19 characters', '11010519491231002X1'],
    ['letters', '11010519491231O02X'],
    ['an empty string', ''],
  ])('refuses %s as "invalid resident ID"', (_case, id) => {
    expect(messages(residentIdSchema.safeParse(id))).toEqual(['invalid resident ID']);
  });

  it('does not judge the birth date against today: a schema has no clock, the producer checks that', () => {
    const bornIn2099 = withCheckChar('11010520990101002');
    expect(residentIdSchema.safeParse(bornIn2099).success).toBe(true);
  });

  it('refuses a number', () => {
    // A JSON number cannot even hold 18 digits exactly: 110105194407150133 arrives as ...150140.
    expect(residentIdSchema.safeParse(Number('110105194407150133')).success).toBe(false);
  });
});

describe('localDateSchema', () => {
  it.each(['2024-02-29', '2000-02-29', '2024-12-31', '1900-01-01'])('accepts %s', (d) => {
    expect(localDateSchema.parse(d)).toBe(d);
  });

  it.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-8-1', '20240801', '2024-08-01T00:00:00Z', ''])(
    'refuses %s',
    (d) => {
      expect(messages(localDateSchema.safeParse(d))).toEqual(['must be a real date YYYY-MM-DD']);
    },
  );
});

describe('yearMonthSchema', () => {
  it.each(['2024-01', '2024-12'])('accepts %s', (m) => {
    expect(yearMonthSchema.parse(m)).toBe(m);
  });

  it.each(['2024-00', '2024-13', '2024-1', '2024-08-01', 202408])('refuses %s', (m) => {
    expect(messages(yearMonthSchema.safeParse(m))).toEqual(['must be a month YYYY-MM']);
  });
});

describe('amountFenSchema', () => {
  it.each([0, 1, 73_500, Number.MAX_SAFE_INTEGER])('accepts %d', (n) => {
    expect(amountFenSchema.parse(n)).toBe(n);
  });

  it.each([
    [-1, 'must not be negative'],
    [1.5, 'must be a whole number of fen'],
    ['100', 'must be a whole number of fen'],
    [Number.NaN, 'must be a whole number of fen'],
  ])('refuses %p: %s', (n, message) => {
    expect(messages(amountFenSchema.safeParse(n))).toEqual([message]);
  });

  it('refuses an integer beyond the safe range', () => {
    expect(amountFenSchema.safeParse(Number.MAX_SAFE_INTEGER + 1).success).toBe(false);
  });
});

describe('other building blocks', () => {
  it('uuid accepts any canonical UUID and refuses other text', () => {
    expect(uuidSchema.safeParse('0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01').success).toBe(true);
    expect(uuidSchema.safeParse('00000000-0000-0000-0000-000000000001').success).toBe(true);
    expect(messages(uuidSchema.safeParse('0b6c4a52-5a1b-4c8e-9d57'))).toEqual(['must be a UUID']);
  });

  it('instant needs a zone: Z or an offset', () => {
    expect(instantSchema.safeParse('2024-08-01T10:00:00.000Z').success).toBe(true);
    expect(instantSchema.safeParse('2024-08-01T18:00:00+08:00').success).toBe(true);
    expect(instantSchema.safeParse('2024-08-01T10:00:00').success).toBe(false);
    expect(instantSchema.safeParse('2024-08-01').success).toBe(false);
  });

  it('divisionCode is 6, 9 or 12 digits', () => {
    for (const ok of ['110105', '110105001', '110105001002']) expect(divisionCodeSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['11010', '1101050', '11010500100', 'abcdef']) expect(divisionCodeSchema.safeParse(bad).success).toBe(false);
  });

  it('text is trimmed and must not be empty', () => {
    expect(textSchema.parse('  张三 ')).toBe('张三');
    expect(messages(textSchema.safeParse('   '))).toEqual(['must not be empty']);
  });
});
