import { ProblemException } from '@app/common/http/problem';
import type { RecordMealDto } from './dto/record-meal.dto';
import { MEALS_PER_BATCH } from './dto/meal-batch.dto';
import { BATCH_KEY, envelopeProblem, lineKey, tooLarge, verdicts, type LineOutcome } from './meal-batch-lines';
import { refuse } from './meal-refusals';
import type { Meal } from './meal.entity';

const CANTEEN = '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a';
const line = (over: Partial<RecordMealDto> = {}): RecordMealDto => ({ canteenId: CANTEEN, cardNumber: 'C-1', slot: 'LUNCH', servedAt: '2024-07-15T11:45:00+08:00', ...over });
const meal: Meal = {
  id: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a10',
  canteenId: CANTEEN,
  dinerId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a11',
  residentId: '11010519491231002X',
  slot: 'LUNCH',
  mealDate: '2024-07-15',
  servedAt: new Date('2024-07-15T03:45:00Z'),
  tier: 'AGE_60',
  subsidised: true,
  subsidyFen: 200,
  fullPriceReason: null,
  status: 'VALID',
  voidReason: null,
  idempotencyKey: 'terminal-3:2024-07-15#0',
  recordedBy: 'terminal-3',
  createdAt: new Date('2024-07-15T12:00:00Z'),
};

describe('a batch’s line keys', () => {
  it.each([
    ['terminal-3:2024-07-15', 0, 'terminal-3:2024-07-15#0'],
    ['b', 999, 'b#999'],
  ])('line %s #%i is stored under %s', (batch, index, key) => {
    expect(lineKey(batch, index)).toBe(key);
  });

  it('fit the 100 characters of a meal’s key, and no single meal’s key (no #) can be one', () => {
    const longest = 'k'.repeat(90);
    expect(BATCH_KEY.test(longest)).toBe(true);
    expect(BATCH_KEY.test(`${longest}k`)).toBe(false);
    expect(lineKey(longest, MEALS_PER_BATCH - 1).length).toBeLessThanOrEqual(100);
    expect(BATCH_KEY.test('a#1')).toBe(false);
  });
});

describe('envelopeProblem', () => {
  it('is null when every line is well formed', () => {
    expect(envelopeProblem([line(), line({ cardNumber: undefined, residentId: '11010519491231002X' })])).toBeNull();
  });

  it('names every malformed line by its index and field, as one 400', () => {
    const problem = envelopeProblem([line(), line({ residentId: '11010519491231002X' }), line({ servedAt: '2024-13-01T12:00:00+08:00' }), line({ cardNumber: undefined })]);
    expect(problem?.getStatus()).toBe(400);
    expect(problem?.problem.code).toBe('VALIDATION.FAILED');
    expect(problem?.problem.errors?.map((e) => [e.field, e.code])).toEqual([
      ['meals.1.cardNumber', 'MEAL.DINER_IDENTIFIER_REQUIRED'],
      ['meals.2.servedAt', 'MEAL.INVALID_SERVED_AT'],
      ['meals.3.cardNumber', 'MEAL.DINER_IDENTIFIER_REQUIRED'],
    ]);
  });
});

describe('tooLarge', () => {
  it('is a 413 on the field meals, saying the limit', () => {
    const problem = tooLarge(MEALS_PER_BATCH + 1);
    expect([problem.getStatus(), problem.problem.code, problem.problem.errors?.[0].field]).toEqual([413, 'MEAL.BATCH_TOO_LARGE', 'meals']);
    expect(problem.problem.detail).toContain(`at most ${MEALS_PER_BATCH}`);
  });
});

describe('verdicts', () => {
  it('gives each line its meal (resident ID masked) or its refusal with code and field, and counts them', () => {
    const outcomes: LineOutcome[] = [
      { meal },
      { error: refuse(409, 'MEAL.DINER_DECEASED', 'the diner died on 2024-07-01') },
      { error: refuse(404, 'CANTEEN.NOT_FOUND', 'no canteen', 'canteenId') },
    ];
    const view = verdicts(outcomes);
    expect([view.recorded, view.refused]).toEqual([1, 2]);
    expect(view.lines[0]).toMatchObject({ index: 0, status: 'RECORDED', meal: { id: meal.id, subsidyFen: 200 } });
    expect(view.lines[0].meal).not.toHaveProperty('idempotencyKey');
    expect(view.lines[1]).toEqual({ index: 1, status: 'REFUSED', problem: { status: 409, code: 'MEAL.DINER_DECEASED', detail: 'the diner died on 2024-07-01' } });
    expect(view.lines[2]).toEqual({ index: 2, status: 'REFUSED', problem: { status: 404, code: 'CANTEEN.NOT_FOUND', detail: 'no canteen', field: 'canteenId' } });
  });

  it.each([
    ['an error that is no problem', new Error('connection terminated')],
    ['a 5xx problem', new ProblemException({ status: 503, code: 'POLICY.NOT_IN_FORCE', detail: 'no tiers' })],
  ])('throws %s: the request’s, not the line’s', (_what, error) => {
    expect(() => verdicts([{ meal }, { error }])).toThrow(error);
  });
});
