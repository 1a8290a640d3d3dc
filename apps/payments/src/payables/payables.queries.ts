import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { formatReference } from '../batches/rules/bank-file.rule';
import type { ApprovalListQuery, ApprovalResponse, PayableLineResponse } from './dto/payables.dto';
import { lineState } from './rules/line-state.rule';

const APPROVAL_COLUMNS = `
  a.approval_id, a.owner_service, a.month, a.approved_by, a.chunk_count, a.first_received_at, a.assembled_at,
  count(c.chunk_index)::int AS chunks_received, coalesce(sum(c.line_count), 0)::bigint AS lines, coalesce(sum(c.amount_fen), 0)::bigint AS amount_fen,
  coalesce(sum(c.new_lines), 0)::bigint AS new_lines, coalesce(sum(c.new_amount_fen), 0)::bigint AS new_amount_fen, coalesce(sum(c.refused_lines), 0)::bigint AS refused_lines`;

interface ApprovalRow {
  approval_id: string;
  owner_service: string;
  month: string;
  approved_by: string;
  chunk_count: number;
  first_received_at: Date;
  assembled_at: Date | null;
  chunks_received: number;
  lines: string;
  amount_fen: string;
  new_lines: string;
  new_amount_fen: string;
  refused_lines: string;
}

function toApproval(r: ApprovalRow): ApprovalResponse {
  return {
    approvalId: r.approval_id,
    ownerService: r.owner_service,
    month: r.month,
    approvedBy: r.approved_by,
    chunkCount: r.chunk_count,
    chunksReceived: r.chunks_received,
    lines: Number(r.lines),
    amountFen: Number(r.amount_fen),
    newLines: Number(r.new_lines),
    newAmountFen: Number(r.new_amount_fen),
    refusedLines: Number(r.refused_lines),
    firstReceivedAt: r.first_received_at,
    assembledAt: r.assembled_at,
  };
}

/** What arrived from the programmes: approvals with their chunks, and one line's whereabouts. */
@Injectable()
export class PayablesQueries {
  constructor(private readonly dataSource: DataSource) {}

  async approvals(query: ApprovalListQuery): Promise<Page<ApprovalResponse>> {
    const { offset, limit } = pageWindow(query);
    const rows = await this.dataSource.query<ApprovalRow[]>(
      `SELECT ${APPROVAL_COLUMNS} FROM approval a LEFT JOIN approval_chunk c ON c.approval_id = a.approval_id
       WHERE ($1::text IS NULL OR a.month = $1) GROUP BY a.approval_id ORDER BY a.month DESC, a.first_received_at DESC, a.approval_id LIMIT $2 OFFSET $3`,
      [query.month ?? null, limit, offset],
    );
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM approval WHERE ($1::text IS NULL OR month = $1)`, [query.month ?? null]);
    return pageOf(rows.map(toApproval), total, query);
  }

  async approval(approvalId: string): Promise<ApprovalResponse> {
    const [row] = await this.dataSource.query<ApprovalRow[]>(
      `SELECT ${APPROVAL_COLUMNS} FROM approval a LEFT JOIN approval_chunk c ON c.approval_id = a.approval_id WHERE a.approval_id = $1 GROUP BY a.approval_id`,
      [approvalId],
    );
    if (!row) throw new ProblemException({ status: 404, code: 'APPROVAL.NOT_FOUND', detail: `no approval ${approvalId} has arrived` });
    return toApproval(row);
  }

  async line(lineId: string): Promise<PayableLineResponse> {
    const [r] = await this.dataSource.query<Array<Record<string, string | null>>>(
      `SELECT p.line_id, p.reference::text, p.approval_id, p.owner_service, p.programme, p.period, p.month, p.payee_kind, p.payee_key, p.organisation_name,
              p.amount_fen::text, p.reissue_of, p.refusal, b.batch_id, b.outcome, b.failure_reason, b.bank_message, to_char(b.returned_on, 'YYYY-MM-DD') AS returned_on, h.reason AS hold_reason
       FROM payable_line p LEFT JOIN batch_line b ON b.reference = p.reference LEFT JOIN held_line h ON h.reference = p.reference
       WHERE p.line_id = $1`,
      [lineId],
    );
    if (!r) throw new ProblemException({ status: 404, code: 'PAYABLE_LINE.NOT_FOUND', detail: `no line ${lineId} has arrived` });
    return {
      lineId: r.line_id!,
      reference: formatReference(r.reference!),
      approvalId: r.approval_id!,
      ownerService: r.owner_service!,
      programme: r.programme!,
      period: r.period!,
      month: r.month!,
      payeeKind: r.payee_kind!,
      ...(r.payee_kind === 'PERSON' ? { residentId: r.payee_key! } : { organisationId: r.payee_key! }),
      organisationName: r.organisation_name,
      amountFen: Number(r.amount_fen),
      reissueOf: r.reissue_of,
      state: lineState({ refusal: r.refusal, batchId: r.batch_id, outcome: r.outcome as 'PAID' | 'FAILED' | null, holdReason: r.hold_reason }),
      refusal: r.refusal,
      holdReason: r.hold_reason,
      batchId: r.batch_id,
      failureReason: r.failure_reason,
      bankMessage: r.bank_message,
      returnedOn: r.returned_on,
    };
  }
}
