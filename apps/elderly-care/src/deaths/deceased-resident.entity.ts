import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('deceased_resident')
export class DeceasedResident {
  @PrimaryColumn({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'death_id', type: 'uuid' })
  deathId!: string;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;
}
