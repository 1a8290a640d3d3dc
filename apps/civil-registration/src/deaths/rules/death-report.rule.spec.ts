import { checkDeathReport, compareWithRecorded, deathDateProblem, disposalAllowed } from './death-report.rule';
import { residentIdCheckChar } from '@app/common/resident-id/resident-id';

const EXEMPT = ['HUI', 'UYGHUR', 'KAZAKH', 'KYRGYZ', 'UZBEK', 'TAJIK', 'TATAR', 'SALAR', 'DONGXIANG', 'BONAN'];

describe('deathDateProblem', () => {
  it.each([
    ['today', '2024-07-15', '1950-01-01', '2024-07-15', null],
    ['yesterday', '2024-07-14', '1950-01-01', '2024-07-15', null],
    ['tomorrow', '2024-07-16', '1950-01-01', '2024-07-15', 'DEATH.DATE_IN_FUTURE'],
    ['on the birth date', '1950-01-01', '1950-01-01', '2024-07-15', null],
    ['the day before birth', '1949-12-31', '1950-01-01', '2024-07-15', 'DEATH.DATE_BEFORE_BIRTH'],
  ])('%s', (_label, dateOfDeath, birthDate, today, expected) => {
    expect(deathDateProblem(dateOfDeath, birthDate, today)).toBe(expected);
  });
});

describe('disposalAllowed (burial exemption)', () => {
  it.each([
    ['cremation, Han', 'CREMATION', 'HAN', EXEMPT, true],
    ['cremation, Hui', 'CREMATION', 'HUI', EXEMPT, true],
    ['burial, Hui', 'BURIAL', 'HUI', EXEMPT, true],
    ['burial, lower-case bonan', 'BURIAL', 'bonan', EXEMPT, true],
    ['burial, Han', 'BURIAL', 'HAN', EXEMPT, false],
    ['burial, Manchu', 'BURIAL', 'MANCHU', EXEMPT, false],
    ['burial, Hui, empty list', 'BURIAL', 'HUI', [], false],
  ] as const)('%s', (_label, disposal, ethnicity, list, expected) => {
    expect(disposalAllowed(disposal, ethnicity, list)).toBe(expected);
  });
});

describe('compareWithRecorded', () => {
  it.each([
    ['2024-07-01', '2024-07-01', 'SAME_DEATH'],
    ['2024-07-01', '2024-07-02', 'CONFLICTING_DATE'],
    ['2024-07-01', '2024-06-30', 'CONFLICTING_DATE'],
  ])('recorded %s, reported %s -> %s', (recorded, reported, expected) => {
    expect(compareWithRecorded(recorded, reported)).toBe(expected);
  });
});

describe('checkDeathReport (every check, first failure wins)', () => {
  const idBornOn = (birth: string) => `110105${birth}002` + residentIdCheckChar(`110105${birth}002`);
  const born1949 = idBornOn('19491231');
  const today = '2024-07-15';
  const report = (over: Partial<Parameters<typeof checkDeathReport>[0]> = {}) => ({ residentId: born1949, dateOfDeath: '2024-07-10', disposal: 'CREMATION' as const, ethnicity: 'HAN', ...over });
  const exemptOn = (asked: string[]) => (date: string) => {
    asked.push(date);
    return EXEMPT;
  };

  it('accepts a valid report and gives the facts of the resident ID', () => {
    expect(checkDeathReport(report(), today, exemptOn([]))).toEqual({ ok: true, resident: expect.objectContaining({ id: born1949, birthDate: '1949-12-31', sex: 'F' }) });
  });

  it.each([
    ['a resident ID born after today', { residentId: idBornOn('20250101') }, 400, 'DEATH.INVALID_RESIDENT_ID', 'residentId'],
    ['a date in the future', { dateOfDeath: '2024-07-16' }, 422, 'DEATH.DATE_IN_FUTURE', 'dateOfDeath'],
    ['a date before birth', { dateOfDeath: '1949-12-30' }, 422, 'DEATH.DATE_BEFORE_BIRTH', 'dateOfDeath'],
    ['burial of a Han person', { disposal: 'BURIAL' as const }, 422, 'DEATH.BURIAL_NOT_EXEMPT', 'disposal'],
    ['a future date and a burial: the date first', { dateOfDeath: '2024-07-16', disposal: 'BURIAL' as const }, 422, 'DEATH.DATE_IN_FUTURE', 'dateOfDeath'],
  ])('refuses %s', (_label, over, status, code, field) => {
    const checked = checkDeathReport(report(over), today, exemptOn([]));
    expect(checked).toEqual({ ok: false, refusal: { status, code, field, detail: expect.any(String) } });
  });

  it('asks for the exempt list only for a burial, as of the date of death', () => {
    const asked: string[] = [];
    checkDeathReport(report(), today, exemptOn(asked));
    expect(asked).toEqual([]);
    expect(checkDeathReport(report({ disposal: 'BURIAL', ethnicity: 'HUI', dateOfDeath: '2024-07-01' }), today, exemptOn(asked)).ok).toBe(true);
    expect(asked).toEqual(['2024-07-01']);
  });
});
