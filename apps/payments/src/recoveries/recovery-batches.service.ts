import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BanksService } from '../banks/banks.service';
import { encodeBankFile } from '../banks/rules/bank-encoding.rule';
import { sha256 } from '../batches/bank-files';
import { lockBatchState } from '../batches/batch-lock';
import { BankFileRenderError, batchNumber, renderBankFile, type LineFacts } from '../batches/rules/bank-file.rule';
import { BATCH_READY, READY_BANKS, RECOUNT_BATCH, RECOVERY_FILE_LINES, REFRESH_RECOVERY_ACCOUNTS } from './recovery-batches.sql';

export interface RecoveryBatchView {
  id: string;
  bankCode: string;
  month: string;
  batchNo: string;
  status: string;
  lineCount: number;
  totalFen: number;
  assembledBy: string;
  releasedBy: string | null;
  fileName: string | null;
  sha256: string | null;
}

/** A recovery batch's number: the disbursement numbering, marked CZ (冲正) so the bank and finance tell a debit file from a payment file. */
export function recoveryBatchNumber(bankCode: string, month: string, sequence: number): string {
  return `CZ${batchNumber(bankCode, month, sequence)}`;
}

const VIEW = `SELECT id, bank_code AS "bankCode", month, sequence, status, line_count AS "lineCount", total_fen::float8 AS "totalFen", assembled_by AS "assembledBy",
  released_by AS "releasedBy", file_name AS "fileName", sha256 FROM recovery_batch`;

/**
 * Recovery (冲正) batches: one per bank and month, assembled by a finance officer from the requests
 * whose payee has an account to debit, released by a second one as the bank's file, written in the
 * bank's current layout version (as a disbursement file is) and stored with its hash.
 */
