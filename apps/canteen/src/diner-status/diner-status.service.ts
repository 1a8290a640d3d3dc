import { AuditService } from '@app/common/audit/audit.service';
import { DeathNoticeTable } from '@app/common/read-models/death-notice.table';
import { coveredOn } from '@app/common/read-models/rules/enrollment-spells.rule';
import { PolicyService } from '@app/common/policy/policy.service';
import type { PolicyPeriods } from '@app/common/policy/policy-periods';
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { Injectable } from '@nestjs/common';
import { Not, type EntityManager } from 'typeorm';
import { Diner } from '../diners/diner.entity';
import { Meal } from '../meals/meal.entity';
import { AssistanceEnrollment } from './assistance-enrollment.entity';
import { DeceasedResident } from './deceased-resident.entity';
import { MEAL_SUBSIDY_POLICY_KEY, selectMealTier } from '../meals/rules/meal-tier.rule';
import { MEAL_DAILY_CAP_POLICY_KEY, withinDailyCap, type DailyCapPolicy } from '../meals/rules/daily-cap.rule';
import type { CanteenPolicies } from '../policy-catalogue';
import { lockCanteenMonth } from '../settlements/settlement-lock';
import { SettlementLine } from '../settlements/settlement.entity';
import { repriceMeal } from './rules/meal-repricing.rule';

export const VOID_REASON_DECEASED = 'DINER_DECEASED';
const DEATH_ACTOR = { system: 'canteen:death-registered' };
const DECEASED_RESIDENT = new DeathNoticeTable('deceased_resident');
const COVERAGE_ACTOR = { system: 'canteen:assistance-coverage' };

/** Whom a death concerns here: a diner, or someone with subsidised meals dated after the death (resident_id is char(18)). */
const CONCERNED = `EXISTS (SELECT 1 FROM diner x WHERE x.resident_id = d.resident_id::bpchar)
  OR EXISTS (SELECT 1 FROM meal m WHERE m.resident_id = d.resident_id::bpchar AND m.meal_date > d.date_of_death AND m.subsidised AND m.status = 'VALID')`;

/**
 * The read model of what other services know about a person: 低保/特困 coverage and death. Every
 * method takes the caller's EntityManager, so that event effects share the inbox transaction.
 */
