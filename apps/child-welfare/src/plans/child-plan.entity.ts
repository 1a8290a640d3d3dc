import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanArea } from './rules/plan-measures.rule';

/** One measure of a plan: what is done for the child, in which area, by whom, by when. */
export interface PlanMeasure {
  area: PlanArea;
  action: string;
  responsible: string;
  dueOn: string | null;
}

/** A version of a child's plan (一人一策); the newest is in force. */
@Entity('child_plan')
export class ChildPlan {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'agreed_on', type: 'date' })
  agreedOn!: string;

  @Column({ type: 'jsonb' })
  measures!: PlanMeasure[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
