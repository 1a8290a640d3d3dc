import type { RiskTier } from '@app/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A home visit by a child director (走访), which may re-rate the tier. */
@Entity('visit')
export class Visit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ name: 'visited_on', type: 'date' })
  visitedOn!: string;

  @Column()
  visitor!: string;

  @Column({ type: 'text' })
  notes!: string;

  @Column({ name: 'tier_after', type: 'varchar', length: 6 })
  tierAfter!: RiskTier;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
