import { createHash } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { spoolUpload, type SpooledUpload } from '@app/common/long-jobs/spooled-upload';
import { InvalidEncodingError, type Charset } from '@app/common/text/charsets';
import { LineBlockCutter, type LineBlock } from '@app/common/text/line-blocks';
import { TooLargeError, TruncatedError } from '@app/common/text/lines';
import { Clock } from '@app/common/time/clock';
import type { DataSet, Department } from '@app/contracts';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { ImportRefusalDto, ImportReportDto, ImportSummaryDto, MatchedRecordDto } from './dto/import.dto';
import { coveredResidentIds, matchStagedLines } from './matching';
import { publishRaised } from './raised-events';
import type { BlockVerdicts } from './line-checks/block-check';
import { LineCheckPool } from './line-checks/line-check-pool';
import type { FileFormat } from './rules/file-lines.rule';
import { createStagingTable, StagingWriter, storeStagedRefusals } from './staging';

/**
 * A province's file (tens of millions of lines of ~90 bytes) fits; beyond is not a department's
 * file. Memory does not grow with the file: lines are read as they arrive and only those about
 * covered people are kept, in PostgreSQL.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024 * 1024;
/** Bytes per block of lines checked apart: about 11,000 lines of a public security file. */
const BLOCK_BYTES = 1024 * 1024;
/** Refused lines answered with the report; the rest are read page by page. */
const REFUSALS_IN_REPORT = 100;

export interface ImportRequest {
  department: Department;
  dataSet: DataSet;
  asOf: string;
  /** The number of records the department says the file holds (lines, without header and blank lines). */
  records: number;
  format: FileFormat;
  charset: Charset;
}

interface StagedFile {
  records: number;
  refused: number;
  sha256: string;
  bytes: number;
}

interface ImportRow {
  id: string;
  department: string;
  data_set: string;
  as_of: string;
  format: string;
  charset: string;
  sha256: string;
  bytes: string;
  records: number;
  accepted: number;
  refused: number;
  matched: number;
  already_known: number;
  imported_by: string;
  imported_at: Date;
}

/** The import's columns, the date as text (a date column would come back as a Date at local midnight). */
const IMPORT_COLUMNS = `id, department, data_set, to_char(as_of, 'YYYY-MM-DD') AS as_of, format, charset, sha256, bytes, records, accepted, refused, matched, already_known, imported_by, imported_at`;

/** Counts bytes and hashes them on the way through (the file's identity, for "the same file twice"); refuses the absurd. */
async function* fingerprinted(body: AsyncIterable<Buffer>, into: { hash: ReturnType<typeof createHash>; bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of body) {
    into.hash.update(chunk);
    into.bytes += chunk.length;
    if (into.bytes > MAX_IMPORT_BYTES) throw new TooLargeError(MAX_IMPORT_BYTES);
    yield chunk;
  }
}

const fileProblem = (status: number, code: string, detail: string, field: string | null = null) =>
  new ProblemException({ status, code: `IMPORT.${code}`, detail: `${detail}; nothing of the file was applied`, ...(field ? { errors: [{ field, code, message: detail }] } : {}) });

