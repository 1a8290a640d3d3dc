import { AuditService, type AuditActor } from '@app/common/audit/audit.service';
import type { AllowanceKind, AllowanceTier } from '@app/contracts/elderly-care/allowance';
import type { AllowanceStopReason } from '@app/contracts/elderly-care/allowance-stopped.v1';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Allowance } from './allowance.entity';

export interface NewHighAgeAllowance {
  residentId: string;
  tier: AllowanceTier;
  fromMonth: string;
  stopFromMonth: string | null;
  stopReason: AllowanceStopReason | null;
  /** The tier's figure in the first month (each month is paid at the figure in force then). */
  monthlyAmountFen: number;
}

export interface NewAllowance {
  residentId: string;
  kind: AllowanceKind;
  tier: AllowanceTier;
  monthlyAmountFen: number;
  fromMonth: string;
  enrollmentId?: string | null;
}

/**
 * Starting and stopping allowances, with their audit entry and event, in the caller's transaction.
 * The partial unique indexes make a second start of the same thing a no-op (returns null).
 */
@Injectable()
export class AllowanceLifecycle {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly audit: AuditService,
  ) {}

  async start(manager: EntityManager, row: NewAllowance, actor: AuditActor): Promise<{ id: string } | null> {
    const conflictTarget = row.kind === 'HIGH_AGE' ? `(resident_id, tier) WHERE kind = 'HIGH_AGE'` : `(enrollment_id) WHERE kind = 'SERVICE_SUBSIDY'`;
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO allowance (resident_id, kind, tier, enrollment_id, monthly_amount_fen, from_month)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ${conflictTarget} DO NOTHING
       RETURNING id`,
      [row.residentId, row.kind, row.tier, row.enrollmentId ?? null, row.monthlyAmountFen, row.fromMonth],
    );
    if (inserted.length === 0) return null;
    const allowance = { id: inserted[0].id };
    await this.audit.record(manager, { actor, action: 'allowance.started', entityType: 'allowance', entityId: allowance.id, after: row });
    await this.publisher.publish(
      manager,
      'elderly-care.allowance.started.v1',
      { allowanceId: allowance.id, residentId: row.residentId, kind: row.kind, tier: row.tier, monthlyAmountFen: row.monthlyAmountFen, fromMonth: row.fromMonth },
    );
    return allowance;
  }

  /**
   * Many high-age allowances in one statement (the job's first run grants thousands), some
   * already ended (a late grant's lower tier, or a stop after a death or a move away); audit
   * entries and events follow for the rows actually inserted.
   */
  async startHighAgeMany(manager: EntityManager, rows: NewHighAgeAllowance[], actor: AuditActor): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted: { id: string; resident_id: string; tier: AllowanceTier; monthly_amount_fen: number; from_month: string; stop_from_month: string | null; stop_reason: AllowanceStopReason | null }[] =
      await manager.query(
        `INSERT INTO allowance (resident_id, kind, tier, monthly_amount_fen, from_month, stop_from_month, stop_reason)
         SELECT r, 'HIGH_AGE', t, a, m, s, sr FROM unnest($1::char(18)[], $2::varchar[], $3::char(7)[], $4::char(7)[], $5::varchar[], $6::integer[]) AS u(r, t, m, s, sr, a)
         ON CONFLICT (resident_id, tier) WHERE kind = 'HIGH_AGE' DO NOTHING
         RETURNING id, resident_id, tier, monthly_amount_fen, from_month, stop_from_month, stop_reason`,
        [rows.map((r) => r.residentId), rows.map((r) => r.tier), rows.map((r) => r.fromMonth), rows.map((r) => r.stopFromMonth), rows.map((r) => r.stopReason), rows.map((r) => r.monthlyAmountFen)],
      );
    for (const row of inserted) {
      const data = { residentId: row.resident_id, kind: 'HIGH_AGE' as const, tier: row.tier, monthlyAmountFen: row.monthly_amount_fen, fromMonth: row.from_month };
      await this.audit.record(manager, { actor, action: 'allowance.started', entityType: 'allowance', entityId: row.id, after: { ...data, stopFromMonth: row.stop_from_month, stopReason: row.stop_reason } });
      await this.publisher.publish(manager, 'elderly-care.allowance.started.v1', { allowanceId: row.id, ...data });
      if (row.stop_from_month && row.stop_reason) {
        await this.publisher.publish(
          manager,
          'elderly-care.allowance.stopped.v1',
          { allowanceId: row.id, residentId: row.resident_id, kind: 'HIGH_AGE', tier: row.tier, reason: row.stop_reason, stopFromMonth: row.stop_from_month },
        );
      }
    }
    return inserted.length;
  }

  /**
   * Stops from `stopFromMonth` unless it already stops then or earlier (compare months, not the
   * order events arrived in). Returns whether anything changed.
   */
  async stop(manager: EntityManager, allowanceId: string, stopFromMonth: string, reason: AllowanceStopReason, actor: AuditActor): Promise<boolean> {
    const allowance = await manager.findOne(Allowance, { where: { id: allowanceId }, lock: { mode: 'pessimistic_write' } });
    if (!allowance) return false;
    if (allowance.stopFromMonth !== null && allowance.stopFromMonth <= stopFromMonth) return false;
    const before = { stopFromMonth: allowance.stopFromMonth, stopReason: allowance.stopReason };
    await manager.update(Allowance, { id: allowanceId }, { stopFromMonth, stopReason: reason });
    await this.audit.record(manager, { actor, action: 'allowance.stopped', entityType: 'allowance', entityId: allowanceId, before, after: { stopFromMonth, stopReason: reason } });
    await this.publisher.publish(
      manager,
      'elderly-care.allowance.stopped.v1',
      { allowanceId, residentId: allowance.residentId, kind: allowance.kind, tier: allowance.tier, reason, stopFromMonth },
    );
    return true;
  }

  /**
   * Stops every allowance and subsidy of a person from `stopFromMonth` (after a death or a move
   * away) and records what the payroll paid for the months from the stop on as an overpayment
   * (DOMAIN §0, §8). An earlier stop already in place wins, and the overpayment follows it.
   */
  async stopAllOf(manager: EntityManager, residentId: string, stopFromMonth: string, reason: AllowanceStopReason, actor: AuditActor): Promise<{ stopped: number; overpaidFen: number }> {
    const allowances = await manager.findBy(Allowance, { residentId });
    let stopped = 0;
    let overpaidFen = 0;
    for (const allowance of allowances) {
      if (await this.stop(manager, allowance.id, stopFromMonth, reason, actor)) stopped++;
      overpaidFen += await this.recordOverpayment(manager, allowance.id, actor);
    }
    return { stopped, overpaidFen };
  }

  private async recordOverpayment(manager: EntityManager, allowanceId: string, actor: AuditActor): Promise<number> {
    const allowance = await manager.findOneByOrFail(Allowance, { id: allowanceId });
    if (allowance.stopFromMonth === null) return 0;
    const [{ total }]: { total: string }[] = await manager.query(
      `SELECT COALESCE(sum(amount_fen), 0) AS total FROM allowance_payment WHERE allowance_id = $1 AND month >= $2`,
      [allowance.id, allowance.stopFromMonth],
    );
    const amountFen = Number(total);
    if (amountFen === 0) return 0;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO overpayment (allowance_id, resident_id, from_month, amount_fen) VALUES ($1, $2, $3, $4)
       ON CONFLICT (allowance_id) DO UPDATE SET amount_fen = EXCLUDED.amount_fen, from_month = EXCLUDED.from_month
       RETURNING id`,
      [allowance.id, allowance.residentId, allowance.stopFromMonth, amountFen],
    );
    await this.audit.record(manager, { actor, action: 'overpayment.recorded', entityType: 'overpayment', entityId: rows[0].id, after: { allowanceId: allowance.id, fromMonth: allowance.stopFromMonth, amountFen } });
    return amountFen;
  }
}
