import { AuditService } from '@app/common/audit/audit.service';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import type { EventOf, Finding, WarningTrigger } from '@app/contracts';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import { isEarner, type WorkingAge } from './rules/earner.rule';
import { WARNING_FINDING_KINDS, warningTriggerFor } from './rules/warning-trigger.rule';

const SYSTEM = { system: 'social-assistance' };
const KEYS = { threshold: 'social-assistance.monitoring.large-medical-expense-fen', workingAge: 'social-assistance.monitoring.earner-working-age' } as const;

interface MonitoredMember {
  resident_id: string;
  monitored_household_id: string;
  household_id: string;
  monthly_income_fen: number;
}

interface NewWarning {
  member: MonitoredMember;
  trigger: WarningTrigger;
  /** The fact behind it: a finding id, or the person's death (recorded once per person). */
  sourceRef: string;
  occurredOn: string;
  amountFen: number | null;
  summary: string;
}

/**
 * Early warnings (预警, DOMAIN §1 低保边缘) on monitored households, raised from other
 * departments' findings and from deaths. One warning per (household, trigger, source fact): a
 * redelivered chunk or death raises nothing new.
 */
@Injectable()
export class EarlyWarningsService {
  constructor(
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly publisher: EventPublisher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Answers how many warnings the findings raised. */
  async fromFindings(manager: EntityManager, findings: readonly Finding[]): Promise<number> {
    const candidates = findings.filter((f) => WARNING_FINDING_KINDS.includes(f.kind));
    if (candidates.length === 0) return 0;
    const monitored = await this.monitoredMembers(manager, candidates.map((f) => f.residentId.toUpperCase()));
    if (monitored.size === 0) return 0;
    const { threshold, workingAge } = await this.figures(manager);
    let raised = 0;
    for (const f of candidates) {
      const member = monitored.get(f.residentId.toUpperCase());
      if (!member) continue;
      const earner = isEarner({ residentId: member.resident_id, monthlyIncomeFen: member.monthly_income_fen }, f.observedOn, workingAge);
      const trigger = warningTriggerFor(f, { earner, largeMedicalExpenseFen: threshold });
      if (!trigger) continue;
      const isNew = await this.raise(manager, { member, trigger, sourceRef: f.findingId, occurredOn: f.observedOn, amountFen: trigger === 'MEDICAL_EXPENSE' ? (f.amountFen ?? null) : null, summary: f.summary });
      if (isNew) raised++;
    }
    return raised;
  }

  /** The death of a monitored earner warns on the household, while someone is left in it to help. */
  async onDeath(manager: EntityManager, death: EventOf<'civil-registration.death.registered.v1'>): Promise<void> {
    const residentId = death.residentId.toUpperCase();
    const member = (await this.monitoredMembers(manager, [residentId])).get(residentId);
    if (!member) return;
    const othersLeft: unknown[] = await manager.query(`SELECT 1 FROM monitored_person WHERE monitored_household_id = $1 AND stop_from_month IS NULL AND resident_id <> $2 LIMIT 1`, [member.monitored_household_id, residentId]);
    if (othersLeft.length === 0) return;
    const { workingAge } = await this.figures(manager);
    if (!isEarner({ residentId, monthlyIncomeFen: member.monthly_income_fen }, death.dateOfDeath, workingAge)) return;
    // No name in the text: the person is the warning's residentId, which responses mask; free text they would not.
    await this.raise(manager, { member, trigger: 'EARNER_DEATH', sourceRef: `death:${residentId}`, occurredOn: death.dateOfDeath, amountFen: null, summary: '家庭劳动力死亡' });
  }

  /**
   * A warning is today's alert about the household, so it is judged with the figures in force this
   * month, not at the (possibly years old) date of the fact: an old record then never finds a month
   * without a value and blocks its chunk.
   */
  private async figures(manager: EntityManager): Promise<{ threshold: number; workingAge: WorkingAge }> {
    const month = this.clock.currentMonth();
    const threshold = await this.policy.valueForMonth(KEYS.threshold, month, manager);
    const workingAge = await this.policy.valueForMonth(KEYS.workingAge, month, manager);
    return { threshold, workingAge };
  }

  private async monitoredMembers(manager: EntityManager, residentIds: string[]): Promise<Map<string, MonitoredMember>> {
    const rows: MonitoredMember[] = await manager.query(
      `SELECT p.resident_id, p.monitored_household_id, p.household_id, m.monthly_income_fen::float8 AS monthly_income_fen
       FROM monitored_person p JOIN household_member m ON m.household_id = p.household_id AND m.resident_id = p.resident_id
       WHERE p.stop_from_month IS NULL AND p.resident_id = ANY($1::varchar[])`,
      [residentIds],
    );
    return new Map(rows.map((r) => [r.resident_id, r]));
  }

  private async raise(manager: EntityManager, w: NewWarning): Promise<boolean> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO early_warning (monitored_household_id, household_id, resident_id, trigger, source_ref, occurred_on, amount_fen, summary)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (household_id, trigger, source_ref) DO NOTHING RETURNING id`,
      [w.member.monitored_household_id, w.member.household_id, w.member.resident_id, w.trigger, w.sourceRef, w.occurredOn, w.amountFen, w.summary],
    );
    if (inserted.length === 0) return false;
    const warningId = inserted[0].id;
    const data = { warningId, householdId: w.member.household_id, residentId: w.member.resident_id, trigger: w.trigger, occurredOn: w.occurredOn, ...(w.amountFen !== null ? { amountFen: w.amountFen } : {}), summary: w.summary };
    await this.audit.record(manager, { actor: SYSTEM, action: 'early-warning.raised', entityType: 'early-warning', entityId: warningId, after: data });
    await this.publisher.publish(manager, 'social-assistance.early-warning.raised.v1', data);
    return true;
  }
}
