// Turning what was already paid for months from a stop on into a receivable (DOMAIN §0, §8).
// Shared by every cause of a stop (a death, the child allowance) so they open overpayments alike.
import { AuditService } from '@app/common/audit/audit.service';
import { PolicyService } from '@app/common/policy/policy.service';
import type { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AssistanceCase } from '../cases/assistance-case.entity';
import { DibaoPolicy } from '../dibao/dibao-policy';
import type { Household, HouseholdMember } from '../households/household.entity';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import { overpaidLines } from './rules/overpayment.rule';

const ACTOR = { system: 'social-assistance' };

export interface OverpaymentCheck {
  assistanceCase: AssistanceCase;
  /** The person whose departure caused the stop. */
  residentId: string;
  /** First month no longer paid as before. */
  stopFrom: YearMonth;
  /** The event that caused the stop; one overpayment per (case, cause). */
  causeEventId: string;
  /** The household as it is now when the case goes on for the others; null when the case stopped (entitled to nothing). */
  continuing: { household: Household; members: HouseholdMember[] } | null;
}

@Injectable()
export class OverpaymentDetector {
  constructor(
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly audit: AuditService,
    private readonly publisher: EventPublisher,
  ) {}

  /**
   * Compares the case's paid lines for months from `stopFrom` with what the case is entitled to
   * now and opens one overpayment per (case, cause event); a redelivered cause opens none.
   */
  async detect(manager: EntityManager, check: OverpaymentCheck): Promise<void> {
    const { assistanceCase: c, residentId, stopFrom, causeEventId } = check;
    const lines: Array<{ month: string; amountFen: number }> = await manager.query(
      `SELECT month, sum(amount_fen)::float8 AS "amountFen" FROM payment_line
       WHERE case_id = $1 AND month >= $2 AND payroll_id IS NOT NULL GROUP BY month ORDER BY month`,
      [c.id, stopFrom.toString()],
    );
    if (lines.length === 0) return;
    const entitledFen = await this.entitlement(manager, check);
    const overpaid = overpaidLines(lines, stopFrom, entitledFen);
    if (!overpaid) return;
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO overpayment (case_id, resident_id, months, amount_fen, cause_event_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id, cause_event_id) DO NOTHING RETURNING id`,
      [c.id, residentId, overpaid.months, overpaid.amountFen, causeEventId],
    );
    if (inserted.length === 0) return;
    const overpaymentId = inserted[0].id;
    await this.audit.record(manager, { actor: ACTOR, action: 'overpayment.detected', entityType: 'overpayment', entityId: overpaymentId, after: { caseId: c.id, residentId, ...overpaid } });
    await this.publisher.publish(
      manager,
      'social-assistance.overpayment.detected.v1',
      { overpaymentId, residentId, householdId: c.householdId, program: c.program, months: overpaid.months, amountFen: overpaid.amountFen, causeEventId },
    );
  }

  /** What the case is entitled to per month now: the 低保 benefit of those left, or nothing once stopped. */
  private async entitlement(manager: EntityManager, check: OverpaymentCheck): Promise<(month: YearMonth) => number> {
    if (!check.continuing) return () => 0;
    const { household, members } = check.continuing;
    const policy = await DibaoPolicy.load(this.policy, manager);
    return (month) => policy.benefitFen(household.area, members, month);
  }
}
