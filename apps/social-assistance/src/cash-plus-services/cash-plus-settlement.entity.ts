import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/** A provider's monthly settlement: unique per (provider, month), approved by a second person. */
@Entity({ name: 'cash_plus_settlement' })
export class CashPlusSettlement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ type: 'char', length: 7 })
  month: string;

  /** Confirmed visits settled. */
  @Column({ type: 'integer' })
  visits: number;

  /** Visits of the month still unconfirmed when it was drawn up: not paid. */
  @Column({ name: 'unconfirmed_visits', type: 'integer' })
  unconfirmedVisits: number;

  /** Visits of the month a caseworker disputed: not paid. */
  @Column({ name: 'disputed_visits', type: 'integer' })
  disputedVisits: number;

  @Column({ name: 'price_per_visit_fen', type: 'bigint', transformer: bigintAsNumber })
  pricePerVisitFen: number;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintAsNumber })
  amountFen: number;

  @Column({ type: 'varchar', length: 10 })
  status: 'DRAFT' | 'APPROVED';

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;
}
