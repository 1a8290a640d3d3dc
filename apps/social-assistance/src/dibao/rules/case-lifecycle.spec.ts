import { YearMonth } from '@app/common/time/year-month';
import { countsInMonth, nextStatus, payableInMonth, paymentStartMonth, type CaseAction, type CaseStatus } from './case-lifecycle';

describe('nextStatus', () => {
  it.each<[CaseStatus, CaseAction, CaseStatus | null]>([
    ['APPLIED', 'APPROVE', 'APPROVED'],
    ['APPLIED', 'REJECT', 'REJECTED'],
    ['APPROVED', 'APPROVE', null],
    ['REJECTED', 'APPROVE', null],
    ['APPROVED', 'ACTIVATE', 'ACTIVE'],
    ['ACTIVE', 'SUSPEND', 'SUSPENDED'],
    ['SUSPENDED', 'RESUME', 'ACTIVE'],
    ['ACTIVE', 'RESUME', null],
    ['ACTIVE', 'STOP', 'STOPPED'],
    ['SUSPENDED', 'STOP', 'STOPPED'],
    ['APPLIED', 'STOP', null],
    ['STOPPED', 'STOP', null],
    ['STOPPED', 'RESUME', null],
  ])('%s + %s -> %s', (status, action, expected) => {
    expect(nextStatus(status, action)).toBe(expected);
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
