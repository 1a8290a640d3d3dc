import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A resident aged 60+ known to the elderly-care office; `local` = local household registration. */
@Entity('elder')
export class Elder {
  @PrimaryColumn({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  /** Opaque: how the console addresses an elder (the database assigns it). */
  @Column({ type: 'uuid', insert: false, update: false })
  id!: string;

  @Column()
  name!: string;

  @Column()
  region!: string;

  @Column()
  local!: boolean;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
