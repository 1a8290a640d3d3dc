import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 家庭养老床位: a bed at the elder's home, cared for by a contracted institution. */
@Entity('home_care_bed')
export class HomeCareBed {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId!: string;

  /** The ability assessment the bed was set up on, if any. */
  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @Column({ name: 'visits_per_month', type: 'smallint' })
  visitsPerMonth!: number;

  @Column({ name: 'contracted_on', type: 'date' })
  contractedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 20, nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
