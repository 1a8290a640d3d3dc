import { Inject, Injectable, Optional } from '@nestjs/common';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { DataSource, In, type EntityManager } from 'typeorm';
import { envInt } from '../config/env';
import { ProblemException } from '../http/problem';
import { pageOf, pageWindow, type Page } from '../http/page-query.dto';
import type { YearMonth } from '../time/year-month';
import type { AnyPolicyCatalogue, EmptyPolicyCatalogue, OptionalPolicyKey, PolicyKey, PolicyValue, PolicyValueProblem, RequiredPolicyKey } from './policy-catalogue';
import type { PolicyPeriods } from './policy-periods';
import { summariseKeys, type PolicyKeySummary } from './policy-key-summary';
import { PolicyParameter } from './policy-parameter.entity';
import { periodProblem, periodsOverlap, rowInForce, type PolicyRow } from './value-in-force';

/** Injection token of the service's catalogue (PolicyModule.forCatalogue). */
export const POLICY_CATALOGUE = Symbol('POLICY_CATALOGUE');

export interface StoredPolicyRow extends PolicyRow {
  id: string;
  note: string | null;
  createdAt: Date;
}

export interface NewPolicyRow {
  key: string;
  value: unknown;
  effectiveFrom: string;
  effectiveTo?: string | null;
  note?: string | null;
}

const MAX_KEY_LENGTH = 120;

function toRow(entity: PolicyParameter): StoredPolicyRow {
  return {
    id: entity.id,
    key: entity.key,
    value: entity.value,
    effectiveFrom: entity.effectiveFrom,
    effectiveTo: entity.effectiveTo,
    note: entity.note,
    createdAt: entity.createdAt,
  };
}

function invalid(code: string, detail: string): ProblemException {
  return new ProblemException({ status: 400, code, detail });
}

/** 400 naming the field at fault, like every other refused request body (FieldError). */
function refusedValue(key: string, problem: PolicyValueProblem): ProblemException {
  if (problem.kind === 'UNKNOWN_KEY') {
    return new ProblemException({
      status: 400,
      code: 'POLICY.UNKNOWN_KEY',
      detail: `"${key}" is not a policy parameter of this service.`,
      errors: [{ field: 'key', code: 'unknownKey', message: 'must be a key of the service\'s policy catalogue' }],
      extensions: { key },
    });
  }
  return new ProblemException({
    status: 400,
    code: 'POLICY.INVALID_VALUE',
    detail: `The value does not fit policy parameter "${key}"; nothing was stored.`,
    errors: problem.issues.map((issue) => ({ field: issue.path ? `value.${issue.path}` : 'value', code: issue.code, message: issue.message })),
    extensions: { key },
  });
}

/**
 * Policy parameters of this service's database, read through the service's catalogue (C): a key
 * outside it does not compile, and a value is checked by the key's schema before anyone uses it.
 * Inject it as `PolicyService<typeof CANTEEN_POLICIES>`. One call per figure:
 *   - `require(key, date)` / `valueForMonth(key, month)`: the value, or 503 POLICY.NOT_IN_FORCE;
 *   - `optional(key, date)`: null when none is in force (keys marked optional only);
 *   - `periods(key)`: every period at once, for a job that looks up many dates (PolicyPeriods).
 * A stored value that fails its schema answers 503 POLICY.STORED_VALUE_INVALID.
 *
 * Lookups outside a transaction are cached for POLICY_CACHE_MS (default 5 s; 0 turns it off):
 * every request and event used to read the same few rows, one round trip each. A change made
 * through this process clears its key at once; another replica sees it within the TTL, which is
 * harmless because figures are added ahead of their effective date.
 */
