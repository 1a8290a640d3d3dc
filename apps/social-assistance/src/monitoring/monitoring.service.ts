import { AuditService } from '@app/common/audit/audit.service';
import type { AuditActor } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { roundHalfUpToFen } from '@app/common/money/fen';
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
import { monitoringRefusal, type MonitoringCategoryName, type MonitoringRefusal } from './rules/borderline.rule';

const SYSTEM = { system: 'social-assistance' };

/** One spell per household and per person, and none for people covered by 低保/特困 (they leave monitoring on enrollment). */
const CONFLICTS = {
  HOUSEHOLD_ENROLLED: 'A member is covered by 低保 or 特困: an enrolled household is not monitored.',
  ALREADY_MONITORED: 'The household is already monitored.',
  MEMBER_ALREADY_MONITORED: 'A member is monitored with another household.',
} as const;
type MonitoringConflict = keyof typeof CONFLICTS;

/**
 * The monitored register (动态监测, DOMAIN §1 低保边缘): households enter by registration or on a
 * 低保 rejection that leaves them between the standard and the borderline line; each living member
 * gets a spell with its event. A spell ends on enrollment, death or an explicit end.
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
      if ('conflict' in entered) {
        const detail = CONFLICTS[entered.conflict];
        throw new ProblemException({ status: 409, code: `MONITORING.${entered.conflict}`, detail, errors: [{ field: 'householdId', code: entered.conflict, message: detail }] });
      }
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
   * borderline line enters monitoring as BORDERLINE; anything else (a household already monitored
   * among them) changes nothing and never stands in the way of the rejection.
   */
  async enterOnRejection(manager: EntityManager, householdId: string, principal: Principal): Promise<void> {
    const household = await manager.findOneByOrFail(Household, { id: householdId });
    // Only a refusal for income at or above the standard can leave the household borderline.
    const month = this.clock.currentMonth();
    const policy = await DibaoPolicy.load(this.policy, manager);
    const living = livingDibaoMembers(await manager.findBy(HouseholdMember, { householdId }), month);
    const why = dibaoIneligibility({ members: living, financialAssetsFen: household.financialAssetsFen, standard: policy.standard(household.area, month), assetLimitMonths: policy.assetLimitMonths(month) });
    if (why !== 'INCOME_NOT_BELOW_STANDARD') return;
    await this.enter(manager, household, 'BORDERLINE', principal, 'entered on 低保 rejection');
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

  /**
   * Monitored people whose registration moved out of the city (户籍迁出, from public security's
   * file): their spells end from the month after the move, as with a death; a household left
   * with nobody monitored closes.
   */
  async onMovedAway(manager: EntityManager, moves: ReadonlyArray<{ residentId: string; movedOn: string }>): Promise<void> {
    for (const move of moves) {
      const stopFrom = YearMonth.fromDate(move.movedOn).next();
      const closed = await endSpells(manager, this.publisher, { residentIds: [move.residentId.toUpperCase()] }, 'MOVED_AWAY', stopFrom);
      for (const id of closed) await this.audit.record(manager, { actor: SYSTEM, action: 'monitoring.ended', entityType: 'monitored-household', entityId: id, after: { stopFromMonth: stopFrom.toString(), endReason: 'MOVED_AWAY' } });
    }
  }

  /** Why the household cannot enter whatever its figures, checked in this order. */
  private async conflict(manager: EntityManager, householdId: string, residentIds: string[]): Promise<MonitoringConflict | null> {
    const [row]: Array<{ enrolled: boolean; monitored: boolean; member_monitored: boolean }> = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM enrollment WHERE resident_id = ANY($2::varchar[]) AND stop_from_month IS NULL) AS enrolled,
              EXISTS (SELECT 1 FROM monitored_household WHERE household_id = $1 AND stop_from_month IS NULL) AS monitored,
              EXISTS (SELECT 1 FROM monitored_person WHERE resident_id = ANY($2::varchar[]) AND stop_from_month IS NULL) AS member_monitored`,
      [householdId, residentIds],
    );
    if (row.enrolled) return 'HOUSEHOLD_ENROLLED';
    if (row.monitored) return 'ALREADY_MONITORED';
    return row.member_monitored ? 'MEMBER_ALREADY_MONITORED' : null;
  }

  private async enter(
    manager: EntityManager,
    household: Household,
    category: MonitoringCategoryName,
    actor: AuditActor,
    note: string | null,
  ): Promise<{ id: string } | { conflict: MonitoringConflict } | { refusal: MonitoringRefusal }> {
    const month = this.clock.currentMonth();
    const living = livingDibaoMembers(await manager.findBy(HouseholdMember, { householdId: household.id }), month);
    const residentIds = living.map((m) => m.residentId);
    const conflict = await this.conflict(manager, household.id, residentIds);
    if (conflict) return { conflict };
    const policy = await DibaoPolicy.load(this.policy, manager);
    const standard = policy.standard(household.area, month);
    const refusal = monitoringRefusal(category, { members: living, financialAssetsFen: household.financialAssetsFen, standard, assetLimitMonths: policy.assetLimitMonths(month), borderlineFactor: policy.singlePersonBorderlineFactor(month) });
    if (refusal) return { refusal };
    const perCapitaFen = roundHalfUpToFen(perCapitaIncome(living));
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO monitored_household (household_id, category, from_month, per_capita_income_fen, standard_fen, entered_by, entered_on, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [household.id, category, month.toString(), perCapitaFen, roundHalfUpToFen(standard), 'sub' in actor ? actor.sub : actor.system, this.clock.today(), note],
    );
    await startSpells(manager, this.publisher, { monitoredHouseholdId: row.id, householdId: household.id, category, fromMonth: month }, residentIds);
    await this.audit.record(manager, { actor, action: 'monitoring.registered', entityType: 'monitored-household', entityId: row.id, after: { householdId: household.id, category, fromMonth: month.toString(), perCapitaIncomeFen: perCapitaFen, members: residentIds.length } });
    return { id: row.id };
  }
}
