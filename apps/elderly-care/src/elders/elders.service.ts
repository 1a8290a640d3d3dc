import { UNWATCHED, type JobProgress } from '@app/common/long-jobs/job-progress';
import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { divisionCovers } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ResidenceService } from '../residence/residence.service';
import { Elder } from './elder.entity';
import { parseElderImport, type ImportCandidate, type ImportRefusal } from './rules/elder-import.rule';

/** Rows per INSERT: 5 arrays of this length stay far below PostgreSQL's limits. */
const CHUNK = 5000;

export interface ImportLineResult {
  line: number;
  status: 'ACCEPTED' | 'REFUSED';
  reason?: ImportRefusal;
  /** The line recorded a move away (also for a person imported before). */
  moved?: true;
}

export interface ImportReport {
  importId: string;
  accepted: number;
  refused: number;
  lines: ImportLineResult[];
}

@Injectable()
export class EldersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly residence: ResidenceService,
  ) {}

  /** Bulk import: one transaction, chunked `INSERT ... SELECT FROM unnest(...) ON CONFLICT DO NOTHING`. */
  async import(text: string, format: 'jsonl' | 'csv', actor: Principal, progress: JobProgress = UNWATCHED): Promise<ImportReport> {
    const parsed = parseElderImport(text, format, this.clock.today());
    // An importer records for their own division only (DOMAIN §9); other lines are refused, not the list.
    const candidates = parsed.candidates.filter((c) => divisionCovers(actor.division, c.region));
    const refused = [
      ...parsed.refused,
      ...parsed.candidates.filter((c) => !divisionCovers(actor.division, c.region)).map((c) => ({ line: c.line, reason: 'OUTSIDE_DIVISION' as const })),
    ];
    const importId = randomUUID();
    const lines: ImportLineResult[] = refused.map((r) => ({ line: r.line, status: 'REFUSED', reason: r.reason }));
    progress.setTotal(candidates.length);
    await this.dataSource.transaction(async (manager) => {
      for (let i = 0; i < candidates.length; i += CHUNK) {
        const chunk = candidates.slice(i, i + CHUNK);
        progress.advance(chunk.length);
        const inserted = await insertChunk(manager, chunk);
        for (const c of chunk) {
          if (c.move) {
            // The line's news is the move: recorded for a new and an already registered elder alike.
            await this.residence.apply(manager, { residentId: c.residentId, movedOn: c.move.movedOn, source: c.move.source, receivedAt: this.clock.now() }, actor);
            lines.push({ line: c.line, status: 'ACCEPTED', moved: true });
          } else lines.push(inserted.has(c.residentId) ? { line: c.line, status: 'ACCEPTED' } : { line: c.line, status: 'REFUSED', reason: 'DUPLICATE' });
        }
      }
      const accepted = lines.filter((l) => l.status === 'ACCEPTED').length;
      await this.audit.record(manager, {
        actor,
        action: 'elders.imported',
        entityType: 'elder-import',
        entityId: importId,
        after: { format, accepted, refused: lines.length - accepted },
      });
    });
    lines.sort((a, b) => a.line - b.line);
    const accepted = lines.filter((l) => l.status === 'ACCEPTED').length;
    return { importId, accepted, refused: lines.length - accepted, lines };
  }

  async get(residentId: string): Promise<Elder> {
    const elder = await this.dataSource.getRepository(Elder).findOneBy({ residentId: residentId.toUpperCase() });
    if (!elder) throw new ProblemException({ status: 404, code: 'ELDER.NOT_FOUND', detail: 'no elder with this resident ID' });
    return elder;
  }
}

async function insertChunk(manager: EntityManager, chunk: ImportCandidate[]): Promise<Set<string>> {
  const rows: { resident_id: string }[] = await manager.query(
    `INSERT INTO elder (resident_id, name, region, local, birth_date)
     SELECT * FROM unnest($1::char(18)[], $2::varchar[], $3::varchar[], $4::boolean[], $5::date[])
     ON CONFLICT (resident_id) DO NOTHING
     RETURNING resident_id`,
    [chunk.map((c) => c.residentId), chunk.map((c) => c.name), chunk.map((c) => c.region), chunk.map((c) => c.local), chunk.map((c) => c.birthDate)],
  );
  return new Set(rows.map((r) => r.resident_id));
}
