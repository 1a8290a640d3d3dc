import { periodsOverlap, planProblem, type Period } from './plan.rule';

const pilot: Period = { from: '2023-07-01', to: '2024-06-30' };
const plan = { from: '2023-09-01', to: '2024-02-29', services: ['CLEANING', 'COMPANY'] };
const offered = ['CLEANING', 'CARE', 'COMPANY'];

describe('planProblem', () => {
  it.each<[string, Partial<typeof plan>, Period | null, string[], unknown]>([
    ['within the pilot, services offered', {}, pilot, offered, null],
    ['the whole pilot', { from: '2023-07-01', to: '2024-06-30' }, pilot, offered, null],
    ['one day', { from: '2024-06-30', to: '2024-06-30' }, pilot, offered, null],
    ['ends before it starts', { to: '2023-08-31' }, pilot, offered, { code: 'PERIOD_REVERSED', field: 'toDate' }],
    ['starts before the pilot', { from: '2023-06-30' }, pilot, offered, { code: 'OUTSIDE_PILOT', field: 'fromDate' }],
    ['ends after the pilot', { to: '2024-07-01' }, pilot, offered, { code: 'OUTSIDE_PILOT', field: 'toDate' }],
    ['no pilot in force', {}, null, offered, { code: 'OUTSIDE_PILOT', field: 'fromDate' }],
    ['an open-ended programme', { to: '2030-12-31' }, { from: '2023-07-01', to: null }, offered, null],
    ['a service the provider does not offer', { services: ['ERRANDS'] }, pilot, offered, { code: 'SERVICE_NOT_OFFERED', field: 'services' }],
  ])('%s', (_name, change, period, services, expected) => {
    expect(planProblem({ ...plan, ...change }, period, services)).toEqual(expected);
  });
});

describe('periodsOverlap', () => {
  it.each([
    [{ from: '2023-07-01', to: '2023-12-31' }, { from: '2024-01-01', to: '2024-06-30' }, false],
    [{ from: '2023-07-01', to: '2024-01-01' }, { from: '2024-01-01', to: '2024-06-30' }, true],
    [{ from: '2023-07-01', to: '2024-06-30' }, { from: '2023-09-01', to: '2023-09-30' }, true],
    [{ from: '2024-02-01', to: '2024-06-30' }, { from: '2023-07-01', to: '2024-01-31' }, false],
  ])('%j and %j -> %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
  });
});
