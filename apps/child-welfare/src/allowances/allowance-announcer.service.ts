import { AuditService } from '@app/common/audit/audit.service';
import { PolicyService } from '@app/common/policy/policy.service';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CategoryPolicyRows } from '../categories/category-policy';
import { Child } from '../children/child.entity';
import { allowanceFactsOf } from './allowance-facts';
import { allowanceTransitions } from './rules/allowance-transition.rule';
import type { ChildWelfarePolicies } from '../policy-catalogue';

const ACTOR = { system: 'child-welfare.allowances' };

/**
 * Tells other services when a child's allowance starts and stops (DOMAIN §5: no double payment
 * with 低保/特困; social-assistance stops paying the child). Called in the transaction of every
 * change of a child's facts; the spell announced is kept on the child, so each start and stop is
 * published once even when the same fact arrives again.
 */
@Injectable()
export class AllowanceAnnouncer {
  constructor(
    private readonly policy: PolicyService<ChildWelfarePolicies>,
    private readonly audit: AuditService,
    private readonly publisher: EventPublisher,
  ) {}

  async announce(manager: EntityManager, child: Child, asOf: string): Promise<Child> {
    const rows = await CategoryPolicyRows.load(this.policy, manager);
    const thresholdsOn = (date: string) => rows.on(date);
    const announced = child.allowanceAnnouncedCategory && child.allowanceAnnouncedFromMonth
      ? { category: child.allowanceAnnouncedCategory, fromMonth: child.allowanceAnnouncedFromMonth }
      : null;
    const transitions = allowanceTransitions(allowanceFactsOf(child), announced, asOf, thresholdsOn);
    if (transitions.length === 0) return child;
    const before = { category: child.allowanceAnnouncedCategory, fromMonth: child.allowanceAnnouncedFromMonth };
    for (const t of transitions) {
      const common = { childId: child.id, residentId: child.residentId, category: t.category, careForm: child.careForm };
      if (t.kind === 'STARTED') {
        await this.publisher.publish(manager, 'child-welfare.allowance.started.v1', { ...common, fromMonth: t.fromMonth.toString() });
        child.allowanceAnnouncedCategory = t.category;
        child.allowanceAnnouncedFromMonth = t.fromMonth.toString();
      } else {
        await this.publisher.publish(manager, 'child-welfare.allowance.stopped.v1', { ...common, reason: t.reason, stopFromMonth: t.stopFromMonth.toString() });
        child.allowanceAnnouncedCategory = null;
        child.allowanceAnnouncedFromMonth = null;
      }
    }
    const saved = await manager.save(Child, child);
    await this.audit.record(manager, {
      actor: ACTOR,
      action: 'allowance.announced',
      entityType: 'child',
      entityId: child.id,
      before,
      after: { category: saved.allowanceAnnouncedCategory, fromMonth: saved.allowanceAnnouncedFromMonth, transitions: transitions.map((t) => t.kind) },
    });
    return saved;
  }
}