@Injectable()
export class PolicyService<C extends AnyPolicyCatalogue = EmptyPolicyCatalogue> {
  private readonly cache = new Map<string, { expires: number; rows: Promise<StoredPolicyRow[]> }>();
  private readonly cacheMs = envInt('POLICY_CACHE_MS', 5_000);

  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly audit?: AuditService,
    /** Absent only where a test stores rows without a service (libs/common's own tests): any key is stored, none can be read typed. */
    @Optional() @Inject(POLICY_CATALOGUE) private readonly catalogue?: C,
  ) {}

  /** The value of a required key in force on `onDate`; PolicyNotFoundError (503 POLICY.NOT_IN_FORCE) when none is. */
  async require<K extends RequiredPolicyKey<C>>(key: K, onDate: string, manager?: EntityManager): Promise<PolicyValue<C, K>> {
    return (await this.periods(key, manager)).require(onDate);
  }

  /** The value of a required key in force on the first day of `month` (503 POLICY.NOT_IN_FORCE naming the month when none is). */
  async valueForMonth<K extends RequiredPolicyKey<C>>(key: K, month: YearMonth, manager?: EntityManager): Promise<PolicyValue<C, K>> {
    return (await this.periods(key, manager)).forMonth(month);
  }

  /** The value of an optional key in force on `onDate`, or null: the service does without it. */
  async optional<K extends OptionalPolicyKey<C>>(key: K, onDate: string, manager?: EntityManager): Promise<PolicyValue<C, K> | null> {
    return (await this.periods(key, manager)).find(onDate);
  }

  /** Every period of a key, typed and checked when read: load once, look up per date or month. */
  async periods<K extends PolicyKey<C>>(key: K, manager?: EntityManager): Promise<PolicyPeriods<PolicyValue<C, K>>> {
    if (!this.catalogue) throw new Error('PolicyService has no catalogue: provide it with PolicyModule.forCatalogue');
    return this.catalogue.periods(key, await this.rows(key, manager)) as PolicyPeriods<PolicyValue<C, K>>;
  }

  /**
   * The value in force of a key named by a caller (the policy API), as stored: 400
   * POLICY.UNKNOWN_KEY for a key outside the catalogue, else the problems of `require`.
   */
  async lookUp(key: string, onDate: string): Promise<unknown> {
    if (!this.catalogue) throw new Error('PolicyService has no catalogue: provide it with PolicyModule.forCatalogue');
    if (!this.catalogue.has(key)) throw refusedValue(key, { kind: 'UNKNOWN_KEY' });
    const rows = await this.rows(key);
    this.catalogue.periods(key, rows).require(onDate);
    return rowInForce(rows, key, onDate)?.value;
  }

  /**
   * The catalogue's keys in name order, a page at a time, each with its period in force on
   * `onDate` and the next to come (the policy screen's list): one read for the page's keys.
   */
  async keySummaries(onDate: string, query: { page?: number; pageSize?: number }): Promise<Page<PolicyKeySummary<StoredPolicyRow>>> {
    if (!this.catalogue) throw new Error('PolicyService has no catalogue: provide it with PolicyModule.forCatalogue');
    const catalogue = this.catalogue;
    const { offset, limit } = pageWindow(query);
    const keys = [...catalogue.keys].sort().slice(offset, offset + limit);
    const entities = keys.length === 0 ? [] : await this.dataSource.manager.find(PolicyParameter, { where: { key: In(keys) } });
    const summaries = summariseKeys(
      keys.map((key) => ({ key, optional: catalogue.isOptional(key) })),
      entities.map((entity) => toRow(entity)),
      onDate,
    );
    return pageOf(summaries, catalogue.keys.length, query);
  }

  /**
   * All periods of a key as stored (unchecked: the policy API lists what is there, even under a
   * key the catalogue no longer has), oldest first. Figures are not part of the caller's state, so
   * the cached rows serve a transaction as well. On a miss inside a transaction the rows are read
   * through the caller's own connection: with every pooled connection held by a transaction
   * waiting for a policy, a read on a connection of its own would wait for ever (a pool deadlock).
   */
  async rows(key: string, manager?: EntityManager): Promise<StoredPolicyRow[]> {
    if (this.cacheMs <= 0) return this.read(key, manager ?? this.dataSource.manager);
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.expires > now) return hit.rows;
    if (manager?.queryRunner?.isTransactionActive) {
      // Not shared while in flight: another caller must not fail with this caller's transaction.
      const rows = await this.read(key, manager);
      this.cache.set(key, { expires: now + this.cacheMs, rows: Promise.resolve(rows) });
      return rows;
    }
    const rows = this.read(key, this.dataSource.manager);
    this.cache.set(key, { expires: now + this.cacheMs, rows });
    // A failed read must not be remembered.
    rows.catch(() => this.cache.get(key)?.rows === rows && this.cache.delete(key));
    return rows;
  }

  private async read(key: string, manager: EntityManager): Promise<StoredPolicyRow[]> {
    const entities = await manager.find(PolicyParameter, { where: { key }, order: { effectiveFrom: 'ASC' } });
    return entities.map((entity) => toRow(entity));
  }

  /**
   * Adds a period for a key. Refuses a key outside the catalogue (400 POLICY.UNKNOWN_KEY), a value
   * that does not fit the key's schema (400 POLICY.INVALID_VALUE) and (409 POLICY.OVERLAP) a
   * period that shares a day with an existing one: two figures in force on the same day would make
   * every computation ambiguous. Nothing is stored when it refuses.
   */
  async add(row: NewPolicyRow, actor?: AuditActor): Promise<StoredPolicyRow> {
    const effectiveTo = row.effectiveTo ?? null;
    if (typeof row.key !== 'string' || row.key.length === 0 || row.key.length > MAX_KEY_LENGTH) {
      throw invalid('POLICY.INVALID_KEY', `key must be 1-${MAX_KEY_LENGTH} characters`);
    }
    if (row.value === undefined) throw invalid('POLICY.INVALID_VALUE', 'value is required');
    const problem = periodProblem({ effectiveFrom: row.effectiveFrom, effectiveTo });
    if (problem) throw invalid('POLICY.INVALID_PERIOD', problem);
    const refused = this.catalogue?.check(row.key, row.value);
    if (refused) throw refusedValue(row.key, refused);

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
      const stored = toRow(saved);
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
