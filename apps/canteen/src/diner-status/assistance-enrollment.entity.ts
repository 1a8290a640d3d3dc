import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Read model of a 低保 (DIBAO) / 特困 (TEKUN) enrolment, from social-assistance events. Covered on
 * a date D when coveredFrom <= D and (coveredUntil is null or D < coveredUntil). Either bound may
 * arrive first, so both are nullable; a row with no coveredFrom covers nothing.
 */
@Entity('assistance_enrollment')
export class AssistanceEnrollment {
  @PrimaryColumn({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column()
  program!: string;

  /** First day of the first covered month. */
  @Column({ name: 'covered_from', type: 'date', nullable: true })
  coveredFrom!: string | null;

  /** First day no longer covered (first day of stopFromMonth), exclusive. */
  @Column({ name: 'covered_until', type: 'date', nullable: true })
  coveredUntil!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
