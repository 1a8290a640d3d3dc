import { resolutionProblem, type Resolution } from './resolution';

describe('resolutionProblem', () => {
  it.each<[string, Resolution, string[], string | null]>([
    ['OPEN', 'RECOVERED', ['operator'], null],
    ['OPEN', 'HEIRS_PAID', ['operator'], null],
    ['OPEN', 'WRITTEN_OFF', ['operator'], 'APPROVAL_REQUIRED'],
    ['OPEN', 'WRITTEN_OFF', ['admin'], null],
    ['RECOVERED', 'RECOVERED', ['admin'], 'NOT_OPEN'],
    ['WRITTEN_OFF', 'HEIRS_PAID', ['operator'], 'NOT_OPEN'],
  ])('%s + %s by %j -> %s', (status, resolution, roles, expected) => {
    expect(resolutionProblem(status, resolution, roles, ['admin'])).toBe(expected);
  });
});
