import { AuditService, type AuditActor } from '@app/common/audit/audit.service';
import { StatementParams } from '@app/common/db/statement-params';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import type { PolicyPeriods } from '@app/common/policy/policy-periods';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import type { DeathsMatchedV1 } from '@app/contracts';
import { EventPublisher, type PendingEvent } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { CivilRegistrationPolicies } from '../policy-catalogue';
import { DeathRecord } from './death-record.entity';
import type { DeathResponse, RegisterDeathDto } from './dto/register-death.dto';
import { RefusedReports, type NewRefusedReport } from './refused-reports';
import { checkDeathReport, compareWithRecorded, type DeathRefusal, type Disposal } from './rules/death-report.rule';

export const BURIAL_EXEMPT_KEY = 'civil-registration.burial-exempt-ethnicities';

export type RegisterDeathResult = { created: boolean; death: DeathResponse };

type DeathSource = RegisterDeathDto['source'];
type NewDeathRecord = Omit<DeathRecord, 'id' | 'source'> & { source: DeathSource };
type InsertedDeath = DeathRecord & { source: DeathSource };

/** A death as reported, by a clerk or on a line of another department's file. */
export interface DeathReport {
  residentId: string;
  name: string;
  ethnicity: string;
  dateOfDeath: string;
  placeOfDeath: string;
  disposal: Disposal;
  source: DeathSource;
  divisionCode: string;
  recordedBy: string;
  /** The file line a matched death came from: its conflict or refusal is kept once. */
  matchId?: string;
  /** The report as received, kept beside a conflict for the reviewer. */
  received: unknown;
}

/** A report that passed the checks: the row to insert and what a conflict would keep. */
type CheckedDeath = NewDeathRecord & { matchId: string | null; received: unknown };

/** What became of one checked report; a conflict already kept from an earlier delivery has no new id. */
export type DeathOutcome = { kind: 'CREATED' | 'SAME'; death: DeathRecord } | { kind: 'CONFLICT'; death: DeathRecord; conflictId: string | null };

export interface MatchedDeathsApplied {
  created: number;
  same: number;
  conflicts: number;
  refused: number;
}

export function toDeathResponse(d: DeathRecord): DeathResponse {
  return {
    id: d.id,
    residentId: d.residentId,
    name: d.name,
    sex: d.sex,
    ethnicity: d.ethnicity,
    dateOfDeath: d.dateOfDeath,
    placeOfDeath: d.placeOfDeath,
    disposal: d.disposal,
    source: d.source,
    divisionCode: d.divisionCode,
    receivedAt: d.receivedAt.toISOString(),
  };
}

/** The event the whole platform reacts to. */
function deathRegistered(death: InsertedDeath): PendingEvent<'civil-registration.death.registered.v1'> {
  return {
    type: 'civil-registration.death.registered.v1',
    data: {
      deathId: death.id,
      residentId: death.residentId,
      name: death.name,
      sex: death.sex,
      ethnicity: death.ethnicity,
      dateOfDeath: death.dateOfDeath,
      placeOfDeath: death.placeOfDeath,
      disposal: death.disposal,
      source: death.source,
      receivedAt: death.receivedAt.toISOString(),
      divisionCode: death.divisionCode,
    },
  };
}

function refusalProblem(refusal: DeathRefusal): ProblemException {
  return new ProblemException({ status: refusal.status, code: refusal.code, detail: refusal.detail, errors: [{ field: refusal.field, code: refusal.code, message: refusal.detail }] });
}

/**
 * Death registration, one core for every way a death arrives: the same checks, a record once per
 * person, the event the platform reacts to, and a report contradicting the record kept for review.
 * A clerk's report is one death in a transaction of its own; a chunk of a department's file is
 * many in the consumer's transaction, set-based.
 */
