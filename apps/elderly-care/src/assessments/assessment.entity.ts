import type { AssessmentItems } from './rules/ability-level.rule';
import type { AssessmentPurpose } from './rules/assessment-purpose.rule';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An ability assessment (GB/T 42195-2022): the 26 item scores, and the domain and total scores
 * computed from them. Assessments recorded before the item sheet have domain scores only (items null).
 */
@Entity('assessment')
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'self_care', type: 'smallint' })
  selfCare!: number;

  /** Basic mobility (基础运动能力); the column keeps its first name. */
  @Column({ name: 'basic_motor', type: 'smallint' })
  basicMotor!: number;

  @Column({ name: 'mental_state', type: 'smallint' })
  mentalState!: number;

  @Column({ name: 'perception_social', type: 'smallint' })
  perceptionSocial!: number;

  @Column({ type: 'jsonb', nullable: true })
  items!: AssessmentItems | null;

  @Column({ type: 'boolean', default: false })
  coma!: boolean;

  @Column({ name: 'total_score', type: 'smallint' })
  totalScore!: number;

  @Column({ name: 'preliminary_level', type: 'smallint' })
  preliminaryLevel!: number;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ name: 'raise_reasons', type: 'text', array: true })
  raiseReasons!: string[];

  /** Required since it was introduced; null on assessments recorded before. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  purpose!: AssessmentPurpose | null;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  @Column({ name: 'next_due_on', type: 'date' })
  nextDueOn!: string;

  @Column({ name: 'assessed_by' })
  assessedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
