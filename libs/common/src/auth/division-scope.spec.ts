import { ProblemException } from '../http/problem';
import { assertWithinDivision, divisionCovers, divisionPrefix } from './division-scope';

describe('division scope', () => {
  it.each([
    ['000000', ''],
    ['110000', '11'],
    ['110100', '1101'],
    ['110105', '110105'],
    ['110105001', '110105001'],
    ['110105001201', '110105001201'],
  ])('the significant prefix of %s is %s', (code, prefix) => {
    expect(divisionPrefix(code)).toBe(prefix);
  });

  it.each([
    ['000000', '440524001', true],
    ['110000', '110105001201', true],
    ['110100', '110105', true],
    ['110100', '110200', false],
    ['110105', '110105', true],
    ['110105', '110105001', true],
    ['110105', '110106001', false],
    ['110105001', '110105001201', true],
    ['110105001', '110105002201', false],
    ['110105001201', '110105001201', true],
    ['110105001201', '110105001202', false],
    ['110105001201', '110105001', false],
    ['110105001', '110105', false],
  ])('a principal of %s covers %s: %s', (principal, record, covered) => {
    expect(divisionCovers(principal, record)).toBe(covered);
  });

  it('refuses a record outside the division with 403 AUTH.OUTSIDE_DIVISION and the field at fault', () => {
    const principal = { division: '110105001', roles: ['operator'] };
    expect(() => assertWithinDivision(principal, '110105001201', 'regionCode')).not.toThrow();
    try {
      assertWithinDivision(principal, '110106001201', 'regionCode');
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(ProblemException);
      const problem = err as ProblemException;
      expect(problem.getStatus()).toBe(403);
      expect(problem.getResponse()).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'regionCode' }] });
    }
  });
});
