import type { EntityManager, QueryRunner } from 'typeorm';
import { sqlIdentifier } from './sql-identifier';

export interface EnrollmentFact {
  enrollmentId: string;
  residentId: string;
  program: string;
}

/** Columns a service adds to its own copy, as `column -> value`, written with the start. */
export type SpellExtras = Record<string, string | number | null>;

/**
 * The one writer of a service's read model of 低保/特困 enrollments (social-assistance's
 * `enrollment.started` / `enrollment.stopped`). Each service keeps its own table, consumer and
 * effects; this class owns the columns and the merge rule: each bound keeps the earliest month it
 * has been told (rules/enrollment-spells.rule.ts mergeSpell), so events may arrive in any order
 * and more than once. Resident ids are stored upper-case (a final x and X are the same person).
 */
export class EnrollmentSpellTable {
  private readonly table: string;

  constructor(table: string) {
    this.table = sqlIdentifier(table);
  }

  async recordStart(manager: EntityManager, fact: EnrollmentFact & { fromMonth: string }, extras: SpellExtras = {}): Promise<void> {
    const names = Object.keys(extras).map(sqlIdentifier);
    const values = [fact.enrollmentId, fact.residentId.toUpperCase(), fact.program, fact.fromMonth, ...names.map((name) => extras[name])];
    const extraColumns = names.map((name) => `, ${name}`).join('');
    const extraParams = names.map((_, i) => `, $${i + 5}`).join('');
    const extraUpdates = names.map((name) => `, ${name} = EXCLUDED.${name}`).join('');
    await manager.query(
      `INSERT INTO ${this.table} (enrollment_id, resident_id, program, from_month${extraColumns}) VALUES ($1, $2, $3, $4${extraParams})
       ON CONFLICT (enrollment_id) DO UPDATE
         SET from_month = LEAST(COALESCE(${this.table}.from_month, EXCLUDED.from_month), EXCLUDED.from_month)${extraUpdates}`,
      values,
    );
  }

  async recordStop(manager: EntityManager, fact: EnrollmentFact & { stopFromMonth: string }): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.table} (enrollment_id, resident_id, program, stop_from_month) VALUES ($1, $2, $3, $4)
       ON CONFLICT (enrollment_id) DO UPDATE
         SET stop_from_month = LEAST(COALESCE(${this.table}.stop_from_month, EXCLUDED.stop_from_month), EXCLUDED.stop_from_month)`,
      [fact.enrollmentId, fact.residentId.toUpperCase(), fact.program, fact.stopFromMonth],
    );
  }
}

/**
 * Migration helper: the read model's table with its standard columns and the service's own
 * `extraColumns` (DDL fragments such as `care_form varchar(10)`).
 */
export async function createEnrollmentSpellTable(queryRunner: QueryRunner, table: string, extraColumns: string[] = []): Promise<void> {
  const name = sqlIdentifier(table);
  await queryRunner.query(`
    CREATE TABLE ${name} (
      enrollment_id uuid PRIMARY KEY,
      resident_id char(18) NOT NULL,
      program varchar(10) NOT NULL,
      from_month char(7),
      stop_from_month char(7)${extraColumns.map((column) => `,\n      ${column}`).join('')}
    )`);
  await queryRunner.query(`CREATE INDEX ${name}_resident_idx ON ${name} (resident_id)`);
}
