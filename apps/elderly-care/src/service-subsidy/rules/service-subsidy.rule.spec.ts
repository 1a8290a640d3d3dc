import { YearMonth } from '@app/common/time/year-month';
import { programCarriesSubsidy, subsidyPeriod } from './service-subsidy.rule';

const m = (s: string) => YearMonth.parse(s);

describe('subsidyPeriod', () => {
  it.each<[string, string, string, string | null, string | null, string | null, string | null]>([
    // label, birth, enrolledFrom, enrollmentStopFrom, death, expected from, expected stopFrom
    ['85-year-old enrolled', '1939-05-10', '2024-03', null, null, '2024-03', null],
    ['turns 80 while enrolled (month after birthday)', '1944-07-15', '2024-03', null, null, '2024-08', null],
    ['enrollment ended', '1939-05-10', '2024-03', '2024-09', null, '2024-03', '2024-09'],
    ['death stops from the month after', '1939-05-10', '2024-03', null, '2024-08-01', '2024-03', '2024-09'],
    ['death before the enrollment ends', '1939-05-10', '2024-03', '2024-12', '2024-08-31', '2024-03', '2024-09'],
    ['enrollment ends before turning 80', '1944-07-15', '2024-03', '2024-08', null, null, null],
    ['79-year-old whose enrollment stops in the month they qualify', '1944-07-15', '2024-03', '2024-09', null, '2024-08', '2024-09'],
    ['29 February birthday', '1944-02-29', '2024-01', null, null, '2024-03', null],
  ])('%s', (_label, birthDate, from, stop, death, expectedFrom, expectedStop) => {
    const period = subsidyPeriod({ birthDate, enrolledFrom: m(from), enrollmentStopFrom: stop ? m(stop) : null, dateOfDeath: death }, 80, 'MONTH_AFTER_BIRTHDAY');
    expect(period?.fromMonth.toString() ?? null).toBe(expectedFrom);
    expect(period?.stopFromMonth?.toString() ?? null).toBe(expectedStop);
  });

  it.each<[string, string | null, string]>([
    // moved on, death, expected stopFrom
    ['2024-06-10', null, '2024-07'],
    ['2024-06-10', '2024-09-01', '2024-07'],
    ['2024-10-10', '2024-09-01', '2024-10'],
  ])('a move away on %s (death %s) stops from %s', (movedOn, death, stop) => {
    const period = subsidyPeriod({ birthDate: '1939-05-10', enrolledFrom: m('2024-03'), enrollmentStopFrom: null, dateOfDeath: death, movedOn }, 80, 'MONTH_AFTER_BIRTHDAY');
    expect(period?.stopFromMonth?.toString()).toBe(stop);
  });

  it('starts in the birthday month under BIRTHDAY_MONTH', () => {
    const period = subsidyPeriod({ birthDate: '1944-07-15', enrolledFrom: m('2024-03'), enrollmentStopFrom: null, dateOfDeath: null }, 80, 'BIRTHDAY_MONTH');
    expect(period?.fromMonth.toString()).toBe('2024-07');
  });
});

describe('programCarriesSubsidy: 低保 or dispersed 特困 only', () => {
  it.each<[string, string | null, boolean]>([
    ['DIBAO', null, true],
    ['TEKUN', 'DISPERSED', true],
    ['TEKUN', 'CENTRAL', false],
    ['TEKUN', null, false],
  ])('%s %s -> %s', (program, careForm, expected) => {
    expect(programCarriesSubsidy(program, careForm)).toBe(expected);
  });
});
