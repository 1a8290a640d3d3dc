import { YearMonth } from '@app/common/time/year-month';
import { countsForDibaoInMonth, countsInMonth, inHouseholdInMonth, livingDibaoMembers, nextStatus, payableInMonth, paymentStartMonth, type CaseAction, type CaseStatus, type Program } from './case-lifecycle.rule';

describe('nextStatus', () => {
  it.each<[Program, CaseStatus, CaseAction, CaseStatus | null]>([
    // 低保: investigation and public notice (公示) before the decision (DOMAIN §1).
    ['DIBAO', 'APPLIED', 'START_NOTICE', 'IN_PUBLIC_NOTICE'],
    ['DIBAO', 'APPLIED', 'APPROVE', null],
    ['DIBAO', 'IN_PUBLIC_NOTICE', 'APPROVE', 'APPROVED'],
    ['DIBAO', 'IN_PUBLIC_NOTICE', 'REJECT', 'REJECTED'],
    ['DIBAO', 'IN_PUBLIC_NOTICE', 'START_NOTICE', null],
    ['DIBAO', 'IN_PUBLIC_NOTICE', 'STOP', null],
    ['DIBAO', 'APPLIED', 'REJECT', 'REJECTED'],
    // 特困: decided on the application.
    ['TEKUN', 'APPLIED', 'APPROVE', 'APPROVED'],
    ['TEKUN', 'APPLIED', 'START_NOTICE', null],
    ['TEKUN', 'APPLIED', 'REJECT', 'REJECTED'],
    ['DIBAO', 'APPROVED', 'APPROVE', null],
    ['DIBAO', 'REJECTED', 'APPROVE', null],
    ['DIBAO', 'APPROVED', 'ACTIVATE', 'ACTIVE'],
    ['DIBAO', 'ACTIVE', 'SUSPEND', 'SUSPENDED'],
    ['DIBAO', 'SUSPENDED', 'RESUME', 'ACTIVE'],
    ['DIBAO', 'ACTIVE', 'RESUME', null],
    ['TEKUN', 'ACTIVE', 'STOP', 'STOPPED'],
    ['DIBAO', 'SUSPENDED', 'STOP', 'STOPPED'],
    ['DIBAO', 'APPLIED', 'STOP', null],
    ['DIBAO', 'STOPPED', 'STOP', null],
    ['DIBAO', 'STOPPED', 'RESUME', null],
  ])('%s: %s + %s -> %s', (program, status, action, expected) => {
    expect(nextStatus(status, action, program)).toBe(expected);
  });
});

describe('paymentStartMonth', () => {
  it.each([
    ['2024-07-31', '2024-08'],
    ['2024-12-01', '2025-01'],
  ])('approved %s -> paid from %s', (date, month) => {
    expect(paymentStartMonth(date).toString()).toBe(month);
  });
});

describe('payableInMonth', () => {
  const m = YearMonth.parse('2024-08');
  it.each<[CaseStatus, string | null, string | null, boolean]>([
    ['ACTIVE', '2024-08', null, true],
    ['APPROVED', '2024-08', null, true],
    ['APPROVED', '2024-09', null, false],
    ['ACTIVE', '2024-01', '2024-08', false],
    ['ACTIVE', '2024-01', '2024-09', true],
    ['SUSPENDED', '2024-01', null, false],
    ['STOPPED', '2024-01', '2024-09', true],
    ['STOPPED', '2024-01', '2024-08', false],
    ['APPLIED', null, null, false],
  ])('%s start %s stop %s -> %s', (status, startMonth, stopFromMonth, expected) => {
    expect(payableInMonth({ status, startMonth, stopFromMonth }, m)).toBe(expected);
  });
});

describe('inHouseholdInMonth and countsForDibaoInMonth', () => {
  const aug = YearMonth.parse('2024-08');
  it.each<[string, Parameters<typeof countsForDibaoInMonth>[0], boolean, boolean]>([
    ['registered from the start', { deceasedOn: null }, true, true],
    ['joins next month', { deceasedOn: null, joinedMonth: '2024-09' }, false, false],
    ['joined this month', { deceasedOn: null, joinedMonth: '2024-08' }, true, true],
    ['leaves from this month', { deceasedOn: null, leftMonth: '2024-08' }, false, false],
    ['leaves from next month', { deceasedOn: null, leftMonth: '2024-09' }, true, true],
    ['特困 from this month', { deceasedOn: null, dibaoExcludedFrom: '2024-08' }, true, false],
    ['特困 from next month', { deceasedOn: null, dibaoExcludedFrom: '2024-09' }, true, true],
    ['died in July', { deceasedOn: '2024-07-31' }, true, false],
    ['died in August (paid in full)', { deceasedOn: '2024-08-01' }, true, true],
  ])('%s: in household %s, counts for 低保 %s', (_name, member, inHousehold, counts) => {
    expect(inHouseholdInMonth(member, aug)).toBe(inHousehold);
    expect(countsForDibaoInMonth(member, aug)).toBe(counts);
  });

  it('livingDibaoMembers leaves out the dead, the absent and those in 特困', () => {
    const members = [
      { id: 'a', deceasedOn: null },
      { id: 'b', deceasedOn: '2024-08-10' },
      { id: 'c', deceasedOn: null, leftMonth: '2024-08' },
      { id: 'd', deceasedOn: null, joinedMonth: '2024-09' },
      { id: 'e', deceasedOn: null, dibaoExcludedFrom: '2024-08' },
      { id: 'f', deceasedOn: null, joinedMonth: '2024-08', leftMonth: '2024-09' },
    ];
    expect(livingDibaoMembers(members, aug).map((m) => m.id)).toEqual(['a', 'f']);
  });
});

describe('countsInMonth', () => {
  it.each<[string | null, string, boolean]>([
    [null, '2024-08', true],
    ['2024-08-31', '2024-08', true],
    ['2024-07-31', '2024-08', false],
    ['2024-09-01', '2024-08', true],
  ])('died %s, month %s -> %s', (deceasedOn, month, expected) => {
    expect(countsInMonth(deceasedOn, YearMonth.parse(month))).toBe(expected);
  });
});
