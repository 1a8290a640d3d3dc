import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { MEALS_PER_BATCH } from './dto/meal-batch.dto';
import { tooLarge } from './meal-batch-lines';

/**
 * Refuses a batch over the limit before the validation pipe reads its lines (interceptors run
 * before pipes), so that an oversized upload answers 413 MEAL.BATCH_TOO_LARGE whatever its lines hold.
 */
@Injectable()
export class MealBatchSizeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const meals = (context.switchToHttp().getRequest<Request>().body as { meals?: unknown } | undefined)?.meals;
    if (Array.isArray(meals) && meals.length > MEALS_PER_BATCH) throw tooLarge(meals.length);
    return next.handle();
  }
}
