import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The console's people and their sessions. A username is unique whatever its case; a session is
 * stored by the SHA-256 of its cookie value, so the table alone does not let anyone in.
 */
export class CreateConsoleIdentity1767225600000 implements MigrationInterface {
  name = 'CreateConsoleIdentity1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE console_user (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL,
        display_name varchar(100) NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        division varchar(12) NOT NULL,
        disabled boolean NOT NULL DEFAULT false,
        password_hash text NOT NULL,
        must_change_password boolean NOT NULL,
        failed_attempts integer NOT NULL DEFAULT 0,
        locked_until timestamptz NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT "PK_console_user" PRIMARY KEY (id),
        CONSTRAINT "CHK_console_user_division" CHECK (division ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
        CONSTRAINT "CHK_console_user_failed_attempts" CHECK (failed_attempts >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_console_user_username" ON console_user (lower(username))`);
    await q.query(`
      CREATE TABLE console_session (
        id_hash char(64) NOT NULL,
        user_id uuid NOT NULL,
        csrf_token varchar(64) NOT NULL,
        method varchar(10) NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        CONSTRAINT "PK_console_session" PRIMARY KEY (id_hash),
        CONSTRAINT "FK_console_session_user" FOREIGN KEY (user_id) REFERENCES console_user (id) ON DELETE CASCADE,
        CONSTRAINT "CHK_console_session_method" CHECK (method IN ('password', 'oidc'))
      )`);
    await q.query(`CREATE INDEX "IDX_console_session_user" ON console_session (user_id)`);
    await q.query(`CREATE INDEX "IDX_console_session_last_seen" ON console_session (last_seen_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE console_session`);
    await q.query(`DROP TABLE console_user`);
  }
}
