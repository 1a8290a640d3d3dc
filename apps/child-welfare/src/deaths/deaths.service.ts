import { AuditService } from '@app/common/audit/audit.service';
import { Clock } from '@app/common/time/clock';
import type { CloudEvent } from '@app/contracts';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AllowanceAnnouncer } from '../allowances/allowance-announcer.service';
import { Child } from '../children/child.entity';
import { Reassessment } from '../children/reassessment.entity';
import { CategoryDeriver } from '../categories/category-deriver.service';
import { RiskLedger } from '../risk/risk-ledger.service';
import { atLeast } from '../risk/rules/visit-schedule.rule';

const ACTOR = { system: 'child-welfare.deaths' };
type DeathEvent = CloudEvent<'civil-registration.death.registered.v1'>;

/** Effects of a registered death, all through the event's transaction. */
@Injectable()
export class DeathsService {
  constructor(
    private readonly clock: Clock,
    private readonly categories: CategoryDeriver,
    private readonly risk: RiskLedger,
    private readonly audit: AuditService,
    private readonly allowances: AllowanceAnnouncer,
    private readonly publisher: EventPublisher,
  ) {}

  /**
   * Of these resident IDs, the ones whose death changes anything here: a child whose case is not
   * closed, or a parent or guardian of an active child. One statement for a micro-batch.
   */
  async concerned(manager: EntityManager, residentIds: string[]): Promise<Set<string>> {
    const rows: Array<{ resident_id: string }> = await manager.query(
      `SELECT DISTINCT r.resident_id FROM unnest($1::text[]) AS r(resident_id)
       WHERE EXISTS (SELECT 1 FROM child c WHERE c.resident_id = r.resident_id::bpchar AND c.status <> 'CLOSED')
          OR EXISTS (SELECT 1 FROM child c WHERE c.guardians @> jsonb_build_array(jsonb_build_object('residentId', r.resident_id)) AND c.status = 'ACTIVE')`,
      [residentIds],
    );
    return new Set(rows.map((row) => row.resident_id));
  }

  /** The child died: the case is closed. */
  async closeCaseOfChild(manager: EntityManager, event: DeathEvent): Promise<void> {
    const child = await manager.findOne(Child, { where: { residentId: event.data.residentId }, lock: { mode: 'pessimistic_write' } });
    if (!child || child.status === 'CLOSED') return;
    child.status = 'CLOSED';
    child.closedOn = event.data.dateOfDeath;
    child.closedReason = 'DECEASED';
    child.categories = [];
    const saved = await manager.save(Child, child);
    const today = this.clock.today();
    await this.allowances.announce(manager, saved, child.closedOn > today ? child.closedOn : today);
    await this.audit.record(manager, { actor: ACTOR, action: 'child.case-closed', entityType: 'child', entityId: child.id, after: { closedOn: child.closedOn, closedReason: 'DECEASED', deathId: event.data.deathId } });
  }

  /** A parent or guardian died: facts updated, categories re-derived, a reassessment, tier ≥ ORANGE. */
  async guardianDied(manager: EntityManager, event: DeathEvent): Promise<number> {
    const { residentId, dateOfDeath } = event.data;
    const children = await manager
      .createQueryBuilder(Child, 'c')
      .setLock('pessimistic_write')
      .where(`c.guardians @> CAST(:match AS jsonb)`, { match: JSON.stringify([{ residentId }]) })
      .andWhere(`c.status = 'ACTIVE'`)
      .getMany();
    const today = this.clock.today();
    // Derive as of the later of today and the death, so a death reported early still counts.
    const asOf = dateOfDeath > today ? dateOfDeath : today;
    for (const child of children) {
      const guardian = child.guardians.find((g) => g.residentId === residentId)!;
      if (guardian.deceasedOn === dateOfDeath) continue;
      const before = { guardians: child.guardians, categories: child.categories, riskTier: child.riskTier };
      child.guardians = child.guardians.map((g) => (g.residentId === residentId ? { ...g, deceasedOn: dateOfDeath } : g));
      child.categories = await this.categories.derive(child, asOf);
      child.categoriesDerivedOn = asOf;
      let saved = await this.allowances.announce(manager, await manager.save(Child, child), asOf);
      const reassessment = await manager.save(
        manager.create(Reassessment, { childId: child.id, cause: 'GUARDIAN_DECEASED', causeEventId: event.id, openedOn: today, status: 'OPEN' }),
      );
      await this.publisher.publish(manager, 'child-welfare.reassessment.opened.v1', {
        reassessmentId: reassessment.id,
        childId: child.id,
        residentId: child.residentId,
        cause: 'GUARDIAN_DECEASED',
        causeEventId: event.id,
        openedOn: today,
      });
      const to = atLeast(saved.riskTier, 'ORANGE');
      if (to !== saved.riskTier) {
        saved = await this.risk.rate(manager, saved, { to, reason: `${guardian.relation.toLowerCase()} or guardian died on ${dateOfDeath}`, on: today, actor: ACTOR });
      }
      await this.audit.record(manager, {
        actor: ACTOR,
        action: 'child.guardian-deceased',
        entityType: 'child',
        entityId: child.id,
        before,
        after: { categories: saved.categories, riskTier: saved.riskTier, reassessmentId: reassessment.id, deathId: event.data.deathId },
      });
    }
    return children.length;
  }
}
