import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bureau's registration offices and points (婚姻登记处, 登记点, 公园登记点), and on every
 * registration the office where it was done: a marriage, a certificate re-issue, the receipt of a
 * divorce application and the divorce registration. Registrations recorded before offices were
 * kept have no office on record, so the columns stay nullable; the API requires them from now on.
 */
export class RegistrationOffices1764002100000 implements MigrationInterface {
  name = 'RegistrationOffices1764002100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "registration_office" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(30) NOT NULL,
        "name" varchar(100) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "address" text NOT NULL,
        "opened_on" date NOT NULL,
        "closed_on" date NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_registration_office" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_registration_office_code" UNIQUE ("code"),
        CONSTRAINT "CHK_registration_office_kind" CHECK ("kind" IN ('OFFICE', 'POINT', 'PARK_POINT')),
        CONSTRAINT "CHK_registration_office_closes_after_opening" CHECK ("closed_on" IS NULL OR "closed_on" > "opened_on")
      )`);
    await q.query(`CREATE INDEX "IDX_registration_office_division" ON "registration_office" ("division_code", "code")`);
    for (const [table, column] of [
      ['marriage', 'office_id'],
      ['marriage_certificate_reissue', 'office_id'],
      ['divorce', 'office_id'],
      ['divorce', 'registration_office_id'],
    ]) {
      await q.query(`ALTER TABLE "${table}" ADD COLUMN "${column}" uuid NULL REFERENCES "registration_office" ("id")`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "divorce" DROP COLUMN "registration_office_id"`);
    await q.query(`ALTER TABLE "divorce" DROP COLUMN "office_id"`);
    await q.query(`ALTER TABLE "marriage_certificate_reissue" DROP COLUMN "office_id"`);
    await q.query(`ALTER TABLE "marriage" DROP COLUMN "office_id"`);
    await q.query(`DROP TABLE "registration_office"`);
  }
}
