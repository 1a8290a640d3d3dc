import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox (events waiting to be published) and the inbox (events already applied by this
 * service). Every service runs this migration in its own database.
 */
export class CreateMessagingTables1732780800001 implements MigrationInterface {
  name = 'CreateMessagingTables1732780800001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        routing_key varchar(200) NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    // The relay only ever scans unpublished rows in commit order; published rows stay for a
    // retention period and must not slow that scan down.
    await queryRunner.query(`CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL`);
    await queryRunner.query(`CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE inbox (
        consumer varchar(100) NOT NULL,
        event_id uuid NOT NULL,
        event_type varchar(200) NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inbox`);
    await queryRunner.query(`DROP TABLE outbox`);
  }
}
