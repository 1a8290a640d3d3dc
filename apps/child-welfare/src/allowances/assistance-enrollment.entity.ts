import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of one 低保/特困 enrollment from social-assistance events; start and stop in either order. */
@Entity('assistance_enrollment')
export class AssistanceEnrollment {
  @PrimaryColumn({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ type: 'varchar', length: 10 })
  program!: string;

  @Column({ name: 'from_month', type: 'char', length: 7, nullable: true })
  fromMonth!: string | null;

  @Column({ name: 'stop_from_month', type: 'char', length: 7, nullable: true })
  stopFromMonth!: string | null;
}
