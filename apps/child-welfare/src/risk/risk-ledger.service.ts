import { AuditService, type AuditActor } from '@app/common/audit/audit.service';
import { PolicyService } from '@app/common/policy/policy.service';
import type { RiskTier } from '@app/contracts';
import type { RiskTierChangedV1 } from '@app/contracts/child-welfare/risk-tier-changed.v1';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Child } from '../children/child.entity';
import type { ChildWelfarePolicies } from '../policy-catalogue';
import { nextVisitDue, VISIT_INTERVAL_POLICY_KEY } from './rules/visit-schedule.rule';

/** Tier changes and visit due dates, inside the caller's transaction. */
@Injectable()
export class RiskLedger {
  constructor(
    private readonly policy: PolicyService<ChildWelfarePolicies>,
    private readonly publisher: EventPublisher,
    private readonly audit: AuditService,
  ) {}

  async dueDate(tier: RiskTier, ratedOn: string, lastVisitOn: string | null): Promise<string> {
    const intervals = await this.policy.require(VISIT_INTERVAL_POLICY_KEY, ratedOn);
    return nextVisitDue(tier, ratedOn, lastVisitOn, intervals);
  }

  /**
   * Sets the tier on `child` (already saved), recomputes the due date and, only when the tier
   * changed, emits `child-welfare.risk-tier.changed.v1`.
   */
  async rate(
    manager: EntityManager,
    child: Child,
    change: { to: RiskTier; reason: string; on: string; actor: AuditActor; first?: boolean },
  ): Promise<Child> {
    const from = change.first ? undefined : child.riskTier;
    if (from === change.to) return child;
    const before = { riskTier: child.riskTier, riskReason: child.riskReason, nextVisitDue: child.nextVisitDue };
    child.riskTier = change.to;
    child.riskReason = change.reason;
    child.tierRatedOn = change.on;
    child.nextVisitDue = await this.dueDate(change.to, change.on, child.lastVisitOn);
    const saved = await manager.save(Child, child);
    const data: RiskTierChangedV1 = { childId: child.id, residentId: child.residentId, ...(from ? { from } : {}), to: change.to, reason: change.reason, changedOn: change.on };
    await this.publisher.publish(manager, 'child-welfare.risk-tier.changed.v1', data);
    await this.audit.record(manager, {
      actor: change.actor,
      action: 'child.risk-tier-changed',
      entityType: 'child',
      entityId: child.id,
      before: change.first ? undefined : before,
      after: { riskTier: saved.riskTier, riskReason: saved.riskReason, nextVisitDue: saved.nextVisitDue },
    });
    return saved;
  }
}
