import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Local read model of 低保/特困 enrolments, fed by social-assistance events. Start and stop are
 * separate columns so that the two events may arrive in either order.
 */
@Entity({ name: 'enrolment_status' })
export class EnrolmentStatus {
  @PrimaryColumn({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'varchar', length: 10 })
  program: 'DIBAO' | 'TEKUN';

  /** First month covered, YYYY-MM; null while only the stop is known. */
  @Column({ name: 'start_month', type: 'char', length: 7, nullable: true })
  startMonth: string | null;

  /** First month no longer covered, YYYY-MM; null while open. */
  @Column({ name: 'stop_from_month', type: 'char', length: 7, nullable: true })
  stopFromMonth: string | null;
}
