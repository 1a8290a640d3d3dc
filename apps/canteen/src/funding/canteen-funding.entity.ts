import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FundingKind } from './rules/funding.rule';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** Money received for a canteen: a build or operating subsidy, or social capital (社会资本). */
@Entity('canteen_funding')
export class CanteenFunding {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'canteen_id', type: 'uuid' })
  canteenId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: FundingKind;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintAsNumber })
  amountFen!: number;

  @Column({ name: 'funded_on', type: 'date' })
  fundedOn!: string;

  /** The fund or investing organisation; required for social capital. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  source!: string | null;

  @Column({ name: 'source_credit_code', type: 'char', length: 18, nullable: true })
  sourceCreditCode!: string | null;

  /** Where the money is documented: a grant notice number, a contract, a bank slip. */
  @Column({ name: 'evidence_note', type: 'varchar', length: 500 })
  evidenceNote!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 100 })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
