import { AuditService } from '@app/common/audit/audit.service';
import type { AuditActor } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import type { EventOf } from '@app/contracts';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { livingDibaoMembers } from '../cases/rules/case-lifecycle.rule';
import { DibaoPolicy } from '../dibao/dibao-policy';
import { dibaoIneligibility, perCapitaIncome } from '../dibao/rules/dibao-benefit.rule';
import { Household, HouseholdMember } from '../households/household.entity';
import { householdWithinDivision } from '../households/households.service';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import type { EndMonitoringDto, MonitoredHouseholdResponse, RegisterMonitoringDto } from './dto/monitoring.dto';
import { MonitoringQueries } from './monitoring.queries';
import { endSpells, startSpells } from './monitoring-spells';
import { monitoringRefusal, type MonitoringCategoryName } from './rules/borderline.rule';

const SYSTEM = { system: 'social-assistance' };

/**
 * The monitored register (动态监测, DOMAIN §1 低保边缘): households enter by registration or on a
 * 低保 rejection that leaves them between the standard and the borderline line; each living member
 * gets a spell with its event. A spell ends on enrolment, death or an explicit end.
 */
@Injectable()
export class MonitoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly queries: MonitoringQueries,
  ) {}

  async register(dto: RegisterMonitoringDto, principal: Principal): Promise<MonitoredHouseholdResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const household = await householdWithinDivision(manager, dto.householdId, principal, true);
      const entered = await this.enter(manager, household, dto.category, principal, dto.note ?? null);
      if ('refusal' in entered) {
        throw new ProblemException({
          status: 422,
          code: `MONITORING.${entered.refusal}`,
          detail: `The household's figures do not fit ${dto.category}: ${entered.refusal}.`,
          errors: [{ field: 'category', code: entered.refusal, message: `the household is not ${dto.category}` }],
        });
      }
      return entered.id;
    });
    return this.queries.one(id);
  }

  /**
   * A rejected 低保 application whose household sits at or above the standard but below the
   * borderline line enters monitoring as BORDERLINE; anything else (or a household already
   * monitored) changes nothing.
   */
  async enterOnRejection(manager: EntityManager, householdId: string, principal: Principal): Promise<void> {
    const household = await manager.findOneByOrFail(Household, { id: householdId });
    if (await this.monitoredNow(manager, householdId)) return;
    // Only a refusal for income at or above the standard can leave the household borderline.
    const month = this.clock.currentMonth();
    const policy = await DibaoPolicy.load(this.policy, manager);
    const living = livingDibaoMembers(await manager.findBy(HouseholdMember, { householdId }), month);
    const why = dibaoIneligibility({ members: living, financialAssetsFen: household.financialAssetsFen, standard: policy.standard(household.area, month), assetLimitMonths: policy.assetLimitMonths(month) });
    if (why !== 'INCOME_NOT_BELOW_STANDARD') return;
    await this.enter(manager, household, 'BORDERLINE', principal, 'entered on 低保 rejection', { quiet: true });
  }

  async end(id: string, dto: EndMonitoringDto, principal: Principal): Promise<MonitoredHouseholdResponse> {
    await this.dataSource.transaction(async (manager) => {
      const rows: Array<{ household_id: string; stop_from_month: string | null }> = await manager.query(`SELECT household_id, stop_from_month FROM monitored_household WHERE id = $1 FOR UPDATE`, [id]);
      if (rows.length === 0) throw new ProblemException({ status: 404, code: 'MONITORING.NOT_FOUND', detail: 'No monitored household with this id.' });
      await householdWithinDivision(manager, rows[0].household_id, principal);
      if (rows[0].stop_from_month !== null) throw new ProblemException({ status: 409, code: 'MONITORING.ALREADY_ENDED', detail: `Monitoring ended from ${rows[0].stop_from_month}.` });
      const stopFrom = this.clock.currentMonth().next();
      await endSpells(manager, this.publisher, { monitoredHouseholdId: id }, dto.reason, stopFrom);
      await this.audit.record(manager, { actor: principal, action: 'monitoring.ended', entityType: 'monitored-household', entityId: id, before: { stopFromMonth: null }, after: { stopFromMonth: stopFrom.toString(), endReason: dto.reason }, reason: dto.note.trim() });
    });
    return this.queries.one(id);
  }

  /** A monitored person died: their spell ends from the month after the death month. */
  async onDeath(manager: EntityManager, death: EventOf<'civil-registration.death.registered.v1'>): Promise<void> {
    const stopFrom = YearMonth.fromDate(death.dateOfDeath).next();
    const closed = await endSpells(manager, this.publisher, { residentIds: [death.residentId.toUpperCase()] }, 'DECEASED', stopFrom);
    for (const id of closed) await this.audit.record(manager, { actor: SYSTEM, action: 'monitoring.ended', entityType: 'monitored-household', entityId: id, after: { stopFromMonth: stopFrom.toString(), endReason: 'DECEASED' } });
  }

  private async monitoredNow(manager: EntityManager, householdId: string): Promise<boolean> {
    return (await manager.query(`SELECT 1 FROM monitored_household WHERE household_id = $1 AND stop_from_month IS NULL`, [householdId])).length > 0;
  }

  private async enter(
    manager: EntityManager,
    household: Household,
    category: MonitoringCategoryName,
    actor: AuditActor,
    note: string | null,
    options: { quiet?: boolean } = {},
  ): Promise<{ id: string } | { refusal: string }> {
    const month = this.clock.currentMonth();
    const living = livingDibaoMembers(await manager.findBy(HouseholdMember, { householdId: household.id }), month);
    const residentIds = living.map((m) => m.residentId);
    const enrolled: unknown[] = await manager.query(`SELECT 1 FROM enrollment WHERE resident_id = ANY($1::varchar[]) AND stop_from_month IS NULL LIMIT 1`, [residentIds]);
    if (enrolled.length > 0) {
      if (options.quiet) return { refusal: 'HOUSEHOLD_ENROLLED' };
      throw new ProblemException({ status: 409, code: 'MONITORING.HOUSEHOLD_ENROLLED', detail: 'A member is covered by 低保 or 特困: an enrolled household is not monitored.', errors: [{ field: 'householdId', code: 'enrolled', message: 'the household is enrolled' }] });
    }
    if (await this.monitoredNow(manager, household.id)) {
      throw new ProblemException({ status: 409, code: 'MONITORING.ALREADY_MONITORED', detail: 'The household is already monitored.', errors: [{ field: 'householdId', code: 'alreadyMonitored', message: 'the household is already monitored' }] });
    }
    const policy = await DibaoPolicy.load(this.policy, manager);
    const standard = policy.standard(household.area, month);
    const refusal = monitoringRefusal(category, { members: living, financialAssetsFen: household.financialAssetsFen, standard, assetLimitMonths: policy.assetLimitMonths(month), borderlineFactor: policy.singlePersonBorderlineFactor(month) });
    if (refusal) return { refusal };
    const perCapitaFen = Math.round(perCapitaIncome(living));
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO monitored_household (household_id, category, from_month, per_capita_income_fen, standard_fen, entered_by, entered_on, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [household.id, category, month.toString(), perCapitaFen, Math.round(standard), 'sub' in actor ? actor.sub : actor.system, this.clock.today(), note],
    );
    await startSpells(manager, this.publisher, { monitoredHouseholdId: row.id, householdId: household.id, category, fromMonth: month }, residentIds);
    await this.audit.record(manager, { actor, action: 'monitoring.registered', entityType: 'monitored-household', entityId: row.id, after: { householdId: household.id, category, fromMonth: month.toString(), perCapitaIncomeFen: perCapitaFen, members: residentIds.length } });
    return { id: row.id };
  }
}
