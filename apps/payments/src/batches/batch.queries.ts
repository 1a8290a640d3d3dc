import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BankFileEncoding } from '../banks/rules/bank-encoding.rule';
import { BankFiles, sha256 } from './bank-files';
import { DisbursementBatch } from './batch.entity';
import { BATCH_LINES } from './batch.sql';
import type { BatchLineResponse, BatchListQuery, BatchResponse, FileCheckResponse } from './dto/batch.dto';
import { batchNumber, formatReference } from './rules/bank-file.rule';

/** Batches as finance staff and auditors read them; the file itself only through `file`. */
@Injectable()
export class BatchQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: BankFiles,
  ) {}

  async list(query: BatchListQuery): Promise<Page<BatchResponse>> {
    const { offset, limit } = pageWindow(query);
    const where = (qb: ReturnType<EntityManager['createQueryBuilder']>) => {
      if (query.month) qb.andWhere('b.month = :month', { month: query.month });
      if (query.bankCode) qb.andWhere('b.bank_code = :bank', { bank: query.bankCode });
      if (query.status) qb.andWhere('b.status = :status', { status: query.status });
      return qb;
    };
    const [batches, total] = await where(this.dataSource.manager.createQueryBuilder(DisbursementBatch, 'b'))
      .orderBy('b.month', 'DESC')
      .addOrderBy('b.bank_code')
      .addOrderBy('b.sequence')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return pageOf(await Promise.all(batches.map((b) => this.view(this.dataSource.manager, b))), total, query);
  }

  async get(id: string): Promise<BatchResponse> {
    return this.view(this.dataSource.manager, await this.find(id));
  }

  async lines(id: string, query: { page?: number; pageSize?: number }): Promise<Page<BatchLineResponse>> {
    const batch = await this.find(id);
    const { offset, limit } = pageWindow(query);
    const rows = await this.dataSource.query<Array<Record<string, string | null>>>(
      `SELECT b.reference::text, p.line_id, p.owner_service, b.programme, b.period, b.amount_fen::text, b.account_number, b.holder_name, b.outcome, b.failure_reason, b.bank_message
       FROM ${BATCH_LINES('$1')} b JOIN payable_line p ON p.reference = b.reference
       ORDER BY b.reference LIMIT $2 OFFSET $3`,
      [id, limit, offset],
    );
    const items = rows.map((r) => ({
      reference: formatReference(r.reference!),
      lineId: r.line_id!,
      ownerService: r.owner_service!,
      programme: r.programme!,
      period: r.period!,
      amountFen: Number(r.amount_fen),
      accountNumber: r.account_number!,
      holderName: r.holder_name!,
      outcome: r.outcome,
      failureReason: r.failure_reason,
      bankMessage: r.bank_message,
    }));
    return pageOf(items, batch.lineCount, query);
  }

  /** The file as released, byte for byte. */
  async file(id: string): Promise<{ fileName: string; content: Buffer; delimited: boolean; encoding: BankFileEncoding }> {
    const batch = await this.find(id);
    const file = await this.files.stored(this.dataSource.manager, id);
    if (!file || !batch.layoutId) throw new ProblemException({ status: 409, code: 'BATCH.NOT_RELEASED', detail: `the batch is ${batch.status}: it has a file once it is released` });
    const layout = await this.files.layoutOf(this.dataSource.manager, batch.layoutId);
    return { fileName: file.fileName, content: file.content, delimited: layout.layout.format === 'DELIMITED', encoding: layout.layout.encoding };
  }

  /** Writes the released batch's file again from its lines and layout version, and compares the bytes. */
  async checkFile(id: string): Promise<FileCheckResponse> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const batch = await manager.findOneBy(DisbursementBatch, { id });
      if (!batch) throw new ProblemException({ status: 404, code: 'BATCH.NOT_FOUND', detail: `no batch ${id}` });
      const stored = await this.files.stored(manager, id);
      if (!stored || !batch.layoutId || !batch.releasedOn) throw new ProblemException({ status: 409, code: 'BATCH.NOT_RELEASED', detail: `the batch is ${batch.status}: it has a file once it is released` });
      const again = await this.files.render(manager, batch, await this.files.layoutOf(manager, batch.layoutId), batch.releasedOn);
      return { batchId: id, storedSha256: stored.sha256, renderedSha256: sha256(again.content), identical: again.content.equals(stored.content), bytes: stored.content.length };
    });
  }

  async view(manager: EntityManager, batch: DisbursementBatch): Promise<BatchResponse> {
    const programmes = await manager.query<Array<{ programme: string; lines: number; amount_fen: string; paid: number; failed: number }>>(
      `SELECT programme, count(*)::int AS lines, sum(amount_fen)::text AS amount_fen,
              count(*) FILTER (WHERE outcome = 'PAID')::int AS paid, count(*) FILTER (WHERE outcome = 'FAILED')::int AS failed
       FROM ${BATCH_LINES('$1')} b GROUP BY programme ORDER BY programme`,
      [batch.id],
    );
    const [file] = await manager.query<Array<{ file_name: string; sha256: string }>>(`SELECT file_name, sha256 FROM bank_file WHERE batch_id = $1`, [batch.id]);
    return {
      id: batch.id,
      bankCode: batch.bankCode,
      month: batch.month,
      sequence: batch.sequence,
      batchNo: batchNumber(batch.bankCode, batch.month, batch.sequence),
      status: batch.status,
      lineCount: batch.lineCount,
      totalFen: Number(batch.totalFen),
      assembledBy: batch.assembledBy,
      assembledAt: batch.assembledAt,
      releasedBy: batch.releasedBy,
      releasedAt: batch.releasedAt,
      releasedOn: batch.releasedOn,
      layoutId: batch.layoutId,
      fileName: file?.file_name ?? null,
      fileSha256: file?.sha256 ?? null,
      paidLines: programmes.reduce((n, p) => n + p.paid, 0),
      failedLines: programmes.reduce((n, p) => n + p.failed, 0),
      byProgramme: programmes.map((p) => ({ programme: p.programme, lines: p.lines, amountFen: Number(p.amount_fen) })),
    };
  }

  private async find(id: string): Promise<DisbursementBatch> {
    const batch = await this.dataSource.manager.findOneBy(DisbursementBatch, { id });
    if (!batch) throw new ProblemException({ status: 404, code: 'BATCH.NOT_FOUND', detail: `no batch ${id}` });
    return batch;
  }
}
