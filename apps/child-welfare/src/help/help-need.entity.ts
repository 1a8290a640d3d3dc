import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const HELP_NEED_KINDS = ['EDUCATION', 'HEALTH', 'LIVING', 'PSYCHOLOGICAL', 'SAFETY', 'OTHER'] as const;
export type HelpNeedKind = (typeof HELP_NEED_KINDS)[number];

/** A help need (帮扶需求) raised for a child and tracked until closed. */
@Entity('help_need')
export class HelpNeed {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: HelpNeedKind;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn!: string;

  @Column({ name: 'raised_by', type: 'varchar', length: 200 })
  raisedBy!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: 'OPEN' | 'CLOSED';

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