/**
 * A department's file, streamed: each line checked on its own (refused lines are listed, the rest
 * applied), staged with COPY, matched against the covered people in one statement, and the facts
 * it raises published, all in one transaction. A file refused as a whole (wrong header, wrong
 * encoding, cut off, a record count that does not add up) leaves nothing behind. The same file
 * twice answers the first import and changes nothing.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly checkPool: LineCheckPool,
  ) {}

  /** What refuses a file before any line of it is read, so a job is never started for it. */
  refuseBeforeReading(request: ImportRequest): string {
    const today = this.clock.today();
    if (request.asOf > today) throw fileProblem(422, 'AS_OF_IN_FUTURE', `asOf ${request.asOf} is after today (${today})`, 'asOf');
    return today;
  }

  /** The upload kept on disk for a job (`Prefer: respond-async`); too large a body is refused as when read directly. */
  async spool(body: NodeJS.ReadableStream): Promise<SpooledUpload> {
    try {
      return await spoolUpload(body, MAX_IMPORT_BYTES, 'data-exchange');
    } catch (err) {
      throw this.asFileProblem(err, 'UTF-8');
    }
  }

  async import(body: AsyncIterable<Buffer>, request: ImportRequest, actor: Principal): Promise<ImportReportDto> {
    const today = this.refuseBeforeReading(request);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const report = await this.importInTransaction(runner, body, request, actor, today);
      await runner.commitTransaction();
      return report;
    } catch (err) {
      await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
  }

  private async importInTransaction(runner: QueryRunner, body: AsyncIterable<Buffer>, request: ImportRequest, actor: Principal, today: string): Promise<ImportReportDto> {
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    const { records, refused, sha256, bytes } = await this.stageFile(client, body, request, today);
    if (records !== request.records) {
      throw fileProblem(422, 'RECORD_COUNT_MISMATCH', `the file holds ${records} records, the department declared ${request.records} (a file cut off at a line break?)`, 'records');
    }
    const earlier = await runner.manager.query<Array<{ id: string }>>(`SELECT id FROM department_import WHERE data_set = $1 AND sha256 = $2`, [request.dataSet, sha256]);
    if (earlier.length > 0) return { ...(await this.report(runner.manager, earlier[0].id)), duplicate: true };

    const importId = randomUUID();
    await runner.manager.query(
      `INSERT INTO department_import (id, department, data_set, as_of, format, charset, sha256, bytes, records, accepted, refused, matched, already_known, imported_by, imported_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, 0, $12, $13)`,
      [importId, request.department, request.dataSet, request.asOf, request.format, request.charset, sha256, bytes, records, records - refused, refused, actor.sub, this.clock.now()],
    );
    await storeStagedRefusals(client, importId);
    const counts = await matchStagedLines(client, importId);
    await runner.manager.query(`UPDATE department_import SET matched = $2, already_known = $3 WHERE id = $1`, [importId, counts.raised, counts.matched - counts.raised]);
    const events = await publishRaised(runner.manager, this.publisher, { importId, department: request.department, dataSet: request.dataSet, asOf: request.asOf, divisionCode: actor.division });
    await this.audit.record(runner.manager, {
      actor,
      action: 'data-exchange.imported',
      entityType: 'department-import',
      entityId: importId,
      after: { department: request.department, dataSet: request.dataSet, asOf: request.asOf, sha256, records, refused, matched: counts.matched, raised: counts.raised, events },
    });
    return { ...(await this.report(runner.manager, importId)), duplicate: false };
  }

  /**
   * Reads the file into the staging table: every line checked (blocks of whole lines, spread over
   * the checking threads), refused lines and lines about people the register has covered staged
   * (COPY). Throws the file's problem when it is refused as a whole.
   */
  private async stageFile(client: PoolClient, body: AsyncIterable<Buffer>, request: ImportRequest, today: string): Promise<StagedFile> {
    const fingerprint = { hash: createHash('sha256'), bytes: 0 };
    await createStagingTable(client);
    const covered = await coveredResidentIds(client);
    const staging = new StagingWriter(client);
    const checks = this.checkPool.open({ format: request.format, dataSet: request.dataSet, charset: request.charset, today, asOf: request.asOf, headerLine: null, covered });
    const counts = { records: 0, refused: 0, header: false };
    // Blocks in flight, answered in order: their rows are staged while the next are checked.
    const inFlight: Array<Promise<BlockVerdicts>> = [];
    const stageNext = async (): Promise<void> => {
      const verdicts = await inFlight.shift()!;
      if (verdicts.fileRefusal) throw fileProblem(422, verdicts.fileRefusal.code, verdicts.fileRefusal.detail, verdicts.fileRefusal.field);
      counts.records += verdicts.records;
      counts.refused += verdicts.refused;
      counts.header ||= verdicts.headerLine !== null;
      await staging.write(verdicts.rows);
    };
    const send = async (block: LineBlock | null): Promise<void> => {
      if (!block) return;
      const verdicts = checks.check(block);
      verdicts.catch(() => undefined); // awaited in turn below; a failure must not go unhandled meanwhile
      inFlight.push(verdicts);
      while (inFlight.length > 2 * checks.parallelism) await stageNext();
    };
    try {
      const cutter = new LineBlockCutter(BLOCK_BYTES);
      for await (const chunk of fingerprinted(body, fingerprint)) await send(cutter.push(chunk));
      const { block, bytesAfterLastLine } = cutter.end();
      await send(block);
      while (inFlight.length > 0) await stageNext();
      if (bytesAfterLastLine > 0) throw new TruncatedError();
      if (request.format === 'csv' && !counts.header) throw fileProblem(422, 'MISSING_HEADER', 'the file is empty: a CSV file starts with its header line');
      await staging.finish();
    } catch (err) {
      staging.abort();
      throw this.asFileProblem(err, request.charset);
    } finally {
      checks.close();
    }
    return { records: counts.records, refused: counts.refused, sha256: fingerprint.hash.digest('hex'), bytes: fingerprint.bytes };
  }

  private asFileProblem(err: unknown, charset: Charset): unknown {
    if (err instanceof InvalidEncodingError) {
      return fileProblem(422, 'ENCODING', `the file is not valid ${charset}${charset === 'UTF-8' ? ' (a GBK file is sent with Content-Type …; charset=GBK)' : ''}`, 'charset');
    }
    if (err instanceof TruncatedError) return fileProblem(422, 'TRUNCATED', 'the last line has no line break: the file was cut off');
    if (err instanceof TooLargeError) return fileProblem(413, 'TOO_LARGE', `at most ${MAX_IMPORT_BYTES} bytes per file`);
    return err;
  }

  async get(importId: string): Promise<ImportReportDto> {
    return { ...(await this.report(this.dataSource.manager, importId)), duplicate: false };
  }

  async list(query: PageQuery): Promise<Page<ImportSummaryDto>> {
    const { limit, offset } = pageWindow(query);
    const rows = await this.dataSource.query<ImportRow[]>(`SELECT ${IMPORT_COLUMNS} FROM department_import ORDER BY imported_at DESC, id LIMIT $1 OFFSET $2`, [limit, offset]);
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM department_import`);
    return pageOf(rows.map(toSummary), total, query);
  }

  async refusals(importId: string, query: PageQuery): Promise<Page<ImportRefusalDto>> {
    await this.report(this.dataSource.manager, importId);
    const { limit, offset } = pageWindow(query);
    const items = await this.dataSource.query<ImportRefusalDto[]>(
      `SELECT line_no AS line, field, code, message FROM import_refusal WHERE import_id = $1 ORDER BY line_no LIMIT $2 OFFSET $3`,
      [importId, limit, offset],
    );
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM import_refusal WHERE import_id = $1`, [importId]);
    return pageOf(items, total, query);
  }

  /** The records of the import that matched a covered person and were raised, in line order. */
  async matches(importId: string, query: PageQuery): Promise<Page<MatchedRecordDto>> {
    await this.report(this.dataSource.manager, importId);
    const { limit, offset } = pageWindow(query);
    const rows = await this.dataSource.query<Array<Omit<MatchedRecordDto, 'amountFen'> & { amountFen: string | null }>>(
      `SELECT id, line_no AS line, kind, resident_id AS "residentId", name, to_char(event_date, 'YYYY-MM-DD') AS "eventDate", amount_fen AS "amountFen", reference,
              coalesce(details->>'summary', details->>'destination', details->>'placeOfDeath') AS summary
       FROM matched_record WHERE import_id = $1 ORDER BY line_no LIMIT $2 OFFSET $3`,
      [importId, limit, offset],
    );
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM matched_record WHERE import_id = $1`, [importId]);
    return pageOf(rows.map((r) => ({ ...r, amountFen: r.amountFen === null ? null : Number(r.amountFen) })), total, query);
  }

  private async report(manager: EntityManager, importId: string): Promise<Omit<ImportReportDto, 'duplicate'>> {
    const [row] = await manager.query<ImportRow[]>(`SELECT ${IMPORT_COLUMNS} FROM department_import WHERE id = $1`, [importId]);
    if (!row) throw new ProblemException({ status: 404, code: 'IMPORT.NOT_FOUND', detail: `no import ${importId}` });
    const refusals = await manager.query<ImportRefusalDto[]>(`SELECT line_no AS line, field, code, message FROM import_refusal WHERE import_id = $1 ORDER BY line_no LIMIT $2`, [
      importId,
      REFUSALS_IN_REPORT,
    ]);
    return { ...toSummary(row), refusals };
  }
}

function toSummary(row: ImportRow): ImportSummaryDto {
  return {
    id: row.id,
    department: row.department as Department,
    dataSet: row.data_set as DataSet,
    asOf: row.as_of,
    format: row.format as FileFormat,
    charset: row.charset as Charset,
    sha256: row.sha256,
    bytes: Number(row.bytes),
    records: row.records,
    accepted: row.accepted,
    refused: row.refused,
    matched: row.matched,
    alreadyKnown: row.already_known,
    importedBy: row.imported_by,
    importedAt: row.imported_at.toISOString(),
  };
}
