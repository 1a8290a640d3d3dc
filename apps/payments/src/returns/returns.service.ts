import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { BanksService } from '../banks/banks.service';
import { decodeBankFile, type BankFileEncoding } from '../banks/rules/bank-encoding.rule';
import { sha256 } from '../batches/bank-files';
import { lockBatchState } from '../batches/batch-lock';
import { BATCH_LINES } from '../batches/batch.sql';
import type { ReturnReportResponse } from './dto/return.dto';
import { classifyReturnLines, makesAccountUnusable, outcomeEvents, referencesOf, type AppliedLine, type ReportedLine, type SentLine } from './rules/return-application.rule';
import { parseReturnFile, type ParsedReturnFile } from './rules/return-file.rule';

/** A return file that is not text in the encoding of the bank's layout. */
const NOT_IN_ENCODING: Record<BankFileEncoding, string> = { 'UTF-8': 'RETURN_FILE.NOT_UTF8', GBK: 'RETURN_FILE.NOT_GBK' };

const SENT_LINES = `
SELECT b.reference::text, b.batch_id AS "batchId", d.status AS "batchStatus", d.bank_code AS "bankCode", b.amount_fen::float8 AS "amountFen", b.outcome,
       b.account_id AS "accountId", p.line_id AS "lineId", p.owner_service AS "ownerService", b.programme, b.period
FROM batch_line b JOIN disbursement_batch d ON d.id = b.batch_id JOIN payable_line p ON p.reference = b.reference
WHERE b.reference = ANY($1::bigint[])`;

/**
 * A bank's return file: read with the bank's layout, refused whole if it does not read or its
 * trailer disagrees, applied once (its hash is unique: the same file twice changes nothing), and
 * announced to the owning programmes through the outbox in the same transaction.
 */
