import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BankLayout } from '../banks/bank.entity';
import { encodeBankFile } from '../banks/rules/bank-encoding.rule';
import type { DisbursementBatch } from './batch.entity';
import { FILE_LINES } from './batch.sql';
import { BankFileRenderError, batchNumber, renderBankFile, type LineFacts, type RenderedFile } from './rules/bank-file.rule';

export interface StoredFile {
  fileName: string;
  content: Buffer;
  sha256: string;
  lineCount: number;
  totalFen: number;
}

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * A batch's bank file: written once, at release, from the batch's lines and the bank's layout
 * version, and stored with its hash. The same lines and layout version always give the same bytes,
 * so `render` of a released batch proves the stored file is what its data says.
 */
@Injectable()
export class BankFiles {
  async render(manager: EntityManager, batch: DisbursementBatch, layout: BankLayout, releasedOn: string): Promise<StoredFile> {
    const lines = await manager.query<LineFacts[]>(FILE_LINES, [batch.id]);
    let rendered: RenderedFile;
    try {
      rendered = renderBankFile(layout.layout, { bankCode: batch.bankCode, batchNo: batchNumber(batch.bankCode, batch.month, batch.sequence), month: batch.month, releasedOn }, lines);
    } catch (err) {
      if (!(err instanceof BankFileRenderError)) throw err;
      const where = err.seq === null ? err.section : `line ${err.seq} (reference ${lines[err.seq - 1].reference})`;
      throw new ProblemException({
        status: 422,
        code: 'BATCH.FILE_UNWRITABLE',
        detail: `The bank's layout (version ${layout.version}) cannot write ${where}: ${err.message}. Nothing was released.`,
        errors: [{ field: err.seq === null ? err.section : `lines.${err.seq}`, code: 'layout', message: err.message }],
      });
    }
    const content = encodeBankFile(rendered.text, layout.layout.encoding);
    return { fileName: rendered.fileName, content, sha256: sha256(content), lineCount: rendered.lineCount, totalFen: rendered.totalFen };
  }

  async store(manager: EntityManager, batchId: string, layoutId: string, file: StoredFile): Promise<void> {
    await manager.query(`INSERT INTO bank_file (batch_id, layout_id, file_name, content, sha256, line_count, total_fen) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      batchId,
      layoutId,
      file.fileName,
      file.content,
      file.sha256,
      file.lineCount,
      file.totalFen,
    ]);
  }

  async stored(manager: EntityManager, batchId: string): Promise<StoredFile | null> {
    const [row] = await manager.query<Array<{ file_name: string; content: Buffer; sha256: string; line_count: number; total_fen: string }>>(
      `SELECT file_name, content, sha256, line_count, total_fen FROM bank_file WHERE batch_id = $1`,
      [batchId],
    );
    return row ? { fileName: row.file_name, content: row.content, sha256: row.sha256, lineCount: row.line_count, totalFen: Number(row.total_fen) } : null;
  }

  async layoutOf(manager: EntityManager, layoutId: string): Promise<BankLayout> {
    return manager.findOneByOrFail(BankLayout, { id: layoutId });
  }
}
