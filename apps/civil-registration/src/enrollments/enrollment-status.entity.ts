import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Local read model of 低保/特困 enrollments, fed by social-assistance events and written only by
 * the shared EnrollmentSpellTable (libs/common/src/read-models).
 */
@Entity({ name: 'enrollment_status' })
export class EnrollmentStatus {
  @PrimaryColumn({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'varchar', length: 10 })
  program: 'DIBAO' | 'TEKUN';

  /** First month covered, YYYY-MM; null while only the stop is known. */
  @Column({ name: 'from_month', type: 'char', length: 7, nullable: true })
  fromMonth: string | null;

  /** First month no longer covered, YYYY-MM; null while open. */
  @Column({ name: 'stop_from_month', type: 'char', length: 7, nullable: true })
  stopFromMonth: string | null;
}
