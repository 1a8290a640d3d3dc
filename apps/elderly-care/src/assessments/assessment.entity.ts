import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An ability assessment (GB/T 42195-2022). */
@Entity('assessment')
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'self_care', type: 'smallint' })
  selfCare!: number;

  @Column({ name: 'basic_motor', type: 'smallint' })
  basicMotor!: number;

  @Column({ name: 'mental_state', type: 'smallint' })
  mentalState!: number;

  @Column({ name: 'perception_social', type: 'smallint' })
  perceptionSocial!: number;

  @Column({ name: 'total_score', type: 'smallint' })
  totalScore!: number;

  @Column({ name: 'preliminary_level', type: 'smallint' })
  preliminaryLevel!: number;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ name: 'raise_reasons', type: 'text', array: true })
  raiseReasons!: string[];

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  @Column({ name: 'next_due_on', type: 'date' })
  nextDueOn!: string;

  @Column({ name: 'assessed_by' })
  assessedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
