import type { ReassessmentCause } from '@app/contracts/child-welfare/reassessment-opened.v1';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A reassessment of a child's situation, e.g. after a parent's death. */
@Entity('reassessment')
export class Reassessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'varchar', length: 40 })
  cause!: ReassessmentCause;

  @Column({ name: 'cause_event_id', type: 'uuid', nullable: true })
  causeEventId!: string | null;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: 'OPEN' | 'CLOSED';

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  /** What the reassessment found (categories, tier, help needed), when closed. */
  @Column({ type: 'text', nullable: true })
  findings!: string | null;

  @Column({ name: 'closed_by', type: 'varchar', length: 200, nullable: true })
  closedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
