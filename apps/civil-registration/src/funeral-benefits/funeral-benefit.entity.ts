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

  /** GRANTED at the death; CLAIMED once a clerk records who receives it; APPROVED (paid through 一卡通) by another official. */
  @Column({ type: 'varchar', length: 10, default: 'GRANTED' })
  status: 'GRANTED' | 'CLAIMED' | 'APPROVED';

  /** The next of kin who handles the funeral and receives the benefit (the payee). */
  @Column({ name: 'claimant_resident_id', type: 'varchar', length: 18, nullable: true })
  claimantResidentId: string | null;

  @Column({ name: 'claimant_name', type: 'text', nullable: true })
  claimantName: string | null;

  @Column({ name: 'claimant_relation', type: 'varchar', length: 20, nullable: true })
  claimantRelation: string | null;

  /** The clerk who recorded the claimant: the maker, who may not approve. */
  @Column({ name: 'claim_recorded_by', type: 'text', nullable: true })
  claimRecordedBy: string | null;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn: string | null;
}
