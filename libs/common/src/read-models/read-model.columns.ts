import { Column, PrimaryColumn } from 'typeorm';

/**
 * The columns of every service's enrollment read model, inherited by its entity:
 * `@Entity('assistance_enrollment') export class AssistanceEnrollment extends EnrollmentSpellColumns {}`.
 * Written only by EnrollmentSpellTable; a service adds its own columns in the subclass.
 */
export abstract class EnrollmentSpellColumns {
  @PrimaryColumn({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ type: 'varchar', length: 10 })
  program!: string;

  /** First month covered, YYYY-MM; null while only the stop is known. */
  @Column({ name: 'from_month', type: 'char', length: 7, nullable: true })
  fromMonth!: string | null;

  /** First month no longer covered, YYYY-MM; null while open. */
  @Column({ name: 'stop_from_month', type: 'char', length: 7, nullable: true })
  stopFromMonth!: string | null;
}

/** The columns of every service's read model of deaths; written only by DeathNoticeTable. */
export abstract class DeathNoticeColumns {
  @PrimaryColumn({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'death_id', type: 'uuid' })
  deathId!: string;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;
}
