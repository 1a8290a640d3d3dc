import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BanksService } from '../banks/banks.service';
import { decodeBankFile } from '../banks/rules/bank-encoding.rule';
import { sha256 } from '../batches/bank-files';
import { lockBatchState } from '../batches/batch-lock';
import { parseReference } from '../batches/rules/bank-file.rule';
import { parseReturnFile, type ParsedReturnFile } from '../returns/rules/return-file.rule';
import { SENT_RECOVERIES } from './recovery-batches.sql';
import { settledEvents, settleRecoveryLines, type SentRecovery } from './rules/recovery-return.rule';

export interface RecoveryReturnReport {
  returnFileId: string;
  sha256: string;
  recovered: number;
  failed: number;
  alreadyAnswered: number;
}

/**
 * The bank's return file for recovery debits, read with the bank's return layout (the one its
 * payment returns use): refused whole if it does not read or quotes a line we did not send, else
 * each line RECOVERED or FAILED and the owning programmes told through the outbox, in one
 * transaction. A line already answered is not answered again.
 */
@Injectable()
export class RecoveryReturnsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly publisher: EventPublisher,
    private readonly banks: BanksService,
  ) {}

  async receive(bankCode: string, content: Buffer, actor: Principal): Promise<RecoveryReturnReport> {
    const parsed = await this.parse(bankCode, content);
    const hash = sha256(content);
    return this.dataSource.transaction(async (manager) => {
      await lockBatchState(manager);
      const references = parsed.lines.map((l) => parseReference(l.reference)).filter((r): r is string => r !== null);
      const rows = await manager.query<SentRecovery[]>(SENT_RECOVERIES, [bankCode, references]);
      const { problems, settled } = settleRecoveryLines(parsed.lines, new Map(rows.map((r) => [r.reference, r])));
      if (problems.length > 0) {
        throw new ProblemException({
          status: 422,
          code: 'RECOVERY_RETURN.INVALID',
          detail: `The return file was refused whole: ${problems[0].message} (line ${problems[0].line}). Nothing was applied.`,
          errors: problems.map((p) => ({ field: `lines.${p.line}.${p.field}`, code: p.field, message: p.message })),
        });
      }
      for (const s of settled) {
        await manager.query(`UPDATE recovery_line SET outcome = $2, reason = $3, bank_message = $4, return_sha256 = $5 WHERE reference = $1`, [s.sent.reference, s.outcome, s.reason, s.message, hash]);
      }
      const returnFileId = randomUUID();
      for (const event of settledEvents(settled, { returnFileId, settledOn: parsed.valueDate ?? this.clock.today() })) {
        await this.publisher.publish(manager, 'payments.recovery.settled.v1', event);
      }
      const report = { returnFileId, sha256: hash, recovered: settled.filter((s) => s.outcome === 'RECOVERED').length, failed: settled.filter((s) => s.outcome === 'FAILED').length, alreadyAnswered: parsed.lines.length - settled.length };
      await this.audit.record(manager, { actor, action: 'recovery-return.applied', entityType: 'recovery-return', entityId: returnFileId, after: { bankCode, ...report } });
      return report;
    });
  }

  private async parse(bankCode: string, content: Buffer): Promise<ParsedReturnFile> {
    const layout = await this.banks.currentLayout(this.dataSource.manager, bankCode);
    const text = decodeBankFile(content, layout.layout.encoding);
    if (text === null) {
      throw new ProblemException({ status: 422, code: 'RECOVERY_RETURN.INVALID', detail: `The file is not ${layout.layout.encoding} text; nothing was applied.`, errors: [{ field: 'file', code: 'encoding', message: `not ${layout.layout.encoding}` }] });
    }
    const parsed = parseReturnFile(text, layout.returnLayout, layout.layout.encoding);
    if (!parsed.ok) {
      throw new ProblemException({
        status: 422,
        code: 'RECOVERY_RETURN.INVALID',
        detail: `The return file was refused whole: ${parsed.errors[0].message} (line ${parsed.errors[0].line}). Nothing was applied.`,
        errors: parsed.errors.map((e) => ({ field: `lines.${e.line}.${e.field}`, code: e.code, message: e.message })),
      });
    }
    return parsed.file;
  }
}
