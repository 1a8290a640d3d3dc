import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MoveSource } from './rules/residence-change.rule';

/** A move away from the city's registration, as reported by `source` (DOMAIN §0, §4). */
@Entity('residence_change')
export class ResidenceChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'moved_on', type: 'date' })
  movedOn!: string;

  @Column({ type: 'varchar', length: 20 })
  source!: MoveSource;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'recorded_by', type: 'varchar', length: 100 })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