@Injectable()
export class DeathsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly policy: PolicyService<CivilRegistrationPolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly refusedReports: RefusedReports,
  ) {}

  /**
   * Records a death once per person. The same death again returns the record (created: false,
   * no event); a different date is kept for review and answered 409. Concurrent identical
   * reports meet at the unique resident_id: one insert wins, the others read its row.
   *
   * No BEGIN/COMMIT around it: the record, its event and its audit entry are one statement, a
   * transaction of its own (one round trip instead of five). A report that finds the person's
   * death recorded reads that record and keeps a conflict in statements of their own; a
   * recorded death is never removed, so nothing can change between them.
   */
  async register(dto: RegisterDeathDto, principal: Principal): Promise<RegisterDeathResult> {
    const exempt = await this.policy.periods(BURIAL_EXEMPT_KEY);
    const checked = this.check({ ...dto, divisionCode: principal.division, recordedBy: principal.sub, received: dto }, exempt);
    if ('refusal' in checked) throw refusalProblem(checked.refusal);
    const [outcome] = await this.recordChecked(this.dataSource.manager, [checked.death], principal);
    if (outcome.kind === 'CONFLICT') {
      throw new ProblemException({
        status: 409,
        code: 'DEATH.CONFLICTING_DATE',
        detail: `A death is already recorded for this person on ${outcome.death.dateOfDeath}; the report was kept for review (${outcome.conflictId}).`,
      });
    }
    return { created: outcome.kind === 'CREATED', death: toDeathResponse(outcome.death) };
  }

  /**
   * Deaths matched in a public security file (户籍注销), recorded as reported deaths with source
   * PUBLIC_SECURITY in the consumer's transaction. A line failing the checks is kept as a refused
   * report and the others go on; a conflicting date is kept for review without failing the chunk.
   */
  async recordMatched(manager: EntityManager, chunk: DeathsMatchedV1): Promise<MatchedDeathsApplied> {
    const actor = { system: `data-exchange:${chunk.importId}` };
    const exempt = await this.policy.periods(BURIAL_EXEMPT_KEY, manager);
    const accepted: CheckedDeath[] = [];
    const refused: NewRefusedReport[] = [];
    for (const line of chunk.deaths) {
      const received = { ...line, importId: chunk.importId, department: chunk.department, dataSet: chunk.dataSet, asOf: chunk.asOf };
      const checked = this.check({ ...line, source: 'PUBLIC_SECURITY', recordedBy: actor.system, received }, exempt);
      if ('death' in checked) accepted.push(checked.death);
      else refused.push({ ...line, importId: chunk.importId, refusal: checked.refusal, report: received, receivedAt: this.clock.now(), recordedBy: actor.system });
    }
    await this.refusedReports.keep(manager, refused);
    const outcomes = await this.recordChecked(manager, accepted, actor);
    const count = (kind: DeathOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
    return { created: count('CREATED'), same: count('SAME'), conflicts: count('CONFLICT'), refused: refused.length };
  }

  /** The row to insert, or why the report cannot be recorded (rules/death-report.rule). */
  private check(report: DeathReport, exempt: PolicyPeriods<string[]>): { death: CheckedDeath } | { refusal: DeathRefusal } {
    const ethnicity = report.ethnicity.toUpperCase();
    const checked = checkDeathReport({ ...report, ethnicity }, this.clock.today(), (dateOfDeath) => exempt.require(dateOfDeath));
    if (!checked.ok) return { refusal: checked.refusal };
    const residentId = checked.resident.id;
    return {
      death: {
        residentId,
        name: report.name.trim(),
        sex: checked.resident.sex,
        ethnicity,
        dateOfDeath: report.dateOfDeath,
        placeOfDeath: report.placeOfDeath.trim(),
        disposal: report.disposal,
        source: report.source,
        divisionCode: report.divisionCode,
        receivedAt: this.clock.now(),
        recordedBy: report.recordedBy,
        matchId: report.matchId ?? null,
        received: { ...(report.received as object), residentId },
      },
    };
  }

  /**
   * Records each person's first report of the batch if no death of theirs is recorded yet and
   * announces it; every other report is compared with the record: the same death changes nothing,
   * another date is kept as a conflict. Outcomes in the order of `deaths`.
   */
  private async recordChecked(manager: EntityManager, deaths: CheckedDeath[], actor: AuditActor): Promise<DeathOutcome[]> {
    if (deaths.length === 0) return [];
    const firstOfPerson = new Map<string, CheckedDeath>();
    for (const death of deaths) if (!firstOfPerson.has(death.residentId)) firstOfPerson.set(death.residentId, death);
    const inserted = await this.insertOnce(manager, [...firstOfPerson.values()], actor);

    const repeats = deaths.filter((d) => !(inserted.has(d.residentId) && firstOfPerson.get(d.residentId) === d));
    const recorded = new Map<string, DeathRecord>();
    if (repeats.length > 0) {
      const rows = await manager.findBy(DeathRecord, { residentId: In([...new Set(repeats.map((d) => d.residentId))]) });
      for (const row of rows) recorded.set(row.residentId, row);
    }
    const conflicting = repeats.filter((d) => compareWithRecorded(recorded.get(d.residentId)!.dateOfDeath, d.dateOfDeath) === 'CONFLICTING_DATE');
    const conflictIds = await this.keepConflictingReports(manager, conflicting, recorded);

    return deaths.map((death): DeathOutcome => {
      const created = inserted.get(death.residentId);
      if (created && firstOfPerson.get(death.residentId) === death) return { kind: 'CREATED', death: created };
      const existing = recorded.get(death.residentId)!;
      if (!conflicting.includes(death)) return { kind: 'SAME', death: existing };
      return { kind: 'CONFLICT', death: existing, conflictId: conflictIds.get(death) ?? null };
    });
  }

  /**
   * One statement for the whole batch: the records, their events (the whole platform reacts to
   * them) and their audit entries, the last two only for the records the statement inserted. A
   * person whose death is recorded (or being recorded by a concurrent transaction, which is waited
   * for) is left out. Sorted by resident ID, so two batches sharing people lock them in the same
   * order and cannot deadlock. The ids are made here, so the event and the audit entry can be
   * written before the database has answered.
   */
  private async insertOnce(manager: EntityManager, deaths: CheckedDeath[], actor: AuditActor): Promise<Map<string, InsertedDeath>> {
    const sorted = [...deaths].sort((a, b) => (a.residentId < b.residentId ? -1 : a.residentId > b.residentId ? 1 : 0));
    const records: InsertedDeath[] = sorted.map(({ matchId: _matchId, received: _received, ...record }) => ({
      ...manager.create(DeathRecord, { id: randomUUID(), ...record }),
      source: record.source,
    }));
    const ids = records.map((d) => d.id);
    const params = new StatementParams();
    const column = <K extends keyof InsertedDeath>(key: K, type: string) => `${params.add(records.map((d) => d[key]))}::${type}[]`;
    const values = [
      `${params.add(ids)}::uuid[]`,
      column('residentId', 'varchar'),
      column('name', 'text'),
      column('sex', 'char'),
      column('ethnicity', 'varchar'),
      column('dateOfDeath', 'date'),
      column('placeOfDeath', 'text'),
      column('disposal', 'varchar'),
      column('source', 'varchar'),
      column('divisionCode', 'varchar'),
      `${params.add(records.map((d) => d.receivedAt.toISOString()))}::timestamptz[]`,
      column('recordedBy', 'text'),
    ];
    const events = this.publisher.envelopes(records.map(deathRegistered));
    const entries = records.map((death) => ({ action: 'death.registered', entityType: 'death', entityId: death.id, after: toDeathResponse(death) }));
    const rows: Array<{ id: string }> = await manager.query(
      `WITH inserted AS (
         INSERT INTO death_record (id, resident_id, name, sex, ethnicity, date_of_death, place_of_death, disposal, source, division_code, received_at, recorded_by)
         SELECT * FROM unnest(${values.join(', ')})
         ON CONFLICT (resident_id) DO NOTHING
         RETURNING id::text AS id),
       ${this.publisher.outboxPart(params, events, { keys: ids, among: 'SELECT id FROM inserted' })},
       ${this.audit.insertPart(params, actor, entries, 'SELECT id FROM inserted')}
       SELECT id FROM inserted`,
      params.values,
    );
    // The rows hold exactly what was inserted: no need to read them back.
    const inserted = new Set(rows.map((row) => row.id));
    return new Map(records.filter((d) => inserted.has(d.id)).map((d) => [d.residentId, d]));
  }

  /** Kept in one statement; a file line already kept (its match id) is not kept again and gets no id. */
  private async keepConflictingReports(manager: EntityManager, reports: CheckedDeath[], recorded: Map<string, DeathRecord>): Promise<Map<CheckedDeath, string>> {
    if (reports.length === 0) return new Map();
    const ids = reports.map(() => randomUUID());
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO death_report_conflict (id, death_id, resident_id, reported_date_of_death, report, received_at, reported_by, match_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::date[], $5::jsonb[], $6::timestamptz[], $7::text[], $8::uuid[])
       ON CONFLICT (match_id) WHERE match_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        ids,
        reports.map((d) => recorded.get(d.residentId)!.id),
        reports.map((d) => d.residentId),
        reports.map((d) => d.dateOfDeath),
        reports.map((d) => JSON.stringify(d.received)),
        reports.map((d) => d.receivedAt.toISOString()),
        reports.map((d) => d.recordedBy),
        reports.map((d) => d.matchId),
      ],
    );
    const kept = new Set(rows.map((r) => r.id));
    return new Map(reports.flatMap((report, i) => (kept.has(ids[i]) ? [[report, ids[i]] as const] : [])));
  }

  async get(id: string): Promise<DeathResponse> {
    const death = await this.dataSource.manager.findOneBy(DeathRecord, { id });
    if (!death) throw new ProblemException({ status: 404, code: 'DEATH.NOT_FOUND', detail: 'No death with this id.' });
    return toDeathResponse(death);
  }

  async findByResident(residentId: string): Promise<DeathResponse[]> {
    const deaths = await this.dataSource.manager.findBy(DeathRecord, { residentId });
    return deaths.map(toDeathResponse);
  }
}
