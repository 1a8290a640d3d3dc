import type { EntityManager, QueryRunner } from 'typeorm';
import { sqlIdentifier } from './sql-identifier';

export interface DeathFact {
  residentId: string;
  deathId: string;
  dateOfDeath: string;
}

/**
 * The one writer of a service's read model of deaths (civil-registration's `death.registered`).
 * One row per person. The merge rule: the earliest date of death wins, with the death record that
 * gave it; a redelivery changes nothing. Resident ids are stored upper-case.
 */
export class DeathNoticeTable {
  private readonly table: string;

  constructor(table: string) {
    this.table = sqlIdentifier(table);
  }

  /**
   * Records the death; `extras` (column -> value) are written with the first notice only.
   * Returns true when the row was added or its date moved earlier, false for a repeat.
   */
  async record(manager: EntityManager, death: DeathFact, extras: Record<string, string | Date | null> = {}): Promise<boolean> {
    const names = Object.keys(extras).map(sqlIdentifier);
    const rows: unknown[] = await manager.query(
      `INSERT INTO ${this.table} (resident_id, death_id, date_of_death${names.map((name) => `, ${name}`).join('')})
       VALUES ($1, $2, $3${names.map((_, i) => `, $${i + 4}`).join('')})
       ON CONFLICT (resident_id) DO UPDATE SET date_of_death = EXCLUDED.date_of_death, death_id = EXCLUDED.death_id
         WHERE EXCLUDED.date_of_death < ${this.table}.date_of_death
       RETURNING resident_id`,
      [death.residentId.toUpperCase(), death.deathId, death.dateOfDeath, ...names.map((name) => extras[name])],
    );
    return rows.length > 0;
  }

  /**
   * The deaths of a consumer's micro-batch in one statement: each person's notice is recorded as
   * `record` would (the earliest date of the batch and of the table wins; a repeat changes nothing),
   * and the same statement returns the resident IDs (as given) for which `concerned` holds — the
   * people the service has anything of to change, looked up in the transaction's snapshot as the
   * statement starts. A death nobody in the service knows then costs this one round trip.
   */
  async recordAll(manager: EntityManager, deaths: readonly DeathFact[], concerned: ConcernedCondition, extras: Record<string, NoticeExtra> = {}): Promise<Set<string>> {
    if (deaths.length === 0) return new Set();
    const names = Object.keys(extras).map(sqlIdentifier);
    const extraColumns = names.map((name) => `, ${name}`).join('');
    const extraArrays = Object.values(extras).map((extra, i) => `, $${i + 4}::${sqlType(extra.type)}[]`).join('');
    const rows: Array<{ reported: string }> = await manager.query(
      `WITH d AS (
         SELECT upper(i.reported) AS resident_id, i.* FROM unnest($1::text[], $2::uuid[], $3::date[]${extraArrays})
           WITH ORDINALITY AS i(reported, death_id, date_of_death${extraColumns}, ord)),
       first AS (SELECT DISTINCT ON (resident_id) * FROM d ORDER BY resident_id, date_of_death, ord),
       recorded AS (
         INSERT INTO ${this.table} (resident_id, death_id, date_of_death${extraColumns})
         SELECT resident_id, death_id, date_of_death${extraColumns} FROM first
         ON CONFLICT (resident_id) DO UPDATE SET date_of_death = EXCLUDED.date_of_death, death_id = EXCLUDED.death_id
           WHERE EXCLUDED.date_of_death < ${this.table}.date_of_death
         RETURNING 1)
       SELECT DISTINCT d.reported FROM d WHERE ${concerned}`,
      [deaths.map((death) => death.residentId), deaths.map((death) => death.deathId), deaths.map((death) => death.dateOfDeath), ...Object.values(extras).map((extra) => extra.values)],
    );
    return new Set(rows.map((row) => row.reported));
  }
}

/** A column type of an extra (`timestamptz`, `varchar(20)`): letters, digits, spaces and parentheses only. */
function sqlType(type: string): string {
  if (!/^[a-z][a-z0-9 (),]*$/i.test(type)) throw new Error(`not a column type: ${type}`);
  return type;
}

/** A column the first notice of a person is written with, besides the standard ones: its SQL type and one value per death. */
export interface NoticeExtra {
  type: string;
  values: ReadonlyArray<string | Date | null>;
}

/**
 * A SQL condition on `d.resident_id` (the upper-cased resident ID of a death of the batch) that holds
 * when the service has anything of that person's to change: see `recordAll`.
 */
export type ConcernedCondition = string;

/** Migration helper: the read model's table with its standard columns and the service's own `extraColumns`. */
export async function createDeathNoticeTable(queryRunner: QueryRunner, table: string, extraColumns: string[] = []): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE ${sqlIdentifier(table)} (
      resident_id char(18) PRIMARY KEY,
      death_id uuid NOT NULL,
      date_of_death date NOT NULL${extraColumns.map((column) => `,\n      ${column}`).join('')}
    )`);
}
