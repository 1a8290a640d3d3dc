import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Read model of a 低保 (DIBAO) / 特困 (TEKUN) enrollment, from social-assistance events, written only
 * by the shared EnrollmentSpellTable (libs/common/src/read-models) and read with coveredOn.
 */
@Entity('assistance_enrollment')
export class AssistanceEnrollment {
  @PrimaryColumn({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column()
  program!: string;

  /** First month covered, YYYY-MM; null while only the stop is known. */
  @Column({ name: 'from_month', type: 'char', length: 7, nullable: true })
  fromMonth!: string | null;

  /** First month no longer covered, YYYY-MM; null while open. */
  @Column({ name: 'stop_from_month', type: 'char', length: 7, nullable: true })
  stopFromMonth!: string | null;
}
