import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { ADMIN, READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { CANTEEN_OPERATOR } from '../canteens/canteen-roles';
import { ProblemException } from '@app/common/http/problem';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { MealView, RecordMealDto } from './dto/record-meal.dto';
import type { Meal } from './meal.entity';
import { MealsService } from './meals.service';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,100}$/;

export function mealView(meal: Meal): MealView {
  return {
    id: meal.id,
    canteenId: meal.canteenId,
    dinerId: meal.dinerId,
    residentId: meal.residentId,
    slot: meal.slot,
    mealDate: meal.mealDate,
    servedAt: meal.servedAt,
    tier: meal.tier,
    subsidised: meal.subsidised,
    subsidyFen: meal.subsidyFen,
    fullPriceReason: meal.fullPriceReason,
    status: meal.status,
    voidReason: meal.voidReason,
  };
}

@ApiTags('meals')
@ApiBearerAuth()
@Controller('api/v1/meals')
export class MealsController {
  constructor(private readonly meals: MealsService) {}

  @Post()
  @Roles(CANTEEN_OPERATOR, ADMIN)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried request with the same key returns the meal stored the first time' })
  @ApiCreatedResponse({ type: MealView })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division' })
  @ApiResponse({ status: 422, description: 'MEAL.SLOT_NOT_OPEN, MEAL.OUTSIDE_SLOT_WINDOW, MEAL.SERVED_IN_FUTURE, MEAL.BEFORE_BIRTH, MEAL.IDEMPOTENCY_KEY_REUSED' })
  @ApiResponse({ status: 409, description: 'MEAL.DINER_DECEASED, MEAL.DINER_INACTIVE, MEAL.MONTH_CLOSED' })
  @ApiResponse({ status: 503, description: 'POLICY.NOT_IN_FORCE: no meal-subsidy tiers in force on the meal\'s date (`key`, `date` in the problem); the bureau must add them' })
  async record(
    @Body() dto: RecordMealDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MealView> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ProblemException({ status: 400, code: 'MEAL.INVALID_IDEMPOTENCY_KEY', detail: 'Idempotency-Key must be 1-100 of A-Z a-z 0-9 . _ : -' });
    }
    return mealView(await this.meals.record(dto, idempotencyKey, principal));
  }

  @Get(':id')
  @Roles(...READERS, CANTEEN_OPERATOR)
  @ApiOkResponse({ type: MealView })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<MealView> {
    return mealView(await this.meals.get(id));
  }
}
