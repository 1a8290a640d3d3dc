import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Deaths from civil registration, kept even for people who are not (yet) diners. */
@Entity('deceased_resident')
export class DeceasedResident {
  @PrimaryColumn({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;

  @Column({ name: 'death_id', type: 'uuid' })
  deathId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
