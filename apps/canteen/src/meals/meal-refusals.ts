import { ProblemException, type FieldError } from '@app/common/http/problem';
import type { RecordMealDto } from './dto/record-meal.dto';
import type { Meal } from './meal.entity';

export function refuse(status: number, code: string, detail: string, field?: string): ProblemException {
  return new ProblemException({ status, code, detail, ...(field ? { errors: [{ field, code, message: detail }] } : {}) });
}

/** A key sent again with another meal is a client bug, not a retry. */
export function sameRequest(earlier: Meal, dto: RecordMealDto): Meal {
  const same = earlier.canteenId === dto.canteenId && earlier.slot === dto.slot && earlier.servedAt.getTime() === new Date(dto.servedAt).getTime();
  if (!same) throw refuse(422, 'MEAL.IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for another meal');
  return earlier;
}

/**
 * What is wrong with a meal request on its face, beyond what its DTO's decorators check: a 400
 * before anything is read. The single route refuses with it; the batch route refuses the whole
 * request with every line's, so that a malformed upload stores nothing.
 */
export function requestProblem(dto: RecordMealDto): FieldError | null {
  if (!dto.cardNumber === !dto.residentId) return { field: 'cardNumber', code: 'MEAL.DINER_IDENTIFIER_REQUIRED', message: 'give exactly one of cardNumber and residentId' };
  if (Number.isNaN(new Date(dto.servedAt).getTime())) return { field: 'servedAt', code: 'MEAL.INVALID_SERVED_AT', message: 'servedAt is not a real instant' };
  return null;
}
