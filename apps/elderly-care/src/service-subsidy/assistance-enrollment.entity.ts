import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of one 低保/特困 enrollment; start and stop may arrive in either order. */
@Entity('assistance_enrollment')
export class AssistanceEnrollment {
  @PrimaryColumn({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ type: 'varchar', length: 10 })
  program!: string;

  /** 特困 only: CENTRAL (集中供养) or DISPERSED (分散供养); null when the event did not say. */
  @Column({ name: 'care_form', type: 'varchar', length: 10, nullable: true })
  careForm!: 'CENTRAL' | 'DISPERSED' | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ name: 'from_month', type: 'char', length: 7, nullable: true })
  fromMonth!: string | null;

  @Column({ name: 'stop_from_month', type: 'char', length: 7, nullable: true })
  stopFromMonth!: string | null;
}
