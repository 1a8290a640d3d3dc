import { ProblemException } from './problem';
import { maskResidentId } from '../resident-id/resident-id';
import { createValidationPipe, fieldErrorsOf, MAX_INPUT_DEPTH, nestsDeeperThan } from './validation';

const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

describe('input depth', () => {
  it.each([
    [{ a: 1 }, 1, false],
    [{ a: { b: [1] } }, 2, true],
    [{ a: { b: [1] } }, 3, false],
    ['text', 0, false],
  ])('nestsDeeperThan(%j, %i) is %s', (value, limit, expected) => {
    expect(nestsDeeperThan(value, limit)).toBe(expected);
  });

  it('copes with inputs far deeper than the stack would allow recursion', () => {
    expect(nestsDeeperThan({ field: nested(200_000) }, MAX_INPUT_DEPTH)).toBe(true);
  });

  it('refuses a body nested thousands of levels deep with 400 VALIDATION.TOO_DEEP instead of overflowing', async () => {
    const pipe = createValidationPipe();
    const refusal = await pipe.transform({ residentIds: nested(5_000) }, { type: 'body', metatype: Object }).catch((err: unknown) => err);
    expect(refusal).toBeInstanceOf(ProblemException);
    expect((refusal as ProblemException).problem).toMatchObject({ status: 400, code: 'VALIDATION.TOO_DEEP' });
  });

  it('lets ordinary bodies through', async () => {
    const pipe = createValidationPipe();
    await expect(pipe.transform({ members: [{ residentId: 'x', incomes: [{ monthlyFen: 1 }] }] }, { type: 'body', metatype: Object })).resolves.toEqual({
      members: [{ residentId: 'x', incomes: [{ monthlyFen: 1 }] }],
    });
  });
});

describe('fieldErrorsOf with a resident ID as a key', () => {
  it('masks the ID in the field path and in the message', () => {
    const id = '11010519491231002X';
    const errors = fieldErrorsOf([
      { property: 'children', children: [{ property: id, constraints: { whitelistValidation: `property ${id} should not exist` }, children: [] }] },
    ]);
    expect(errors).toEqual([{ field: `children.${maskResidentId(id)}`, code: 'whitelistValidation', message: `property ${maskResidentId(id)} should not exist` }]);
  });
});
