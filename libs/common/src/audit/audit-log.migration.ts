import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log of a service: who changed what, when, from what to what. Append-only by a
 * trigger, so not even a bug (or a rogue query) in the service can rewrite history.
 */
export class CreateAuditLog1732780800002 implements MigrationInterface {
  name = 'CreateAuditLog1732780800002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor varchar(200) NOT NULL,
        actor_roles text[] NOT NULL DEFAULT '{}',
        actor_division varchar(12),
        action varchar(100) NOT NULL,
        entity_type varchar(100) NOT NULL,
        entity_id varchar(200) NOT NULL,
        before jsonb,
        after jsonb,
        reason text,
        correlation_id varchar(100)
      )`);
    await q.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_log_actor ON audit_log (actor, occurred_at)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
