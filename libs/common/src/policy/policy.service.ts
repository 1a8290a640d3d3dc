import { Injectable, Optional } from '@nestjs/common';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { DataSource, type EntityManager } from 'typeorm';
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
 * Policy parameters of this service's database. Each lookup reads the key's rows; a job that
 * needs one figure for thousands of cases reads `rows(key)` once and applies the pure
 * valueForMonth to them.
 */
@Injectable()
export class PolicyService {
  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly audit?: AuditService,
  ) {}

  /** All periods of a key, oldest first. */
  async rows<T = unknown>(key: string, manager: EntityManager = this.dataSource.manager): Promise<StoredPolicyRow<T>[]> {
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

    return this.dataSource.transaction(async (manager) => {
      // Serialise writers of the same key across replicas, so that two overlapping inserts
      // cannot both pass the check below. The lock ends with the transaction.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy_parameter:${row.key}`]);
      const clash = (await this.rows(row.key, manager)).find((existing) => periodsOverlap(existing, { effectiveFrom: row.effectiveFrom, effectiveTo }));
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
  }

  /**
   * Gives the open-ended period of a key its last day, so that a new figure can be added from
   * the day after (728 -> 735 from 2024-07-01: end the 728 row on 2024-06-30, then add 735).
   */
  async endOpenPeriod(key: string, lastDay: string, actor?: AuditActor): Promise<StoredPolicyRow> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy_parameter:${key}`]);
      const open = (await this.rows(key, manager)).find((row) => row.effectiveTo === null);
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
  }
}
