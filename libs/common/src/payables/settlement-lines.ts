// The 一卡通 lines of an approved monthly settlement with an organisation (a canteen's operator, a
// home care provider, a "物质+服务" service provider): the month's subsidy, and a re-issue, once, of each earlier line of the
// same payee the bank returned FAILED (an organisation is owed its money even if it has closed
// since, so nothing stops a re-issue but the rule's "once"). Each service keeps the lines in its
// own table with the payment outcome columns (addPaymentOutcomeColumns) and these:
// id, settlement_id, <payee column>, month, amount_fen, kind ('SETTLEMENT' | 'REISSUE').
import type { PayableProgramme } from '@app/contracts/shared/payables';
import type { EntityManager } from 'typeorm';
import { sqlIdentifier } from '../read-models/sql-identifier';
import { publishPayablesInChunks, type PayablesChunkSink, type PayablesPageReader } from './payables-chunks';
import { reissueDecision } from './rules/reissue.rule';
import { pageOf, pageWindow, type Page, type PageQuery } from '../http/page-query.dto';

export interface SettlementLineTable {
  table: string;
  /** The column naming the payee organisation: canteen_id, provider_id. */
  payeeColumn: string;
}

export interface ApprovedSettlement {
  id: string;
  payeeId: string;
  month: string;
  /** The subsidy the settlement pays; no line when there is none. */
  amountFen: number;
}

/** Writes the approved settlement's lines; answers how many (to count the payables chunks). */
export async function attachSettlementLines(manager: EntityManager, lines: SettlementLineTable, settlement: ApprovedSettlement): Promise<number> {
  const table = sqlIdentifier(lines.table);
  const payee = sqlIdentifier(lines.payeeColumn);
  let count = 0;
  if (settlement.amountFen > 0) {
    await manager.query(`INSERT INTO ${table} (settlement_id, ${payee}, month, amount_fen, kind) VALUES ($1, $2, $3, $4, 'SETTLEMENT')`, [
      settlement.id,
      settlement.payeeId,
      settlement.month,
      settlement.amountFen,
    ]);
    count += 1;
  }
  const failed: Array<{ id: string; period: string; alreadyReissued: boolean; isReissue: boolean }> = await manager.query(
    `SELECT f.id, f.month AS period, f.kind = 'REISSUE' AS "isReissue", EXISTS (SELECT 1 FROM ${table} r WHERE r.reissue_of = f.id) AS "alreadyReissued"
     FROM ${table} f WHERE f.${payee} = $1 AND f.payment_status = 'FAILED'`,
    [settlement.payeeId],
  );
  const reissued = failed.filter((f) => reissueDecision({ ...f, stoppedFromMonth: null }).reissue).map((f) => f.id);
  if (reissued.length === 0) return count;
  const rows: unknown[] = await manager.query(
    `INSERT INTO ${table} (settlement_id, ${payee}, month, amount_fen, kind, reissue_of)
     SELECT $1, ${payee}, month, amount_fen, 'REISSUE', id FROM ${table} WHERE id = ANY ($2::uuid[])
     ON CONFLICT (reissue_of) WHERE reissue_of IS NOT NULL DO NOTHING RETURNING id`,
    [settlement.id, reissued],
  );
  return count + rows.length;
}

/** One line of a settlement as the owning service shows it, with the bank's outcome. */
export interface SettlementPaymentView {
  id: string;
  kind: 'SETTLEMENT' | 'REISSUE';
  month: string;
  amountFen: number;
  reissueOf: string | null;
  paymentStatus: 'PAID' | 'FAILED' | null;
  paymentFailureReason: string | null;
  paymentOutcomeOn: string | null;
}

const PAYMENT_LINES_SELECT = `SELECT id, kind, month, amount_fen::int AS "amountFen", reissue_of AS "reissueOf", payment_status AS "paymentStatus",
  payment_failure_reason AS "paymentFailureReason", payment_outcome_on::text AS "paymentOutcomeOn"`;

/** The lines an approved settlement pays, with the bank's outcome. */
export async function settlementPayments(manager: EntityManager, lines: Pick<SettlementLineTable, 'table'>, settlementId: string): Promise<SettlementPaymentView[]> {
  return manager.query(
    `${PAYMENT_LINES_SELECT} FROM ${sqlIdentifier(lines.table)} WHERE settlement_id = $1 ORDER BY kind, id`,
    [settlementId],
  );
}

/** One page of the lines an approved settlement pays, in the order of `settlementPayments`, and how many there are. */
export async function settlementPaymentsPage(
  manager: EntityManager,
  lines: Pick<SettlementLineTable, 'table'>,
  settlementId: string,
  query: Partial<Pick<PageQuery, 'page' | 'pageSize'>>,
): Promise<Page<SettlementPaymentView>> {
  const { offset, limit } = pageWindow(query);
  const table = sqlIdentifier(lines.table);
  const [items, [{ total }]] = await Promise.all([
    manager.query<SettlementPaymentView[]>(
      `${PAYMENT_LINES_SELECT} FROM ${table} WHERE settlement_id = $1 ORDER BY kind, id OFFSET $2 LIMIT $3`,
      [settlementId, offset, limit],
    ),
    manager.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM ${table} WHERE settlement_id = $1`, [settlementId]),
  ]);
  return pageOf(items, total, query);
}

/** Where a programme keeps its settlement lines, and the programme code they are paid under. */
export interface SettlementPayables extends SettlementLineTable {
  programme: PayableProgramme;
}

function settlementLinesReader(manager: EntityManager, lines: SettlementPayables, settlementId: string, payeeName: string): PayablesPageReader {
  const table = sqlIdentifier(lines.table);
  const payee = sqlIdentifier(lines.payeeColumn);
  return async (after, limit) => {
    const rows: Array<{ lineId: string; period: string; amountFen: number; reissueOf: string | null; payeeId: string }> = await manager.query(
      `SELECT id AS "lineId", month AS period, amount_fen::int AS "amountFen", reissue_of AS "reissueOf", ${payee} AS "payeeId"
       FROM ${table} WHERE settlement_id = $1 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3`,
      [settlementId, after, limit],
    );
    return rows.map((r) => ({
      lineId: r.lineId,
      programme: lines.programme,
      period: r.period,
      payee: { kind: 'ORGANISATION' as const, organisationId: r.payeeId, name: payeeName },
      amountFen: r.amountFen,
      ...(r.reissueOf ? { reissueOf: r.reissueOf } : {}),
    }));
  };
}

/**
 * An approved settlement's whole side of 一卡通, in the approval's transaction: writes its lines
 * (attachSettlementLines) and hands them to `publish` as payables chunks, the organisation paid
 * into its corporate account under its id (payments keeps the account) and its name (as the bank
 * knows the holder). Returns the number of chunks.
 */
export async function payApprovedSettlement(
  manager: EntityManager,
  lines: SettlementPayables,
  settlement: ApprovedSettlement & { approvedBy: string; payeeName: string },
  publish: PayablesChunkSink,
): Promise<number> {
  const lineCount = await attachSettlementLines(manager, lines, settlement);
  const approval = { approvalId: settlement.id, month: settlement.month, approvedBy: settlement.approvedBy };
  return publishPayablesInChunks(approval, lineCount, settlementLinesReader(manager, lines, settlement.id, settlement.payeeName), publish);
}