@Injectable()
export class DinerStatusService {
  constructor(
    private readonly policy: PolicyService<CanteenPolicies>,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records the deaths of a micro-batch (one statement) and returns the resident IDs among them
   * that `deathRegistered` has anything more to change for.
   */
  recordDeaths(manager: EntityManager, deaths: ReadonlyArray<{ deathId: string; residentId: string; dateOfDeath: string }>): Promise<Set<string>> {
    return DECEASED_RESIDENT.recordAll(manager, deaths, CONCERNED);
  }

  /**
   * Records the death, deactivates the diner and voids the subsidised meals dated after the death
   * (DOMAIN §7). Returns how many meals were voided.
   */
  async deathRegistered(manager: EntityManager, e: { deathId: string; residentId: string; dateOfDeath: string }): Promise<number> {
    await DECEASED_RESIDENT.record(manager, e);
    const deactivated = await manager.query<[Array<{ id: string }>, number]>(
      `UPDATE diner SET active = false, deceased_on = $2 WHERE resident_id = $1 RETURNING id`,
      [e.residentId, e.dateOfDeath],
    );
    for (const { id } of deactivated[0]) {
      await this.audit.record(manager, { actor: DEATH_ACTOR, action: 'diner.deactivated', entityType: 'diner', entityId: id, after: { active: false, deceasedOn: e.dateOfDeath, deathId: e.deathId } });
    }
    const voided = await manager.query<[Array<{ id: string }>, number]>(
      `UPDATE meal SET status = 'VOID', void_reason = $3
       WHERE resident_id = $1 AND meal_date > $2 AND subsidised AND status = 'VALID' RETURNING id`,
      [e.residentId, e.dateOfDeath, VOID_REASON_DECEASED],
    );
    for (const { id } of voided[0]) {
      await this.audit.record(manager, { actor: DEATH_ACTOR, action: 'meal.voided', entityType: 'meal', entityId: id, after: { status: 'VOID', voidReason: VOID_REASON_DECEASED, deathId: e.deathId } });
    }
    return voided[0].length;
  }

  /**
   * Re-prices the person's valid meals dated from `fromDate` after a coverage change, except in
   * months whose settlement is approved (closed). Open settlements follow the meal. Returns how
   * many meals changed.
   */
  async repriceFrom(manager: EntityManager, residentId: string, fromDate: string): Promise<number> {
    const meals = await manager
      .createQueryBuilder(Meal, 'm')
      .where('m.resident_id = :residentId AND m.meal_date >= :fromDate AND m.status = :valid', { residentId, fromDate, valid: 'VALID' })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM settlement s WHERE s.canteen_id = m.canteen_id AND s.month = to_char(m.meal_date, 'YYYY-MM') AND s.status = 'APPROVED')`,
      )
      .orderBy('m.served_at', 'ASC')
      .getMany();
    if (meals.length === 0) return 0;
    const subsidy = await this.policy.periods(MEAL_SUBSIDY_POLICY_KEY, manager);
    const cap = await this.policy.periods(MEAL_DAILY_CAP_POLICY_KEY, manager);
    const periods = await manager.find(AssistanceEnrollment, { where: { residentId } });
    const diner = await manager.findOneBy(Diner, { residentId });
    let changed = 0;
    for (const meal of meals) {
      const born = checkResidentId(residentId, meal.mealDate);
      if (!born.ok) continue;
      // A meal dated where no subsidy tiers are in force keeps its price: there is nothing to re-price it by.
      const tiers = subsidy.find(meal.mealDate);
      if (!tiers) continue;
      const decision = selectMealTier(
        { birthDate: born.info.birthDate, mealDate: meal.mealDate, assisted: coveredOn(periods, meal.mealDate), localRegistration: diner?.localRegistration ?? null },
        tiers,
      );
      await lockCanteenMonth(manager, meal.canteenId, meal.mealDate.slice(0, 7), 'shared');
      const change = repriceMeal(meal, decision, meal.subsidised || decision.amountFen === 0 || (await this.subsidyFree(manager, meal, cap)));
      if (!change) continue;
      await manager.update(Meal, { id: meal.id }, change);
      await this.audit.record(manager, {
        actor: COVERAGE_ACTOR,
        action: 'meal.repriced',
        entityType: 'meal',
        entityId: meal.id,
        before: { tier: meal.tier, subsidised: meal.subsidised, subsidyFen: meal.subsidyFen, fullPriceReason: meal.fullPriceReason },
        after: change,
      });
      if (change.subsidised) await manager.update(SettlementLine, { mealId: meal.id, kind: 'CLAIM' }, { subsidyFen: change.subsidyFen });
      else await manager.delete(SettlementLine, { mealId: meal.id, status: 'CLAIMED', kind: 'CLAIM' });
      changed += 1;
    }
    return changed;
  }

  /**
   * Whether a full-price meal may take the subsidy: no other valid subsidised meal in its slot that
   * day, and the daily cap (if one is in force) not reached. Under the person-day lock that meal
   * recording takes as well.
   */
  private async subsidyFree(manager: EntityManager, meal: Meal, cap: PolicyPeriods<DailyCapPolicy>): Promise<boolean> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`canteen-day:${meal.residentId}:${meal.mealDate}`]);
    const others = await manager.find(Meal, {
      where: { residentId: meal.residentId, mealDate: meal.mealDate, subsidised: true, status: 'VALID', id: Not(meal.id) },
      select: { id: true, slot: true },
    });
    if (others.some((o) => o.slot === meal.slot)) return false;
    return withinDailyCap(others.length, cap.find(meal.mealDate));
  }

  async isAssistedOn(manager: EntityManager, residentId: string, date: string): Promise<boolean> {
    const periods = await manager.find(AssistanceEnrollment, { where: { residentId }, select: { fromMonth: true, stopFromMonth: true } });
    return coveredOn(periods, date);
  }

  async dateOfDeath(manager: EntityManager, residentId: string): Promise<string | null> {
    const death = await manager.findOneBy(DeceasedResident, { residentId });
    return death?.dateOfDeath ?? null;
  }
}
