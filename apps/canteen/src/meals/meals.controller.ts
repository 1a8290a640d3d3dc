import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { ADMIN, READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { CANTEEN_OPERATOR } from '../canteens/canteen-roles';
import { ProblemException } from '@app/common/http/problem';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DayMealsQueries } from './day-meals.query';
import { DayMealsQuery, DayMealView } from './dto/day-meals.dto';
import { MealView, RecordMealDto } from './dto/record-meal.dto';
import { mealView } from './meal-view';
import { MealsService } from './meals.service';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,100}$/;

@ApiTags('meals')
@ApiBearerAuth()
@Controller('api/v1/meals')
export class MealsController {
  constructor(
    private readonly meals: MealsService,
    private readonly dayMeals: DayMealsQueries,
  ) {}

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

  @Get()
  @Roles(...READERS, CANTEEN_OPERATOR)
  @ApiPageResponse(DayMealView, 'The meals of one canteen on one day, in the order served; resident ID and name masked.')
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division' })
  @ApiResponse({ status: 404, description: 'CANTEEN.NOT_FOUND' })
  day(@Query() query: DayMealsQuery, @CurrentPrincipal() principal: Principal): Promise<Page<DayMealView>> {
    return this.dayMeals.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS, CANTEEN_OPERATOR)
  @ApiOkResponse({ type: MealView })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<MealView> {
    return mealView(await this.meals.get(id));
  }
}
