import { ProblemException } from '@app/common/http/problem';
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
