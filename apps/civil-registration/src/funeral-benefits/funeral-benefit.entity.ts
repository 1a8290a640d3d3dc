import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** 惠民殡葬 funeral benefit: one per death (unique death_id). */
@Entity({ name: 'funeral_benefit' })
export class FuneralBenefit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'death_id', type: 'uuid' })
  deathId: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintAsNumber })
  amountFen: number;

  @Column({ type: 'varchar', length: 20 })
  basis: 'BASIC' | 'DIBAO_TEKUN';

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath: string;
}
