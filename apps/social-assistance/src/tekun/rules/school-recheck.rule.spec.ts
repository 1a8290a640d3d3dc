import { afterSchoolRecheck, birthdayAt, minorAdmission } from './school-recheck.rule';

const limits = { elderlyFrom: 60, minorUnder: 16 };
const coverage = { untilAge: 18, inSchoolUntilAge: 22 };

describe('birthdayAt', () => {
  it.each([
    ['2008-09-10', 18, '2026-09-10'],
    ['2008-02-29', 18, '2026-03-01'],
    ['2008-02-29', 16, '2024-02-29'],
  ])('%s at %d -> %s', (birth, age, expected) => {
    expect(birthdayAt(birth, age)).toBe(expected);
  });
});

describe('minorAdmission: covered to 18, re-checked on the 18th birthday (not decided at admission)', () => {
  it.each<[string, string, number, { coveredUntil: string; schoolRecheckDueOn: string } | null]>([
    ['admitted at 15', '2008-09-10', 15, { coveredUntil: '2026-09', schoolRecheckDueOn: '2026-09-10' }],
    ['admitted at 0', '2024-01-31', 0, { coveredUntil: '2042-01', schoolRecheckDueOn: '2042-01-31' }],
    ['29 February: the 18th birthday of a common year is 1 March', '2008-02-29', 10, { coveredUntil: '2026-03', schoolRecheckDueOn: '2026-03-01' }],
    ['admitted at 16: not as a minor, no age end', '2008-01-01', 16, null],
    ['an elder', '1945-01-01', 79, null],
  ])('%s', (_name, birth, age, expected) => {
    expect(minorAdmission(birth, age, limits, coverage)).toEqual(expected);
  });
});

describe('afterSchoolRecheck: one school year at a time, to the in-school age limit', () => {
  it.each<[string, string, string, boolean, { coveredUntil: string; nextRecheckDueOn: string | null; stops: boolean }]>([
    ['in school at 18: to the 19th birthday month, next check then', '2008-09-10', '2026-09-10', true, { coveredUntil: '2027-09', nextRecheckDueOn: '2027-09-10', stops: false }],
    ['not in school at 18: ends with the 18th birthday month', '2008-09-10', '2026-09-10', false, { coveredUntil: '2026-09', nextRecheckDueOn: null, stops: true }],
    ['in school at 20: to 21', '2008-09-10', '2028-09-10', true, { coveredUntil: '2029-09', nextRecheckDueOn: '2029-09-10', stops: false }],
    ['in school at 21: to the limit of 22, no further check', '2008-09-10', '2029-09-10', true, { coveredUntil: '2030-09', nextRecheckDueOn: null, stops: false }],
    ['not in school at 19', '2008-09-10', '2027-09-10', false, { coveredUntil: '2027-09', nextRecheckDueOn: null, stops: true }],
    ['29 February, in school at 18 (1 March 2026): next on 29 Feb… 1 March 2027', '2008-02-29', '2026-03-01', true, { coveredUntil: '2027-03', nextRecheckDueOn: '2027-03-01', stops: false }],
  ])('%s', (_name, birth, dueOn, inSchool, expected) => {
    expect(afterSchoolRecheck(birth, dueOn, inSchool, coverage)).toEqual(expected);
  });
});
