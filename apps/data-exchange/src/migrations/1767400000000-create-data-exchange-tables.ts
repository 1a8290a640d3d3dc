import { createEnrollmentSpellTable } from '@app/common/read-models/enrollment-spell.table';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 数据比对: the files other departments send, their refused lines, the records that matched a
 * person the platform covers, and the register of covered people they are matched against.
 *
 * A file's lines are not kept: they are staged in a temporary table for the one transaction that
 * matches them (a million-line public security file matches about one line in a hundred), so
 * the bureau holds other departments' data only about the people it serves (PIPL: minimum
 * necessary).
 */
export class CreateDataExchangeTables1767400000000 implements MigrationInterface {
  name = 'CreateDataExchangeTables1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE department_import (
        id uuid PRIMARY KEY,
        department varchar(40) NOT NULL,
        data_set varchar(40) NOT NULL,
        as_of date NOT NULL,
        format varchar(10) NOT NULL,
        charset varchar(10) NOT NULL,
        sha256 char(64) NOT NULL,
        bytes bigint NOT NULL,
        records integer NOT NULL,
        accepted integer NOT NULL,
        refused integer NOT NULL,
        matched integer NOT NULL,
        already_known integer NOT NULL,
        imported_by varchar(200) NOT NULL,
        imported_at timestamptz NOT NULL,
        -- The same file twice is the same import: the second upload changes nothing.
        UNIQUE (data_set, sha256)
      )`);
    await q.query(`CREATE INDEX department_import_recent_idx ON department_import (imported_at DESC)`);
    await q.query(`
      CREATE TABLE import_refusal (
        import_id uuid NOT NULL REFERENCES department_import (id),
        line_no integer NOT NULL,
        field varchar(40),
        code varchar(30) NOT NULL,
        message text NOT NULL,
        PRIMARY KEY (import_id, line_no)
      )`);
    await q.query(`
      CREATE TABLE matched_record (
        id uuid PRIMARY KEY,
        import_id uuid NOT NULL REFERENCES department_import (id),
        line_no integer NOT NULL,
        kind varchar(20) NOT NULL,
        resident_id char(18) NOT NULL,
        name text NOT NULL,
        event_date date NOT NULL,
        amount_fen bigint,
        reference text NOT NULL,
        fact_key text NOT NULL,
        details jsonb NOT NULL,
        -- A fact is raised once, whichever file repeats it.
        UNIQUE (resident_id, kind, fact_key)
      )`);
    await q.query(`CREATE INDEX matched_record_import_idx ON matched_record (import_id, line_no)`);
    // Who the platform covers, by programme: 低保/特困 (DIBAO, TEKUN), the high-age allowance and
    // service subsidy (ELDERLY), child allowances (CHILD), monitored low-income households
    // (MONITORED). Fed by the programmes' started/stopped events.
    await createEnrollmentSpellTable(q, 'covered_person');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['matched_record', 'import_refusal', 'department_import', 'covered_person']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
