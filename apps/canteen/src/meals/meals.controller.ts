import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { ADMIN, READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { CANTEEN_OPERATOR } from '../canteens/canteen-roles';
import { ProblemException } from '@app/common/http/problem';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DayMealsQueries } from './day-meals.query';
import { DayMealsQuery, DayMealView } from './dto/day-meals.dto';
import { MEALS_PER_BATCH, MealBatchView, RecordMealBatchDto } from './dto/meal-batch.dto';
import { MealView, RecordMealDto } from './dto/record-meal.dto';
import { BATCH_KEY, envelopeProblem, verdicts } from './meal-batch-lines';
import { MealBatchSizeInterceptor } from './meal-batch-size.interceptor';
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

  /**
   * A canteen's meals in one request, as its card terminals upload a day's: every line is a meal
   * of POST /api/v1/meals with the same rules, stored or refused on its own. The Idempotency-Key
   * names the batch and is required: the slot's uniqueness holds only for subsidised meals (a
   * second meal in a slot is stored at full price), so only the key keeps a retried batch from
   * storing its meals again.
   */
  @Post('batch')
  @HttpCode(200)
  @Roles(CANTEEN_OPERATOR, ADMIN)
  @UseInterceptors(MealBatchSizeInterceptor)
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'Names the batch (1-90 of A-Z a-z 0-9 . _ : -); line i is stored under `<key>#<i>`, so the same batch sent again answers the meals stored the first time and stores nothing twice' })
  @ApiOkResponse({ type: MealBatchView, description: 'A verdict per line: RECORDED with its meal, or REFUSED with the problem POST /api/v1/meals would have answered (4xx: DINER.NOT_FOUND, CANTEEN.NOT_FOUND, AUTH.OUTSIDE_DIVISION, MEAL.DINER_DECEASED, MEAL.DINER_INACTIVE, MEAL.MONTH_CLOSED, MEAL.SLOT_NOT_OPEN, MEAL.OUTSIDE_SLOT_WINDOW, MEAL.SERVED_IN_FUTURE, MEAL.BEFORE_BIRTH, MEAL.IDEMPOTENCY_KEY_REUSED). A second meal in a slot, or one over the daily cap, is RECORDED at full price with its fullPriceReason, as on the single route.' })
  @ApiResponse({ status: 400, description: 'MEAL.IDEMPOTENCY_KEY_REQUIRED, MEAL.INVALID_IDEMPOTENCY_KEY; VALIDATION.FAILED with a field error at `meals.<index>.<field>` for every malformed line (codes of the DTO, MEAL.DINER_IDENTIFIER_REQUIRED, MEAL.INVALID_SERVED_AT): nothing of the batch is stored' })
  @ApiResponse({ status: 413, description: `MEAL.BATCH_TOO_LARGE: more than ${MEALS_PER_BATCH} meals; nothing is stored` })
  @ApiResponse({ status: 503, description: 'POLICY.NOT_IN_FORCE: no meal-subsidy tiers in force on a line\'s date (`key`, `date` in the problem); lines of other dates may be stored: send the batch again with the same key once the bureau has added them' })
  async recordBatch(
    @Body() dto: RecordMealBatchDto,
    @Headers('idempotency-key') batchKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MealBatchView> {
    if (batchKey === undefined) throw new ProblemException({ status: 400, code: 'MEAL.IDEMPOTENCY_KEY_REQUIRED', detail: 'a batch of meals needs an Idempotency-Key naming it' });
    if (!BATCH_KEY.test(batchKey)) throw new ProblemException({ status: 400, code: 'MEAL.INVALID_IDEMPOTENCY_KEY', detail: 'the Idempotency-Key of a batch must be 1-90 of A-Z a-z 0-9 . _ : -' });
    const malformed = envelopeProblem(dto.meals);
    if (malformed) throw malformed;
    return verdicts(await this.meals.recordBatch(dto.meals, batchKey, principal));
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
