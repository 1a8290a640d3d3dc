import type { RecoveryRequestedV1, ServiceName } from '@app/contracts';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { Clock } from '@app/common/time/clock';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RecoveryItem, RecoveryListQuery } from './dto/recovery.dto';
import { recoveryHold, recoveryState } from './rules/recovery-state.rule';

type Row = Record<string, unknown> & { account_id: string | null; unusable_reason: string | null; line_reference: string | null; outcome: 'RECOVERED' | 'FAILED' | null };

/**
 * The payee's account in force (CONFIRMED: one version at most), beside each request. The
 * `held` condition is recovery-state.rule's (a request not batched yet), in SQL so a page of held requests can be counted.
 */
const WITH_ACCOUNT = `
  FROM recovery_request r
  LEFT JOIN payee_account a ON a.payee_kind = 'PERSON' AND a.payee_key = r.resident_id AND a.status = 'CONFIRMED'
  LEFT JOIN recovery_line l ON l.recovery_id = r.recovery_id
  WHERE ($1::text IS NULL OR (l.reference IS NULL AND ($1 = 'HELD') = (a.id IS NULL OR a.unusable_reason IS NOT NULL)))`;

/**
 * Recovery (冲正) requests of the programmes: taken once each, in the consumer's transaction, and
 * listed with where they stand. The money is debited from the account it was paid into, the
 * payee's confirmed one; a request whose payee has none is held until one is confirmed.
 */
@Injectable()
export class RecoveriesService {
  private readonly logger = new Logger(RecoveriesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** True when the request is new; a redelivery (same recovery id) changes nothing. */
  async take(manager: EntityManager, ownerService: ServiceName, eventId: string, data: RecoveryRequestedV1): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO recovery_request (recovery_id, owner_service, overpayment_id, programme, resident_id, amount_fen, periods, payment_line_ids, requested_by, approved_by, event_id, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (recovery_id) DO NOTHING RETURNING recovery_id`,
      [data.recoveryId, ownerService, data.overpaymentId, data.programme, data.residentId, data.amountFen, data.periods, data.paymentLineIds, data.requestedBy, data.approvedBy, eventId, this.clock.now()],
    );
    if (rows.length === 0) return false;
    this.logger.log(`recovery ${data.recoveryId} of ${ownerService}: ${data.amountFen} fen taken`);
    return true;
  }

  /** The requests, the oldest first, with where each stands now. */
  async list(query: RecoveryListQuery): Promise<Page<RecoveryItem>> {
    const { offset, limit } = pageWindow(query);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT r.*, r.amount_fen::text AS amount, a.id AS account_id, a.unusable_reason, l.reference::text AS line_reference, l.outcome, l.reason AS failure_reason ${WITH_ACCOUNT} ORDER BY r.received_at, r.recovery_id LIMIT $2 OFFSET $3`,
      [query.state ?? null, limit, offset],
    );
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total ${WITH_ACCOUNT}`, [query.state ?? null]);
    return pageOf(rows.map(toItem), total, query);
  }
}

function toItem(r: Row): RecoveryItem {
  const facts = { confirmed: r.account_id === null ? null : { unusableReason: r.unusable_reason }, line: r.line_reference === null ? null : { outcome: r.outcome } };
  return {
    recoveryId: r.recovery_id as string,
    ownerService: r.owner_service as string,
    overpaymentId: r.overpayment_id as string,
    programme: r.programme as string,
    residentId: r.resident_id as string,
    amountFen: Number(r.amount),
    periods: r.periods as string[],
    paymentLineIds: r.payment_line_ids as string[],
    requestedBy: r.requested_by as string,
    approvedBy: r.approved_by as string,
    receivedAt: r.received_at as Date,
    state: recoveryState(facts),
    holdReason: recoveryHold(facts),
    failureReason: (r.failure_reason as string | null) ?? null,
  };
}
