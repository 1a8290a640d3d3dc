import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Marriages, certificate re-issues (补领) and divorce applications with their deadlines. */
export class CreateMarriagesAndDivorces1732781100000 implements MigrationInterface {
  name = 'CreateMarriagesAndDivorces1732781100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "marriage" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" varchar(20) NOT NULL,
        "party_a_resident_id" varchar(18) NOT NULL,
        "party_b_resident_id" varchar(18) NOT NULL,
        "registered_on" date NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'ACTIVE',
        "dissolved_on" date NULL,
        "division_code" varchar(12) NOT NULL,
        "recorded_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_marriage" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_marriage_kind" CHECK ("kind" IN ('REGISTRATION', 'RETROACTIVE', 'REMARRIAGE')),
        CONSTRAINT "CHK_marriage_status" CHECK ("status" IN ('ACTIVE', 'DISSOLVED')),
        CONSTRAINT "CHK_marriage_two_persons" CHECK ("party_a_resident_id" <> "party_b_resident_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_marriage_party_a" ON "marriage" ("party_a_resident_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_marriage_party_b" ON "marriage" ("party_b_resident_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_marriage_registered_on" ON "marriage" ("registered_on")`);
    await queryRunner.query(`
      CREATE TABLE "marriage_certificate_reissue" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "marriage_id" uuid NOT NULL REFERENCES "marriage" ("id"),
        "requested_by_resident_id" varchar(18) NOT NULL,
        "reissued_on" date NOT NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_marriage_certificate_reissue" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "divorce" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "marriage_id" uuid NOT NULL REFERENCES "marriage" ("id"),
        "party_a_resident_id" varchar(18) NOT NULL,
        "party_b_resident_id" varchar(18) NOT NULL,
        "applied_on" date NOT NULL,
        "cooling_off_ends_on" date NOT NULL,
        "certificate_deadline" date NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'APPLIED',
        "withdrawn_on" date NULL,
        "withdrawn_by_resident_id" varchar(18) NULL,
        "registered_on" date NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_divorce" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_divorce_status" CHECK ("status" IN ('APPLIED', 'WITHDRAWN', 'DEEMED_WITHDRAWN', 'REGISTERED'))
      )`);
    // At most one open application per marriage.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_divorce_open_per_marriage" ON "divorce" ("marriage_id") WHERE "status" = 'APPLIED'`);
    await queryRunner.query(`CREATE INDEX "IDX_divorce_open_deadline" ON "divorce" ("certificate_deadline") WHERE "status" = 'APPLIED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "divorce"`);
    await queryRunner.query(`DROP TABLE "marriage_certificate_reissue"`);
    await queryRunner.query(`DROP TABLE "marriage"`);
  }
}
