import { PolicyService } from '@app/common/policy/policy.service';
import { PolicyNotFoundError, valueInForce } from '@app/common/policy/value-in-force';
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { Injectable } from '@nestjs/common';
import { Not, type EntityManager } from 'typeorm';
import { Diner } from '../diners/diner.entity';
import { Meal } from '../meals/meal.entity';
import { AssistanceEnrollment } from './assistance-enrollment.entity';
import { DeceasedResident } from './deceased-resident.entity';
import { MEAL_SUBSIDY_POLICY_KEY, parseMealSubsidyPolicy, selectMealTier } from '../meals/rules/meal-tier.rule';
import { lockCanteenMonth } from '../settlements/settlement-lock';
import { SettlementLine } from '../settlements/settlement.entity';
import { firstDayOf, isCoveredOn } from './rules/assistance-coverage.rule';
import { repriceMeal } from './rules/meal-repricing.rule';

export const VOID_REASON_DECEASED = 'DINER_DECEASED';

/**
 * The read model of what other services know about a person: 低保/特困 coverage and death. Every
 * method takes the caller's EntityManager, so that event effects share the inbox transaction.
 */
@Injectable()
export class DinerStatusService {
  constructor(private readonly policy: PolicyService) {}

  /** A start fixes the first covered day; order with the stop does not matter. */
  async enrollmentStarted(manager: EntityManager, e: { enrollmentId: string; residentId: string; program: string; effectiveMonth: string }): Promise<void> {
    await manager.query(
      `INSERT INTO assistance_enrollment (enrollment_id, resident_id, program, covered_from)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (enrollment_id) DO UPDATE SET covered_from = EXCLUDED.covered_from, updated_at = now()`,
      [e.enrollmentId, e.residentId, e.program, firstDayOf(e.effectiveMonth)],
    );
  }

  /** A stop ends coverage on the first day of stopFromMonth; the earlier of two stops wins. */
  async enrollmentStopped(manager: EntityManager, e: { enrollmentId: string; residentId: string; program: string; stopFromMonth: string }): Promise<void> {
    await manager.query(
      `INSERT INTO assistance_enrollment (enrollment_id, resident_id, program, covered_until)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (enrollment_id) DO UPDATE
         SET covered_until = LEAST(COALESCE(assistance_enrollment.covered_until, EXCLUDED.covered_until), EXCLUDED.covered_until), updated_at = now()`,
      [e.enrollmentId, e.residentId, e.program, firstDayOf(e.stopFromMonth)],
    );
  }

  /**
   * Records the death, deactivates the diner and voids the subsidised meals dated after the death
   * (DOMAIN §7). Returns how many meals were voided.
   */
  async deathRegistered(manager: EntityManager, e: { deathId: string; residentId: string; dateOfDeath: string }): Promise<number> {
    await manager.query(
      `INSERT INTO deceased_resident (resident_id, date_of_death, death_id) VALUES ($1, $2, $3)
       ON CONFLICT (resident_id) DO UPDATE SET date_of_death = LEAST(deceased_resident.date_of_death, EXCLUDED.date_of_death)`,
      [e.residentId, e.dateOfDeath, e.deathId],
    );
    await manager.update(Diner, { residentId: e.residentId }, { active: false, deceasedOn: e.dateOfDeath });
    const voided = await manager
      .createQueryBuilder()
      .update(Meal)
      .set({ status: 'VOID', voidReason: VOID_REASON_DECEASED })
      .where('resident_id = :residentId AND meal_date > :dateOfDeath AND subsidised AND status = :valid', {
        residentId: e.residentId,
        dateOfDeath: e.dateOfDeath,
        valid: 'VALID',
      })
      .execute();
    return voided.affected ?? 0;
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
    const policyRows = await this.policy.rows(MEAL_SUBSIDY_POLICY_KEY, manager);
    const periods = await manager.find(AssistanceEnrollment, { where: { residentId } });
    let changed = 0;
    for (const meal of meals) {
      const born = checkResidentId(residentId, meal.mealDate);
      if (!born.ok) continue;
      let policyValue: unknown;
      try {
        policyValue = valueInForce(policyRows, MEAL_SUBSIDY_POLICY_KEY, meal.mealDate);
      } catch (err) {
        if (err instanceof PolicyNotFoundError) continue;
        throw err;
      }
      const decision = selectMealTier({ birthDate: born.info.birthDate, mealDate: meal.mealDate, assisted: isCoveredOn(periods, meal.mealDate) }, parseMealSubsidyPolicy(policyValue));
      const slotTaken = await manager.existsBy(Meal, { residentId, mealDate: meal.mealDate, slot: meal.slot, subsidised: true, status: 'VALID', id: Not(meal.id) });
      const change = repriceMeal(meal, decision, !slotTaken);
      if (!change) continue;
      await lockCanteenMonth(manager, meal.canteenId, meal.mealDate.slice(0, 7), 'shared');
      await manager.update(Meal, { id: meal.id }, change);
      if (change.subsidised) await manager.update(SettlementLine, { mealId: meal.id }, { subsidyFen: change.subsidyFen });
      else await manager.delete(SettlementLine, { mealId: meal.id, status: 'CLAIMED' });
      changed += 1;
    }
    return changed;
  }

  async isAssistedOn(manager: EntityManager, residentId: string, date: string): Promise<boolean> {
    const periods = await manager.find(AssistanceEnrollment, { where: { residentId }, select: { coveredFrom: true, coveredUntil: true } });
    return isCoveredOn(periods, date);
  }

  async dateOfDeath(manager: EntityManager, residentId: string): Promise<string | null> {
    const death = await manager.findOneBy(DeceasedResident, { residentId });
    return death?.dateOfDeath ?? null;
  }
}
