import { compareWithRecorded, deathDateProblem, disposalAllowed } from './death-report.rule';

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
