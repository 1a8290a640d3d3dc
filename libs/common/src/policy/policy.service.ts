import { Injectable, Optional } from '@nestjs/common';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { DataSource, type EntityManager } from 'typeorm';
import { envInt } from '../config/env';
import { ProblemException } from '../http/problem';
import type { YearMonth } from '../time/year-month';
import { PolicyParameter } from './policy-parameter.entity';
import { periodProblem, periodsOverlap, valueForMonth, valueInForce, type PolicyRow } from './value-in-force';

export interface StoredPolicyRow<T = unknown> extends PolicyRow<T> {
  id: string;
  note: string | null;
  createdAt: Date;
}

export interface NewPolicyRow<T = unknown> {
  key: string;
  value: T;
  effectiveFrom: string;
  effectiveTo?: string | null;
  note?: string | null;
}

const MAX_KEY_LENGTH = 120;

function toRow<T>(entity: PolicyParameter): StoredPolicyRow<T> {
  return {
    id: entity.id,
    key: entity.key,
    value: entity.value as T,
    effectiveFrom: entity.effectiveFrom,
    effectiveTo: entity.effectiveTo,
    note: entity.note,
    createdAt: entity.createdAt,
  };
}

function invalid(code: string, detail: string): ProblemException {
  return new ProblemException({ status: 400, code, detail });
}

/**
 * Policy parameters of this service's database. A job that needs one figure for thousands of
 * cases reads `rows(key)` once and applies the pure valueForMonth to them.
 *
 * Lookups outside a transaction are cached for POLICY_CACHE_MS (default 5 s; 0 turns it off):
 * every request and event used to read the same few rows, one round trip each. A change made
 * through this process clears its key at once; another replica sees it within the TTL, which is
 * harmless because figures are added ahead of their effective date.
 */
@Injectable()
export class PolicyService {
  private readonly cache = new Map<string, { expires: number; rows: Promise<StoredPolicyRow[]> }>();
  private readonly cacheMs = envInt('POLICY_CACHE_MS', 5_000);

  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly audit?: AuditService,
  ) {}

  /**
   * All periods of a key, oldest first. Figures are not part of the caller's state, so the
   * cached rows serve a transaction as well. On a miss inside a transaction the rows are read
   * through the caller's own connection: with every pooled connection held by a transaction
   * waiting for a policy, a read on a connection of its own would wait for ever (a pool deadlock).
   */
  async rows<T = unknown>(key: string, manager?: EntityManager): Promise<StoredPolicyRow<T>[]> {
    if (this.cacheMs <= 0) return this.read<T>(key, manager ?? this.dataSource.manager);
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.expires > now) return (await hit.rows) as StoredPolicyRow<T>[];
    if (manager?.queryRunner?.isTransactionActive) {
      // Not shared while in flight: another caller must not fail with this caller's transaction.
      const rows = await this.read<T>(key, manager);
      this.cache.set(key, { expires: now + this.cacheMs, rows: Promise.resolve(rows) });
      return rows;
    }
    const rows = this.read(key, this.dataSource.manager);
    this.cache.set(key, { expires: now + this.cacheMs, rows });
    // A failed read must not be remembered.
    rows.catch(() => this.cache.get(key)?.rows === rows && this.cache.delete(key));
    return (await rows) as StoredPolicyRow<T>[];
  }

  private async read<T>(key: string, manager: EntityManager): Promise<StoredPolicyRow<T>[]> {
    const entities = await manager.find(PolicyParameter, { where: { key }, order: { effectiveFrom: 'ASC' } });
    return entities.map((entity) => toRow<T>(entity));
  }

  /** Throws PolicyNotFoundError / PolicyOverlapError like the pure valueInForce. */
  async valueInForce<T>(key: string, onDate: string): Promise<T> {
    return valueInForce<T>(await this.rows(key), key, onDate);
  }

  async valueForMonth<T>(key: string, month: YearMonth): Promise<T> {
    return valueForMonth<T>(await this.rows(key), key, month);
  }

  /**
   * Adds a period for a key. Refuses (409 POLICY.OVERLAP) a period that shares a day with an
   * existing one: two figures in force on the same day would make every computation ambiguous.
   */
  async add<T>(row: NewPolicyRow<T>, actor?: AuditActor): Promise<StoredPolicyRow<T>> {
    const effectiveTo = row.effectiveTo ?? null;
    if (typeof row.key !== 'string' || row.key.length === 0 || row.key.length > MAX_KEY_LENGTH) {
      throw invalid('POLICY.INVALID_KEY', `key must be 1-${MAX_KEY_LENGTH} characters`);
    }
    if (row.value === undefined) throw invalid('POLICY.INVALID_VALUE', 'value is required');
    const problem = periodProblem({ effectiveFrom: row.effectiveFrom, effectiveTo });
    if (problem) throw invalid('POLICY.INVALID_PERIOD', problem);

    const stored = await this.dataSource.transaction(async (manager) => {
      // Serialise writers of the same key across replicas, so that two overlapping inserts
      // cannot both pass the check below. The lock ends with the transaction.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy_parameter:${row.key}`]);
      const clash = (await this.read(row.key, manager)).find((existing) => periodsOverlap(existing, { effectiveFrom: row.effectiveFrom, effectiveTo }));
      if (clash) {
        throw new ProblemException({
          status: 409,
          code: 'POLICY.OVERLAP',
          detail: `"${row.key}" already has a value from ${clash.effectiveFrom} to ${clash.effectiveTo ?? 'open end'}; end that period first.`,
        });
      }
      const saved = await manager.save(
        manager.create(PolicyParameter, { key: row.key, value: row.value, effectiveFrom: row.effectiveFrom, effectiveTo, note: row.note ?? null }),
      );
      const stored = toRow<T>(saved);
      if (actor && this.audit) {
        await this.audit.record(manager, { actor, action: 'policy-parameter.added', entityType: 'policy-parameter', entityId: row.key, after: stored });
      }
      return stored;
    });
    this.cache.delete(row.key);
    return stored;
  }

  /**
   * Gives the open-ended period of a key its last day, so that a new figure can be added from
   * the day after (728 -> 735 from 2024-07-01: end the 728 row on 2024-06-30, then add 735).
   */
  async endOpenPeriod(key: string, lastDay: string, actor?: AuditActor): Promise<StoredPolicyRow> {
    const ended = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy_parameter:${key}`]);
      const open = (await this.read(key, manager)).find((row) => row.effectiveTo === null);
      if (!open) throw new ProblemException({ status: 404, code: 'POLICY.NO_OPEN_PERIOD', detail: `"${key}" has no open-ended period` });
      const problem = periodProblem({ effectiveFrom: open.effectiveFrom, effectiveTo: lastDay });
      if (problem) throw invalid('POLICY.INVALID_PERIOD', problem);
      await manager.update(PolicyParameter, { id: open.id }, { effectiveTo: lastDay });
      const ended = { ...open, effectiveTo: lastDay };
      if (actor && this.audit) {
        await this.audit.record(manager, { actor, action: 'policy-parameter.period-ended', entityType: 'policy-parameter', entityId: key, before: open, after: ended });
      }
      return ended;
    });
    this.cache.delete(key);
    return ended;
  }
}
