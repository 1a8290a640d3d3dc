import { closingProblem, officeOpenProblem, openDuring, type OfficeOpening } from './office-open.rule';

const opened: OfficeOpening = { openedOn: '2024-02-14', closedOn: null };
const closed: OfficeOpening = { openedOn: '2024-02-14', closedOn: '2024-10-01' };

describe('officeOpenProblem', () => {
  it.each([
    ['no such office', null, '2024-05-20', 'REGISTRATION_OFFICE.UNKNOWN'],
    ['the day before opening', opened, '2024-02-13', 'REGISTRATION_OFFICE.NOT_YET_OPEN'],
    ['the opening day', opened, '2024-02-14', null],
    ['long after opening, never closed', opened, '2030-01-01', null],
    ['the last day before closing', closed, '2024-09-30', null],
    ['the closing day', closed, '2024-10-01', 'REGISTRATION_OFFICE.CLOSED'],
    ['after closing', closed, '2025-01-01', 'REGISTRATION_OFFICE.CLOSED'],
  ] as const)('%s', (_label, office, onDate, expected) => {
    expect(officeOpenProblem(office, onDate)?.code ?? null).toBe(expected);
  });
});

describe('closingProblem', () => {
  it.each([
    ['an open office, a later day', opened, '2024-12-31', null],
    ['the day after opening', opened, '2024-02-15', null],
    ['the opening day', opened, '2024-02-14', 'REGISTRATION_OFFICE.CLOSES_BEFORE_OPENING'],
    ['before opening', opened, '2024-01-01', 'REGISTRATION_OFFICE.CLOSES_BEFORE_OPENING'],
    ['already closed', closed, '2024-12-31', 'REGISTRATION_OFFICE.ALREADY_CLOSED'],
  ] as const)('%s', (_label, office, closedOn, expected) => {
    expect(closingProblem(office, closedOn)).toBe(expected);
  });
});

describe('openDuring 2024', () => {
  it.each([
    ['opened in the year, still open', opened, true],
    ['opened and closed in the year', closed, true],
    ['opened the next year', { openedOn: '2025-01-01', closedOn: null }, false],
    ['closed on the first day of the year', { openedOn: '2020-01-01', closedOn: '2024-01-01' }, false],
    ['closed on the second day of the year', { openedOn: '2020-01-01', closedOn: '2024-01-02' }, true],
    ['opened on the last day of the year', { openedOn: '2024-12-31', closedOn: null }, true],
  ] as const)('%s', (_label, office, expected) => {
    expect(openDuring(office, '2024-01-01', '2024-12-31')).toBe(expected);
  });
});