@Injectable()
export class RecoveryBatchesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly banks: BanksService,
  ) {}

  async assemble(actor: Principal): Promise<RecoveryBatchView[]> {
    return this.dataSource.transaction(async (manager) => {
      await lockBatchState(manager);
      const month = this.clock.currentMonth().toString();
      const ids: string[] = [];
      for (const bank of await manager.query<Array<{ bankCode: string; maxLinesPerFile: number; n: number }>>(READY_BANKS)) {
        // A bank takes at most so many lines per file: the oldest requests first, in as many batches as it takes.
        for (let left = bank.n; left > 0; ) {
          const { id, lineCount } = await this.assembleOne(manager, bank.bankCode, month, bank.maxLinesPerFile, actor);
          ids.push(id);
          left -= lineCount;
          if (lineCount === 0) break;
        }
      }
      const batches = await Promise.all(ids.map((id) => this.view(id, manager)));
      await this.audit.record(manager, { actor, action: 'recovery-batches.assembled', entityType: 'month', entityId: month, after: { batches } });
      return batches;
    });
  }

  private async assembleOne(manager: EntityManager, bankCode: string, month: string, maxLines: number, actor: Principal): Promise<{ id: string; lineCount: number }> {
    const [{ next }] = await manager.query<Array<{ next: number }>>(`SELECT coalesce(max(sequence), 0) + 1 AS next FROM recovery_batch WHERE bank_code = $1 AND month = $2`, [bankCode, month]);
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO recovery_batch (bank_code, month, sequence, status, line_count, total_fen, assembled_by, assembled_at) VALUES ($1, $2, $3, 'ASSEMBLED', 0, 0, $4, $5) RETURNING id`,
      [bankCode, month, next, actor.sub, this.clock.now()],
    );
    const [totals] = await manager.query<Array<{ lineCount: number; totalFen: number }>>(BATCH_READY, [id, bankCode, maxLines]);
    await manager.query(`UPDATE recovery_batch SET line_count = $2, total_fen = $3 WHERE id = $1`, [id, totals.lineCount, totals.totalFen]);
    return { id, lineCount: totals.lineCount };
  }

  /**
   * The second finance officer writes the file; nothing is debited because the one who assembled
   * said so. Each line is debited from the payee's account confirmed at release: a line whose
   * account changed bank, or has none usable, leaves the batch (a batch left with no line is
   * EMPTIED, never written).
   */
  async release(id: string, actor: Principal): Promise<RecoveryBatchView> {
    return this.dataSource.transaction(async (manager) => {
      await lockBatchState(manager);
      const [batch] = await manager.query<Array<{ bank_code: string; month: string; sequence: number; status: string; assembled_by: string }>>(`SELECT * FROM recovery_batch WHERE id = $1 FOR UPDATE`, [id]);
      if (!batch) throw new ProblemException({ status: 404, code: 'RECOVERY_BATCH.NOT_FOUND', detail: `no recovery batch ${id}` });
      if (batch.status !== 'ASSEMBLED') throw new ProblemException({ status: 409, code: 'RECOVERY_BATCH.NOT_ASSEMBLED', detail: `the recovery batch is ${batch.status}; a batch is released once` });
      if (batch.assembled_by === actor.sub) throw new ProblemException({ status: 403, code: 'RECOVERY_BATCH.SAME_PERSON_RELEASE', detail: 'the person who assembled the recovery batch cannot release it' });
      const accounts = await this.refreshAccounts(manager, id, batch.bank_code);
      if (accounts.lineCount === 0) return this.emptied(manager, id, actor, accounts);
      const layout = await this.banks.currentLayout(manager, batch.bank_code);
      const lines = await manager.query<LineFacts[]>(RECOVERY_FILE_LINES, [id]);
      const releasedOn = this.clock.today();
      const facts = { bankCode: batch.bank_code, batchNo: recoveryBatchNumber(batch.bank_code, batch.month, batch.sequence), month: batch.month, releasedOn };
      const rendered = renderOrRefuse(() => renderBankFile(layout.layout, facts, lines));
      const content = encodeBankFile(rendered.text, layout.layout.encoding);
      await manager.query(`UPDATE recovery_batch SET status = 'RELEASED', released_by = $2, released_on = $3, layout_id = $4, file_name = $5, content = $6, sha256 = $7 WHERE id = $1`, [
        id,
        actor.sub,
        releasedOn,
        layout.id,
        rendered.fileName,
        content,
        sha256(content),
      ]);
      const view = await this.view(id, manager);
      await this.audit.record(manager, { actor, action: 'recovery-batch.released', entityType: 'recovery-batch', entityId: id, after: { ...view, repointed: accounts.repointed, removed: accounts.removed } });
      return view;
    });
  }

  private async refreshAccounts(manager: EntityManager, id: string, bankCode: string): Promise<{ repointed: number; removed: number; lineCount: number | null }> {
    const [{ repointed, removed }] = await manager.query<Array<{ repointed: number; removed: number }>>(REFRESH_RECOVERY_ACCOUNTS, [id, bankCode]);
    if (removed === 0) return { repointed, removed, lineCount: null };
    const [[{ lineCount }]] = await manager.query<[Array<{ lineCount: number }>, number]>(RECOUNT_BATCH, [id]);
    return { repointed, removed, lineCount };
  }

  private async emptied(manager: EntityManager, id: string, actor: Principal, accounts: { repointed: number; removed: number }): Promise<RecoveryBatchView> {
    await manager.query(`UPDATE recovery_batch SET status = 'EMPTIED' WHERE id = $1`, [id]);
    const view = await this.view(id, manager);
    await this.audit.record(manager, { actor, action: 'recovery-batch.emptied', entityType: 'recovery-batch', entityId: id, after: { ...view, removed: accounts.removed } });
    return view;
  }

  /** The file as released, for the bank; the download is written to the audit log first. */
  async download(id: string, actor: Principal): Promise<{ fileName: string; content: Buffer }> {
    const [row] = await this.dataSource.query<Array<{ file_name: string | null; content: Buffer | null }>>(`SELECT file_name, content FROM recovery_batch WHERE id = $1`, [id]);
    if (!row?.content) throw new ProblemException({ status: 404, code: 'RECOVERY_BATCH.NOT_FOUND', detail: `no released recovery batch ${id}` });
    await this.dataSource.transaction((manager) => this.audit.record(manager, { actor, action: 'recovery-file.downloaded', entityType: 'recovery-batch', entityId: id, after: { fileName: row.file_name } }));
    return { fileName: row.file_name!, content: row.content };
  }

  private async view(id: string, manager = this.dataSource.manager): Promise<RecoveryBatchView> {
    const [row] = await manager.query<Array<Omit<RecoveryBatchView, 'batchNo'> & { sequence: number }>>(`${VIEW} WHERE id = $1`, [id]);
    const { sequence, ...rest } = row;
    return { ...rest, batchNo: recoveryBatchNumber(row.bankCode, row.month, sequence) };
  }
}

function renderOrRefuse<T>(render: () => T): T {
  try {
    return render();
  } catch (err) {
    if (!(err instanceof BankFileRenderError)) throw err;
    const field = err.seq === null ? err.section : `lines.${err.seq}`;
    throw new ProblemException({ status: 422, code: 'RECOVERY_BATCH.FILE_UNWRITABLE', detail: `The bank's layout cannot write ${field}: ${err.message}. Nothing was released.`, errors: [{ field, code: 'layout', message: err.message }] });
  }
}
