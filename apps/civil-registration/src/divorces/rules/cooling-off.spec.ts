import { divorceDeadlines, divorcePhase, divorceState } from './cooling-off';

describe('divorceDeadlines', () => {
  it.each([
    ['mid-year', '2024-03-01', { coolingOffEndsOn: '2024-03-31', certificateDeadline: '2024-04-30' }],
    ['across February of a leap year', '2024-01-31', { coolingOffEndsOn: '2024-03-01', certificateDeadline: '2024-03-31' }],
    ['across the year end', '2024-12-15', { coolingOffEndsOn: '2025-01-14', certificateDeadline: '2025-02-13' }],
  ])('%s: applied %s', (_label, appliedOn, expected) => {
    expect(divorceDeadlines(appliedOn, 30, 30)).toEqual(expected);
  });

  it.each([0, -1, 1.5])('refuses a period of %s days', (days) => {
    expect(() => divorceDeadlines('2024-03-01', days, 30)).toThrow(RangeError);
    expect(() => divorceDeadlines('2024-03-01', 30, days)).toThrow(RangeError);
  });
});

describe('divorcePhase at the boundaries (applied 2024-03-01; day N = applied + N)', () => {
  const deadlines = divorceDeadlines('2024-03-01', 30, 30);
  it.each([
    ['day 0 (receipt)', '2024-03-01', 'COOLING_OFF'],
    ['day 1', '2024-03-02', 'COOLING_OFF'],
    ['day 30: last day of cooling-off', '2024-03-31', 'COOLING_OFF'],
    ['day 31: first day for the certificate', '2024-04-01', 'CERTIFICATE_WINDOW'],
    ['day 60: last day for the certificate', '2024-04-30', 'CERTIFICATE_WINDOW'],
    ['day 61: too late', '2024-05-01', 'EXPIRED'],
  ])('%s (%s)', (_label, today, expected) => {
    expect(divorcePhase(deadlines, today)).toBe(expected);
  });
});

describe('divorceState', () => {
  const deadlines = divorceDeadlines('2024-03-01', 30, 30);
  it.each([
    ['APPLIED', '2024-03-31', 'COOLING_OFF'],
    ['APPLIED', '2024-04-01', 'AWAITING_CERTIFICATE'],
    ['APPLIED', '2024-05-01', 'DEEMED_WITHDRAWN'],
    ['WITHDRAWN', '2024-03-10', 'WITHDRAWN'],
    ['REGISTERED', '2024-04-10', 'REGISTERED'],
    ['DEEMED_WITHDRAWN', '2024-05-02', 'DEEMED_WITHDRAWN'],
  ] as const)('%s on %s -> %s', (status, today, expected) => {
    expect(divorceState(status, deadlines, today)).toBe(expected);
  });
});
