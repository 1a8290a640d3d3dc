import { YearMonth } from '@app/common/time/year-month';
import { ageCategoriesInMonth, ageReadOn, birthDateOf, categoriesInMonth, type AgeCategoryRule } from './age-categories.rule';

const AFTER: AgeCategoryRule = { elderlyFromAge: 60, minorUnderAge: 18, changesFrom: 'MONTH_AFTER_BIRTHDAY' };
const SAME: AgeCategoryRule = { ...AFTER, changesFrom: 'BIRTHDAY_MONTH' };

describe('ageReadOn', () => {
  it.each<[string, AgeCategoryRule, string]>([
    ['2024-08', AFTER, '2024-07-31'],
    ['2024-03', AFTER, '2024-02-29'],
    ['2024-01', AFTER, '2023-12-31'],
    ['2024-08', SAME, '2024-08-31'],
  ])('%s, %o -> %s', (month, rule, expected) => {
    expect(ageReadOn(YearMonth.parse(month), rule)).toBe(expected);
  });
});

describe('ageCategoriesInMonth (DOMAIN §0: derived from the birth date, month by month)', () => {
  it.each<[string, string, string, AgeCategoryRule, string[]]>([
    ['turns 60 in August: not yet in August', '1964-08-15', '2024-08', AFTER, []],
    ['turns 60 in August: elderly from September', '1964-08-15', '2024-09', AFTER, ['ELDERLY']],
    ['born on the 1st: still from the month after', '1964-08-01', '2024-08', AFTER, []],
    ['birthday-month rule: elderly in August already', '1964-08-15', '2024-08', SAME, ['ELDERLY']],
    ['birthday-month rule: not in July', '1964-08-15', '2024-07', SAME, []],
    ['turns 18 in August: still a minor in August', '2006-08-15', '2024-08', AFTER, ['MINOR']],
    ['turns 18 in August: no longer a minor in September', '2006-08-15', '2024-09', AFTER, []],
    ['birthday-month rule: no longer a minor in August', '2006-08-15', '2024-08', SAME, []],
    ['a child born this month is a minor', '2024-08-20', '2024-08', AFTER, ['MINOR']],
    ['a child born this month is a minor (birthday-month rule)', '2024-08-20', '2024-08', SAME, ['MINOR']],
    ['29 Feb birthday, 60 in a leap year: the 29th counts (elderly from March)', '1964-02-29', '2024-03', AFTER, ['ELDERLY']],
    ['29 Feb birthday, 60 in a leap year: not in February', '1964-02-29', '2024-02', AFTER, []],
    ['29 Feb birthday, 18 in a common year falls on 1 March: minor through March', '2004-02-29', '2022-03', AFTER, ['MINOR']],
    ['29 Feb birthday, 18 in a common year: adult from April', '2004-02-29', '2022-04', AFTER, []],
    ['29 Feb birthday, birthday-month rule: 1 March, so still a minor in February', '2004-02-29', '2022-02', SAME, ['MINOR']],
    ['29 Feb birthday, birthday-month rule: adult in March', '2004-02-29', '2022-03', SAME, []],
    ['between 18 and 60: neither', '1980-01-01', '2024-08', AFTER, []],
    ['other ages from the parameter', '1960-08-15', '2024-09', { ...AFTER, elderlyFromAge: 65 }, []],
  ])('%s', (_name, birthDate, month, rule, expected) => {
    expect(ageCategoriesInMonth(birthDate, YearMonth.parse(month), rule)).toEqual(expected);
  });
});

describe('categoriesInMonth', () => {
  it.each<[string, string[], string, string, AgeCategoryRule | null, string[]]>([
    ['typed categories kept, age ones added', ['SEVERELY_DISABLED'], '110105195001010011', '2024-08', AFTER, ['SEVERELY_DISABLED', 'ELDERLY']],
    ['a stored ELDERLY on someone under 60 is ignored', ['ELDERLY', 'SINGLE_PARENT'], '110105198001010016', '2024-08', AFTER, ['SINGLE_PARENT']],
    ['a stored MINOR on an adult is ignored', ['MINOR'], '110105198001010016', '2024-08', AFTER, []],
    ['no rule in force: no age categories', ['ELDERLY'], '110105195001010011', '2024-08', null, []],
  ])('%s', (_name, typed, residentId, month, rule, expected) => {
    expect(categoriesInMonth(typed, residentId, YearMonth.parse(month), rule)).toEqual(expected);
  });
});

describe('birthDateOf', () => {
  it('reads digits 7-14', () => {
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
  });
});
