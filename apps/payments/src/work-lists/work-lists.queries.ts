import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { formatReference } from '../batches/rules/bank-file.rule';
import type { HeldLineItem, LineListQuery, RefusedLineItem, WorkListLine } from './work-lists.dto';

type Row = Record<string, string | Date | null>;

function line(r: Row): WorkListLine {
  return {
    lineId: r.line_id as string,
    reference: formatReference(r.reference as string),
    ownerService: r.owner_service as string,
    programme: r.programme as string,
    period: r.period as string,
    month: r.month as string,
    payeeKind: r.payee_kind as string,
    ...(r.payee_kind === 'PERSON' ? { residentId: r.payee_key as string } : { organisationId: r.payee_key as string }),
    organisationName: r.organisation_name as string | null,
    amountFen: Number(r.amount_fen),
  };
}

const LINE_COLUMNS = `p.line_id, p.reference::text, p.owner_service, p.programme, p.period, p.month, p.payee_kind, p.payee_key, p.organisation_name, p.amount_fen::text`;

/**
 * Payments' work lists: lines that cannot be paid as they stand. They are the bureau's lists (the
 * payee's division is known only from an account, which a held line lacks), with payees masked.
 */
@Injectable()
export class WorkListQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Lines held for want of a confirmed, usable account, the longest held first. */
  async heldLines(query: LineListQuery): Promise<Page<HeldLineItem>> {
    const { offset, limit } = pageWindow(query);
    const filter = `($1::text IS NULL OR h.month = $1) AND ($2::text IS NULL OR h.programme = $2)`;
    const rows = await this.dataSource.query<Row[]>(
      `SELECT ${LINE_COLUMNS}, h.reason, h.held_since FROM held_line h JOIN payable_line p ON p.reference = h.reference
       WHERE ${filter} ORDER BY h.held_since, h.reference LIMIT $3 OFFSET $4`,
      [query.month ?? null, query.programme ?? null, limit, offset],
    );
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM held_line h WHERE ${filter}`, [query.month ?? null, query.programme ?? null]);
    return pageOf(
      rows.map((r) => ({ ...line(r), reason: r.reason as string, heldSince: r.held_since as Date })),
      total,
      query,
    );
  }

  /** Re-issues refused so that nothing is paid twice, the newest first. */
  async refusedLines(query: LineListQuery): Promise<Page<RefusedLineItem>> {
    const { offset, limit } = pageWindow(query);
    const filter = `p.refusal IS NOT NULL AND ($1::text IS NULL OR p.month = $1) AND ($2::text IS NULL OR p.programme = $2)`;
    const rows = await this.dataSource.query<Row[]>(
      `SELECT ${LINE_COLUMNS}, p.reissue_of, p.refusal, p.received_at FROM payable_line p WHERE ${filter} ORDER BY p.received_at DESC, p.reference DESC LIMIT $3 OFFSET $4`,
      [query.month ?? null, query.programme ?? null, limit, offset],
    );
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM payable_line p WHERE ${filter}`, [query.month ?? null, query.programme ?? null]);
    return pageOf(
      rows.map((r) => ({ ...line(r), reissueOf: r.reissue_of as string, refusal: r.refusal as string, receivedAt: r.received_at as Date })),
      total,
      query,
    );
  }
}
