import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { PolicyNotFoundError, valueInForce } from '@app/common/policy/value-in-force';
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { Clock, shanghaiDate } from '@app/common/time/clock';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Canteen } from '../canteens/canteen.entity';
import { DinerStatusService } from '../diner-status/diner-status.service';
import { Diner } from '../diners/diner.entity';
import { DinersService } from '../diners/diners.service';
import { lockCanteenMonth } from '../settlements/settlement-lock';
import { Settlement } from '../settlements/settlement.entity';
import type { RecordMealDto } from './dto/record-meal.dto';
import { Meal } from './meal.entity';
import { mealSlotProblem } from './rules/meal-slot.rule';
import { MEAL_SUBSIDY_POLICY_KEY, parseMealSubsidyPolicy, selectMealTier, type MealTierDecision } from './rules/meal-tier.rule';
import { SubsidyClaimGuard } from './subsidy-claim.guard';

export const FULL_PRICE_NOT_ELIGIBLE = 'NOT_ELIGIBLE';
export const FULL_PRICE_ALREADY_SUBSIDISED = 'ALREADY_SUBSIDISED_IN_SLOT';

/** A terminal clock a few minutes fast is normal; a meal from tomorrow is not. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

function refuse(status: number, code: string, detail: string): ProblemException {
  return new ProblemException({ status, code, detail });
}

type MealRow = Omit<Meal, 'createdAt'>;

@Injectable()
export class MealsService {
  private readonly logger = new Logger(MealsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
    private readonly status: DinerStatusService,
    private readonly guard: SubsidyClaimGuard,
  ) {}

  /**
   * Records a meal. The subsidy goes to the first claim of the person's slot that day across all
   * canteens; later claims are stored at full price with the reason. A repeated idempotency key
   * returns the meal stored the first time.
   */
  async record(dto: RecordMealDto, idempotencyKey: string | undefined, actor: Principal): Promise<Meal> {
    if (idempotencyKey) {
      const earlier = await this.dataSource.getRepository(Meal).findOneBy({ idempotencyKey });
      if (earlier) return sameRequest(earlier, dto);
    }
    if (!dto.cardNumber === !dto.residentId) {
      throw refuse(400, 'MEAL.DINER_IDENTIFIER_REQUIRED', 'give exactly one of cardNumber and residentId');
    }
    const servedAt = new Date(dto.servedAt);
    if (Number.isNaN(servedAt.getTime())) throw refuse(400, 'MEAL.INVALID_SERVED_AT', 'servedAt is not a real instant');
    if (servedAt.getTime() > this.clock.now().getTime() + FUTURE_TOLERANCE_MS) {
      throw refuse(422, 'MEAL.SERVED_IN_FUTURE', 'servedAt is in the future');
    }
    const mealDate = shanghaiDate(servedAt);

    return this.dataSource.transaction(async (manager) => {
      const { diner, decision } = await this.check(manager, dto, mealDate);
      const row: MealRow = {
        id: randomUUID(),
        canteenId: dto.canteenId,
        dinerId: diner.id,
        residentId: diner.residentId,
        slot: dto.slot,
        mealDate,
        servedAt,
        tier: decision.tier,
        subsidised: decision.amountFen > 0,
        subsidyFen: decision.amountFen,
        fullPriceReason: decision.amountFen > 0 ? null : FULL_PRICE_NOT_ELIGIBLE,
        status: 'VALID',
        voidReason: null,
        idempotencyKey: idempotencyKey ?? null,
        recordedBy: actor.sub,
      };
      if (!row.subsidised) return this.insertOrReplay(manager, row);
      return this.insertSubsidised(manager, row);
    });
  }

  async get(id: string): Promise<Meal> {
    const meal = await this.dataSource.getRepository(Meal).findOneBy({ id });
    if (!meal) throw refuse(404, 'MEAL.NOT_FOUND', `no meal ${id}`);
    return meal;
  }

  /** Everything that refuses a meal, then the tier. Nothing is written here. */
  private async check(manager: EntityManager, dto: RecordMealDto, mealDate: string): Promise<{ diner: Diner; decision: MealTierDecision }> {
    const canteen = await manager.findOneBy(Canteen, { id: dto.canteenId });
    if (!canteen) throw refuse(404, 'CANTEEN.NOT_FOUND', `no canteen ${dto.canteenId}`);
    if (mealSlotProblem(canteen.slots, dto.slot)) throw refuse(422, 'MEAL.SLOT_NOT_OPEN', `the canteen does not serve ${dto.slot}`);
    const diner = await DinersService.find(manager, dto);
    if (!diner) throw refuse(404, 'DINER.NOT_FOUND', 'no diner with this card or resident ID');
    const died = await this.status.dateOfDeath(manager, diner.residentId);
    if (died !== null && mealDate > died) throw refuse(409, 'MEAL.DINER_DECEASED', `the diner died on ${died}`);
    if (!diner.active && died === null) throw refuse(409, 'MEAL.DINER_INACTIVE', 'the diner is not active');
    const month = mealDate.slice(0, 7);
    await lockCanteenMonth(manager, canteen.id, month, 'shared');
    if (await manager.existsBy(Settlement, { canteenId: canteen.id, month, status: 'APPROVED' })) {
      throw refuse(409, 'MEAL.MONTH_CLOSED', `the settlement of ${month} is approved for this canteen`);
    }
    const born = checkResidentId(diner.residentId, mealDate);
    if (!born.ok) throw refuse(422, 'MEAL.BEFORE_BIRTH', 'the meal is dated before the diner was born');

    let policyValue: unknown;
    try {
      policyValue = valueInForce(await this.policy.rows(MEAL_SUBSIDY_POLICY_KEY, manager), MEAL_SUBSIDY_POLICY_KEY, mealDate);
    } catch (err) {
      if (err instanceof PolicyNotFoundError) throw refuse(409, 'MEAL.NO_SUBSIDY_POLICY', `no ${MEAL_SUBSIDY_POLICY_KEY} in force on ${mealDate}`);
      throw err;
    }
    const assisted = await this.status.isAssistedOn(manager, diner.residentId, mealDate);
    const decision = selectMealTier({ birthDate: born.info.birthDate, mealDate, assisted }, parseMealSubsidyPolicy(policyValue));
    return { diner, decision };
  }

  /**
   * Redis answers the common duplicate without touching the unique index; when it says "taken"
   * the database is asked, because a claim whose meal was never stored may linger there. Redis
   * being away only costs speed: the unique index decides.
   */
  private async insertSubsidised(manager: EntityManager, row: MealRow): Promise<Meal> {
    let claimed: boolean;
    try {
      claimed = await this.guard.claim(row.residentId, row.mealDate, row.slot);
    } catch (err) {
      this.logger.warn(`subsidy guard unavailable, relying on the unique index: ${(err as Error).message}`);
      claimed = true;
    }
    if (!claimed && (await this.slotTaken(manager, row))) return this.insertOrReplay(manager, fullPrice(row));
    try {
      const stored = await this.insert(manager, row);
      if (stored) return stored;
      if (row.idempotencyKey) {
        const replay = await manager.findOneBy(Meal, { idempotencyKey: row.idempotencyKey });
        if (replay) return replay;
      }
      return await this.insertOrReplay(manager, fullPrice(row));
    } catch (err) {
      if (claimed) await this.guard.release(row.residentId, row.mealDate, row.slot).catch(() => undefined);
      throw err;
    }
  }

  private async slotTaken(manager: EntityManager, row: MealRow): Promise<boolean> {
    return manager.existsBy(Meal, { residentId: row.residentId, mealDate: row.mealDate, slot: row.slot, subsidised: true, status: 'VALID' });
  }

  private async insertOrReplay(manager: EntityManager, row: MealRow): Promise<Meal> {
    const stored = await this.insert(manager, row);
    if (stored) return stored;
    // Only the idempotency key can clash on a full-price meal: a concurrent retry stored it.
    return manager.findOneByOrFail(Meal, { idempotencyKey: row.idempotencyKey! });
  }

  /** INSERT ... ON CONFLICT DO NOTHING: null when the slot's subsidy or the idempotency key is taken. */
  private async insert(manager: EntityManager, row: MealRow): Promise<Meal | null> {
    const result = await manager.createQueryBuilder().insert().into(Meal).values(row).orIgnore().returning('id').execute();
    if ((result.raw as unknown[]).length === 0) return null;
    return manager.findOneByOrFail(Meal, { id: row.id });
  }
}

/** A key sent again with another meal is a client bug, not a retry. */
function sameRequest(earlier: Meal, dto: RecordMealDto): Meal {
  const same = earlier.canteenId === dto.canteenId && earlier.slot === dto.slot && earlier.servedAt.getTime() === new Date(dto.servedAt).getTime();
  if (!same) throw refuse(422, 'MEAL.IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for another meal');
  return earlier;
}

function fullPrice(row: MealRow): MealRow {
  return { ...row, subsidised: false, subsidyFen: 0, fullPriceReason: FULL_PRICE_ALREADY_SUBSIDISED };
}
