import {
  ageOn,
  checkResidentId,
  InvalidResidentIdError,
  isValidResidentIdFormat,
  maskResidentId,
  parseResidentId,
  residentIdCheckChar,
  type ResidentIdErrorCode,
} from './resident-id';

const TODAY = '2024-07-15';

function withCheckChar(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

describe('parseResidentId', () => {
  it.each([
    ['11010519491231002X', { id: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'F' }],
    ['11010519491231002x', { id: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'F' }],
    ['440524193801010019', { id: '440524193801010019', regionCode: '440524', birthDate: '1938-01-01', sex: 'M' }],
    // The earliest plausible birth date itself.
    ['440524190001010017', { birthDate: '1900-01-01' }],
    ['110105194912310011', { id: '110105194912310011', regionCode: '110105', birthDate: '1949-12-31', sex: 'M' }],
    ['110105200002290021', { id: '110105200002290021', regionCode: '110105', birthDate: '2000-02-29', sex: 'F' }],
    // Born today is not in the future.
    [withCheckChar('11010520240715000'), { birthDate: TODAY }],
  ])('accepts %s', (raw, expected) => {
    expect(parseResidentId(raw, TODAY)).toMatchObject(expected);
  });

  it.each<[string, string, ResidentIdErrorCode]>([
    ['wrong check char', '110105194912310021', 'CHECKSUM'],
    ['check digit where X belongs', '110105194912310020', 'CHECKSUM'],
    // 110105194902301234 has a correct check char (asserted below) but 30 February 1949.
    ['impossible date', '110105194902301234', 'BIRTH_DATE_INVALID'],
    ['month 13', withCheckChar('11010519491301001'), 'BIRTH_DATE_INVALID'],
    // The standard's own format example: a right check character, but born in 1880.
    ['born 1880', '440524188001010014', 'BIRTH_DATE_IMPLAUSIBLE'],
    ['born the day before 1900', '440524189912310012', 'BIRTH_DATE_IMPLAUSIBLE'],
    ['future birth date', '11010520300101001X', 'BIRTH_DATE_IN_FUTURE'],
    ['born tomorrow', withCheckChar('11010520240716001'), 'BIRTH_DATE_IN_FUTURE'],
    ['17 characters', '11010519491231002', 'FORMAT'],
    ['19 characters', '11010519491231002X0', 'FORMAT'],
    ['letters', '11010519491231A02X', 'FORMAT'],
    ['X not last', '1101051949123100X2', 'FORMAT'],
    ['surrounding spaces', ' 11010519491231002X', 'FORMAT'],
    ['empty', '', 'FORMAT'],
  ])('rejects %s', (_label, raw, code) => {
    expect(checkResidentId(raw, TODAY)).toEqual({ ok: false, code });
    expect(() => parseResidentId(raw, TODAY)).toThrow(expect.objectContaining({ code, name: 'InvalidResidentIdError' }));
  });

  it('uses an impossible-date fixture whose check char is right, so only the date can fail', () => {
    expect(residentIdCheckChar('11010519490230123')).toBe('4');
  });

  it('throws an InvalidResidentIdError whose message does not contain the number', () => {
    let caught: unknown;
    try {
      parseResidentId('110105194912310021', TODAY);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InvalidResidentIdError);
    expect((caught as Error).message).not.toContain('110105');
  });

  it('refuses a malformed today, which would be a programming error', () => {
    expect(() => parseResidentId('11010519491231002X', '2024-7-15')).toThrow(RangeError);
  });
});

describe('isValidResidentIdFormat', () => {
  it.each([
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['440524193801010019', true],
    ['440524188001010014', false], // born 1880: implausible
    // No clock here: a future birth date passes the format check.
    ['11010520300101001X', true],
    ['110105194912310021', false],
    ['110105194902301234', false],
    ['11010519491231002', false],
  ])('%s -> %s', (raw, expected) => {
    expect(isValidResidentIdFormat(raw)).toBe(expected);
  });
});

describe('maskResidentId', () => {
  it.each([
    ['110105194912311234', '110***********1234'],
    ['11010519491231002X', '110***********002X'],
    ['1234567', '*******'],
    ['', ''],
  ])('%s -> %s', (raw, masked) => {
    expect(maskResidentId(raw)).toBe(masked);
  });
});

describe('ageOn', () => {
  it.each([
    ['1949-12-31', '2024-12-30', 74],
    ['1949-12-31', '2024-12-31', 75],
    ['1944-07-01', '2024-07-01', 80],
    ['1944-07-02', '2024-07-01', 79],
    ['2000-02-29', '2023-02-28', 22],
    ['2000-02-29', '2023-03-01', 23],
    ['2000-02-29', '2024-02-28', 23],
    ['2000-02-29', '2024-02-29', 24],
    ['2024-07-15', '2024-07-15', 0],
  ])('born %s, on %s -> %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('refuses a date before birth and malformed dates', () => {
    expect(() => ageOn('2000-01-01', '1999-12-31')).toThrow(RangeError);
    expect(() => ageOn('2000-02-30', '2024-01-01')).toThrow(RangeError);
  });
});