@Injectable()
export class ReturnsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly publisher: EventPublisher,
    private readonly banks: BanksService,
  ) {}

  async receive(bankCode: string, content: Buffer, actor: Principal): Promise<ReturnReportResponse> {
    const hash = sha256(content);
    const earlier = await this.byHash(this.dataSource.manager, hash);
    if (earlier) return earlier;
    const layout = await this.banks.currentLayout(this.dataSource.manager, bankCode);
    const encoding = layout.layout.encoding;
    const text = decodeBankFile(content, encoding);
    if (text === null) {
      const message = `the file is not ${encoding} text, the encoding of the bank's layout (version ${layout.version})`;
      throw new ProblemException({
        status: 422,
        code: NOT_IN_ENCODING[encoding],
        detail: `${message[0].toUpperCase()}${message.slice(1)}; nothing was applied.`,
        errors: [{ field: 'file', code: 'encoding', message }],
      });
    }
    const parsed = parseReturnFile(text, layout.returnLayout, encoding);
    if (!parsed.ok) {
      const trailer = parsed.errors.every((e) => e.code.startsWith('TRAILER_'));
      throw new ProblemException({
        status: 422,
        code: trailer ? 'RETURN_FILE.TRAILER_MISMATCH' : 'RETURN_FILE.INVALID',
        detail: `The return file was refused whole: ${parsed.errors[0].message} (line ${parsed.errors[0].line}). Nothing was applied.`,
        errors: parsed.errors.map((e) => ({ field: `lines.${e.line}.${e.field}`, code: e.code, message: e.message })),
      });
    }
    return this.dataSource.transaction(async (manager) => {
      await lockBatchState(manager);
      const again = await this.byHash(manager, hash);
      if (again) return again;
      return this.apply(manager, bankCode, content, hash, parsed.file, actor);
    });
  }

  async get(id: string): Promise<ReturnReportResponse> {
    const [row] = await this.dataSource.query<ReturnRow[]>(`SELECT ${RETURN_COLUMNS} FROM return_file WHERE id = $1`, [id]);
    if (!row) throw new ProblemException({ status: 404, code: 'RETURN_FILE.NOT_FOUND', detail: `no return file ${id}` });
    return toReport(row, false);
  }

  private async apply(manager: EntityManager, bankCode: string, content: Buffer, hash: string, file: ParsedReturnFile, actor: Principal): Promise<ReturnReportResponse> {
    const id = randomUUID();
    const valueDate = file.valueDate ?? this.clock.today();
    const sent = await manager.query<SentLine[]>(SENT_LINES, [referencesOf(file.lines)]);
    const { applied, reported } = classifyReturnLines(file.lines, new Map(sent.map((s) => [s.reference, s])), bankCode);
    await this.recordOutcomes(manager, applied, id, valueDate);
    const unusable = await this.markAccounts(manager, applied, id);
    const paid = tally(applied.filter((a) => a.returned.status === 'PAID'));
    const failed = tally(applied.filter((a) => a.returned.status === 'FAILED'));
    const receivedAt = this.clock.now();
    await manager.query(
      `INSERT INTO return_file (id, bank_code, sha256, content, value_date, received_by, received_at, line_count, total_fen, paid_lines, paid_fen, failed_lines, failed_fen, reported)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [id, bankCode, hash, content, valueDate, actor.sub, receivedAt, file.trailer.count, file.trailer.totalFen, paid.lines, paid.amountFen, failed.lines, failed.amountFen, JSON.stringify(reported)],
    );
    const events = outcomeEvents(applied, id, valueDate);
    await this.publisher.publishMany(manager, events.map((e) => ({ type: e.type, data: e.data })));
    const report: ReturnReportResponse = { returnFileId: id, duplicate: false, bankCode, valueDate, lines: file.trailer.count, paid, failed, reported, receivedBy: actor.sub, receivedAt, sha256: hash };
    await this.audit.record(manager, { actor, action: 'return-file.applied', entityType: 'return-file', entityId: id, after: { ...report, reported: reported.length, accountsMarkedUnusable: unusable, events: events.length } });
    return report;
  }

  /** Each applied line's outcome in one statement; a batch the bank has answered in full is RETURNED. */
  private async recordOutcomes(manager: EntityManager, applied: AppliedLine[], returnFileId: string, valueDate: string): Promise<void> {
    if (applied.length === 0) return;
    await manager.query(
      `UPDATE batch_line b SET outcome = o.outcome, failure_reason = o.reason, bank_message = o.message, returned_on = $5, return_file_id = $6
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS o(reference, outcome, reason, message)
       WHERE b.reference = o.reference AND b.outcome IS NULL`,
      [
        applied.map((a) => a.sent.reference),
        applied.map((a) => a.returned.status),
        applied.map((a) => a.returned.reason),
        applied.map((a) => a.returned.message),
        valueDate,
        returnFileId,
      ],
    );
    await manager.query(
      `UPDATE disbursement_batch d SET status = 'RETURNED'
       WHERE d.id = ANY($1::uuid[]) AND d.status = 'RELEASED' AND NOT EXISTS (SELECT 1 FROM ${BATCH_LINES('d.id')} b WHERE b.outcome IS NULL)`,
      [[...new Set(applied.map((a) => a.sent.batchId))]],
    );
  }

  /** An account the bank says is closed, unknown, frozen or in another name is not paid into again until a corrected one is confirmed. */
  private async markAccounts(manager: EntityManager, applied: AppliedLine[], returnFileId: string): Promise<number> {
    const reasons = new Map<string, string>();
    for (const { returned, sent } of applied) if (makesAccountUnusable(returned.reason) && !reasons.has(sent.accountId)) reasons.set(sent.accountId, returned.reason);
    if (reasons.size === 0) return 0;
    const [, marked] = await manager.query<[unknown, number]>(
      `UPDATE payee_account a SET unusable_reason = u.reason, unusable_since = $3, unusable_return_file_id = $4
       FROM unnest($1::uuid[], $2::text[]) AS u(id, reason)
       WHERE a.id = u.id AND a.status = 'CONFIRMED' AND a.unusable_reason IS NULL`,
      [[...reasons.keys()], [...reasons.values()], this.clock.now(), returnFileId],
    );
    return marked;
  }

  private async byHash(manager: EntityManager, hash: string): Promise<ReturnReportResponse | null> {
    const [row] = await manager.query<ReturnRow[]>(`SELECT ${RETURN_COLUMNS} FROM return_file WHERE sha256 = $1`, [hash]);
    return row ? toReport(row, true) : null;
  }
}

const RETURN_COLUMNS = `id, bank_code, sha256, to_char(value_date, 'YYYY-MM-DD') AS value_date, received_by, received_at, line_count, paid_lines, paid_fen::float8, failed_lines, failed_fen::float8, reported`;

interface ReturnRow {
  id: string;
  bank_code: string;
  sha256: string;
  value_date: string;
  received_by: string;
  received_at: Date;
  line_count: number;
  paid_lines: number;
  paid_fen: number;
  failed_lines: number;
  failed_fen: number;
  reported: ReportedLine[];
}

function toReport(r: ReturnRow, duplicate: boolean): ReturnReportResponse {
  return {
    returnFileId: r.id,
    duplicate,
    bankCode: r.bank_code,
    valueDate: r.value_date,
    lines: r.line_count,
    paid: { lines: r.paid_lines, amountFen: r.paid_fen },
    failed: { lines: r.failed_lines, amountFen: r.failed_fen },
    reported: r.reported,
    receivedBy: r.received_by,
    receivedAt: r.received_at,
    sha256: r.sha256,
  };
}

function tally(lines: AppliedLine[]): { lines: number; amountFen: number } {
  return { lines: lines.length, amountFen: lines.reduce((sum, l) => sum + l.sent.amountFen, 0) };
}
