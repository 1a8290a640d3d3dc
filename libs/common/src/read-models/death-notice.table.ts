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
}

/** Migration helper: the read model's table with its standard columns and the service's own `extraColumns`. */
export async function createDeathNoticeTable(queryRunner: QueryRunner, table: string, extraColumns: string[] = []): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE ${sqlIdentifier(table)} (
      resident_id char(18) PRIMARY KEY,
      death_id uuid NOT NULL,
      date_of_death date NOT NULL${extraColumns.map((column) => `,\n      ${column}`).join('')}
    )`);
}
