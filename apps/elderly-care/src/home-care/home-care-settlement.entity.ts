import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A provider's monthly settlement: unique per (provider, month), approved by a second person. */
@Entity('home_care_settlement')
export class HomeCareSettlement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ type: 'char', length: 7 })
  month!: string;

  @Column({ type: 'integer' })
  orders!: number;

  @Column({ name: 'price_fen', type: 'bigint', transformer: bigintAsNumber })
  priceFen!: number;

  @Column({ name: 'subsidy_fen', type: 'bigint', transformer: bigintAsNumber })
  subsidyFen!: number;

  @Column({ name: 'copay_fen', type: 'bigint', transformer: bigintAsNumber })
  copayFen!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: 'DRAFT' | 'APPROVED';

  @Column({ name: 'created_by', type: 'varchar', length: 100 })
  createdBy!: string;

  @Column({ name: 'approved_by', type: 'varchar', length: 100, nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
