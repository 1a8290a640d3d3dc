import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/claims';
import type { StatementParams } from '../db/statement-params';
import { pageOf, pageWindow, type Page, type PageQuery } from '../http/page-query.dto';
import { currentCorrelationId } from '../logging/request-context';

/** Who acted: a signed-in user, or the service itself reacting to an event or running a job. */
export type AuditActor = Principal | { system: string };

export interface AuditEntry {
  actor: AuditActor;
  /** What happened, e.g. `death.registered`, `divorce.withdrawn`, `resident-id.unmasked`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Why, where the action needs one (an unmasking, a write-off). */
  reason?: string;
}

export interface AuditRecord {
  id: string;
  occurredAt: Date;
  actor: string;
  actorRoles: string[];
  actorDivision: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  correlationId: string | null;
}

/**
 * Writes audit entries in the caller's transaction, so the entry exists exactly when the change
 * does. Reading is by entity or actor; there is no update or delete, here or in the database.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const actor = 'system' in entry.actor ? { sub: `system:${entry.actor.system}`, roles: [], division: null } : entry.actor;
    await manager.query(
      `INSERT INTO audit_log (actor, actor_roles, actor_division, action, entity_type, entity_id, before, after, reason, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        actor.sub,
        actor.roles,
        actor.division,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
        entry.reason ?? null,
        currentCorrelationId() ?? null,
      ],
    );
  }

  /**
   * Entries of one actor as one part of the caller's own statement (a data-modifying CTE named
   * `audit_rows`), written with the change in the same round trip, atomically (see
   * EventPublisher.outboxPart). With `among` (SQL giving one text column, the change's RETURNING),
   * an entry is written only when its entity id is among the rows the change wrote.
   */
  insertPart(params: StatementParams, actor: AuditActor, entries: Array<Omit<AuditEntry, 'actor'>>, among?: string): string {
    const who = 'system' in actor ? { sub: `system:${actor.system}`, roles: [], division: null } : actor;
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    const rows = [
      `${params.add(entries.map((e) => e.action))}::text[]`,
      `${params.add(entries.map((e) => e.entityType))}::text[]`,
      `${params.add(entries.map((e) => e.entityId))}::text[]`,
      `${params.add(entries.map((e) => json(e.before)))}::jsonb[]`,
      `${params.add(entries.map((e) => json(e.after)))}::jsonb[]`,
      `${params.add(entries.map((e) => e.reason ?? null))}::text[]`,
    ];
    const sub = params.add(who.sub);
    const roles = params.add(who.roles);
    const division = params.add(who.division);
    const correlation = params.add(currentCorrelationId() ?? null);
    return `audit_rows AS (
      INSERT INTO audit_log (actor, actor_roles, actor_division, action, entity_type, entity_id, before, after, reason, correlation_id)
      SELECT ${sub}::text, ${roles}::text[], ${division}::text, a.action, a.entity_type, a.entity_id, a.before, a.after, a.reason, ${correlation}::text
      FROM unnest(${rows.join(', ')}) AS a(action, entity_type, entity_id, before, after, reason)${among ? ` WHERE a.entity_id IN (${among})` : ''})`;
  }

  /** The entries matching the filters, the latest first, a page at a time, and how many match. */
  async find(filter: { entityType?: string; entityId?: string; actor?: string } & Partial<Pick<PageQuery, 'page' | 'pageSize'>>): Promise<Page<AuditRecord>> {
    const { offset, limit } = pageWindow(filter);
    const where = `WHERE ($1::text IS NULL OR entity_type = $1) AND ($2::text IS NULL OR entity_id = $2) AND ($3::text IS NULL OR actor = $3)`;
    const params = [filter.entityType ?? null, filter.entityId ?? null, filter.actor ?? null];
    const [rows, [{ total }]]: [Array<Record<string, unknown>>, Array<{ total: number }>] = await Promise.all([
      this.dataSource.query(
        `SELECT id::text, occurred_at, actor, actor_roles, actor_division, action, entity_type, entity_id, before, after, reason, correlation_id
         FROM audit_log ${where} ORDER BY occurred_at DESC, id DESC OFFSET $4 LIMIT $5`,
        [...params, offset, limit],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM audit_log ${where}`, params),
    ]);
    return pageOf(rows.map(toAuditRecord), total, filter);
  }
}

function toAuditRecord(r: Record<string, unknown>): AuditRecord {
  return {
    id: r.id as string,
    occurredAt: r.occurred_at as Date,
    actor: r.actor as string,
    actorRoles: r.actor_roles as string[],
    actorDivision: r.actor_division as string | null,
    action: r.action as string,
    entityType: r.entity_type as string,
    entityId: r.entity_id as string,
    before: r.before,
    after: r.after,
    reason: r.reason as string | null,
    correlationId: r.correlation_id as string | null,
  };
}
