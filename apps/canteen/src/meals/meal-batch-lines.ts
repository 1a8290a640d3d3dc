// The batch route's own decisions, as plain functions: the limit, each line's idempotency key, the
// envelope's refusal and the per-line verdicts. Every rule of a meal is the single route's
// (MealsService, MealRecorder); a line is a meal request like any other.
import { ProblemException, type FieldError } from '@app/common/http/problem';
import { MEALS_PER_BATCH, type MealBatchView, type MealLineVerdictView } from './dto/meal-batch.dto';
import type { RecordMealDto } from './dto/record-meal.dto';
import { requestProblem } from './meal-refusals';
import { mealView } from './meal-view';
import type { Meal } from './meal.entity';

/** The batch's key leaves room for `#999` within the 100 characters of a meal's idempotency key. */
export const BATCH_KEY = /^[A-Za-z0-9._:-]{1,90}$/;

/**
 * Line i of batch K is stored under the key `K#i`: a retry of the batch finds every line stored
 * the first time, and no single meal's key (which may not contain `#`) can collide with one.
 */
export const lineKey = (batchKey: string, index: number): string => `${batchKey}#${index}`;

export function tooLarge(lines: number): ProblemException {
  const message = `at most ${MEALS_PER_BATCH} meals in one request, got ${lines}: split the upload`;
  return new ProblemException({ status: 413, code: 'MEAL.BATCH_TOO_LARGE', detail: message, errors: [{ field: 'meals', code: 'MEAL.BATCH_TOO_LARGE', message }] });
}

/** Every line's own 400 (as the single route would answer it), at `meals.<index>.<field>`; null when there is none. */
export function envelopeProblem(meals: readonly RecordMealDto[]): ProblemException | null {
  const errors: FieldError[] = meals.flatMap((dto, i) => {
    const problem = requestProblem(dto);
    return problem ? [{ ...problem, field: `meals.${i}.${problem.field}` }] : [];
  });
  if (errors.length === 0) return null;
  return new ProblemException({ status: 400, code: 'VALIDATION.FAILED', detail: 'The request has invalid fields; no meal of it is stored.', errors });
}

/** What became of one line: its meal, or the error the single route would have answered. */
export type LineOutcome = { meal: Meal } | { error: unknown };

/**
 * The per-line verdicts. A refusal is a 4xx problem, the line's alone. Anything else (no subsidy
 * tiers in force on a line's date, the database gone) is the request's, thrown for the route to
 * answer as the single route would: the lines stored before it are found by their keys when the
 * client sends the batch again.
 */
export function verdicts(outcomes: readonly LineOutcome[]): MealBatchView {
  const lines = outcomes.map((outcome, index): MealLineVerdictView => {
    if ('meal' in outcome) return { index, status: 'RECORDED', meal: mealView(outcome.meal) };
    if (!(outcome.error instanceof ProblemException) || outcome.error.getStatus() >= 500) throw outcome.error;
    const { status, code, detail, errors } = outcome.error.problem;
    const field = errors?.[0]?.field;
    return { index, status: 'REFUSED', problem: { status, code, ...(detail !== undefined && { detail }), ...(field !== undefined && { field }) } };
  });
  const recorded = lines.filter((l) => l.status === 'RECORDED').length;
  return { recorded, refused: lines.length - recorded, lines };
}
