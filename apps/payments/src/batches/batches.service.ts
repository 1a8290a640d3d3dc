import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BanksService } from '../banks/banks.service';
import { BankFiles } from './bank-files';
import { lockBatchState, lockBatchStateForRelease } from './batch-lock';
import { DisbursementBatch } from './batch.entity';
import { ASSEMBLE_MONTH, REFRESH_ACCOUNTS } from './batch.sql';
import { BatchQueries } from './batch.queries';
import type { AssembledBatchDto, AssemblyResponse, BatchResponse } from './dto/batch.dto';
import { batchNumber } from './rules/bank-file.rule';
import type { BankFileEncoding } from '../banks/rules/bank-encoding.rule';

/**
 * Lines become batches when the finance officer assembles a month (POST /api/v1/batches), and a
 * batch becomes a bank file when a second finance officer releases it. Both are explicit acts of
 * people, as the bank's own process is: nothing is paid because a timer fired.
 */
@Injectable()
export class BatchesService {
  private readonly logger = new Logger(BatchesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly banks: BanksService,
    private readonly files: BankFiles,
    private readonly queries: BatchQueries,
  ) {}

  async assemble(month: string, actor: Principal): Promise<AssemblyResponse> {
    return this.dataSource.transaction(async (manager) => {
      await lockBatchState(manager);
      // A month's lines are sorted per bank in memory rather than in temporary files; compiling the
      // statement (JIT) costs more than it saves on a set-based pass (as bench/payroll found).
      await manager.query(`SET LOCAL work_mem = '256MB'`);
      await manager.query(`SET LOCAL jit = off`);
      // The month's lines may have arrived minutes ago, before autovacuum analyzed them: on stale
      // statistics the planner picked joins that took 2.5 times as long over a million lines
      // (bench/payments). Sampling the tables costs under a second at that size.
      await manager.query(`ANALYZE approval, approval_chunk, payable_line, batch_line, held_line, payee_account`);
      // Every join of the statement is set against set; the planner cannot count the rows of its
      // own intermediate results (CTEs), and a nested loop it once chose over them scanned the
      // month's candidates once per run of references (200,000 × 973). Its merge joins sorted the
      // month's candidates twice to match them with a few thousand runs: hash joins alone took
      // the statement from 6.2 to 5.6 s at a million lines (bench/payments). Hash joins only.
      await manager.query(`SET LOCAL enable_nestloop = off`);
      await manager.query(`SET LOCAL enable_mergejoin = off`);
      const [row] = await manager.query<Array<{ batches: Array<Omit<AssembledBatchDto, 'batchNo'>>; held: number; unheld: number; approvals: number }>>(ASSEMBLE_MONTH, [month, actor.sub, this.clock.now()]);
      const result: AssemblyResponse = {
        month,
        batches: row.batches.map((b) => ({ ...b, totalFen: Number(b.totalFen), batchNo: batchNumber(b.bankCode, month, b.sequence) })),
        heldLines: row.held,
        releasedFromHold: row.unheld,
        approvalsCompleted: row.approvals,
      };
      await this.audit.record(manager, { actor, action: 'batches.assembled', entityType: 'month', entityId: month, after: result });
      this.logger.log(`assembled ${month}: ${result.batches.length} batch(es), ${result.batches.reduce((n, b) => n + b.lineCount, 0)} lines, ${result.heldLines} held`);
      return result;
    });
  }

  /**
   * The second person releases the batch: each line is paid into the account confirmed and usable
   * now (not at assembly), the file is written with the bank's current layout version and stored
   * with its hash, and it may go to the bank. Lines whose payee lost their account meanwhile are held.
   */
  async release(id: string, actor: Principal): Promise<BatchResponse> {
    return this.dataSource.transaction(async (manager) => {
      await lockBatchStateForRelease(manager);
      await manager.query(`SET LOCAL jit = off`);
      const batch = await manager.findOne(DisbursementBatch, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!batch) throw new ProblemException({ status: 404, code: 'BATCH.NOT_FOUND', detail: `no batch ${id}` });
      if (batch.status !== 'ASSEMBLED') throw new ProblemException({ status: 409, code: 'BATCH.NOT_ASSEMBLED', detail: `the batch is ${batch.status}; a batch is released once` });
      if (batch.assembledBy === actor.sub) throw new ProblemException({ status: 403, code: 'BATCH.SAME_PERSON_RELEASE', detail: 'the person who assembled the batch cannot release it' });
      const now = this.clock.now();
      const releasedOn = this.clock.today();
      const [refresh] = await manager.query<Array<{ repointed: number; removed: number }>>(REFRESH_ACCOUNTS, [id, batch.bankCode, now]);
      const layout = await this.banks.currentLayout(manager, batch.bankCode);
      const file = await this.files.render(manager, batch, layout, releasedOn);
      const before = { ...batch };
      Object.assign(batch, { lineCount: file.lineCount, totalFen: file.totalFen, releasedBy: actor.sub, releasedAt: now });
      if (file.lineCount === 0) batch.status = 'EMPTIED';
      else {
        Object.assign(batch, { status: 'RELEASED', releasedOn, layoutId: layout.id });
        await this.files.store(manager, id, layout.id, file);
      }
      await manager.save(batch);
      await this.audit.record(manager, {
        actor,
        action: 'batch.released',
        entityType: 'batch',
        entityId: id,
        before,
        after: { ...batch, fileName: file.fileName, fileSha256: file.sha256, accountsRepointed: refresh.repointed, linesHeld: refresh.removed },
      });
      return this.queries.view(manager, batch);
    });
  }

  /** The file as released, for the bank; the download is written to the audit log first. */
  async download(id: string, actor: Principal): Promise<{ fileName: string; content: Buffer; delimited: boolean; encoding: BankFileEncoding }> {
    const file = await this.queries.file(id);
    await this.dataSource.transaction((manager) => this.audit.record(manager, { actor, action: 'bank-file.downloaded', entityType: 'batch', entityId: id, after: { fileName: file.fileName } }));
    return file;
  }
}
