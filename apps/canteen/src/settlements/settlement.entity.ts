import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SettlementStatus = 'OPEN' | 'APPROVED';
export type SettlementLineStatus = 'CLAIMED' | 'DISPUTED' | 'ACCEPTED' | 'REJECTED';
/** CLAIM: a meal of the month. CORRECTION: takes back a meal paid in an approved month and voided since. */
export type SettlementLineKind = 'CLAIM' | 'CORRECTION';

/** A canteen's monthly meal-subsidy claim; approved once, after which the month is closed. */
@Entity('settlement')
export class Settlement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'canteen_id', type: 'uuid' })
  canteenId!: string;

  @Column({ type: 'char', length: 7 })
  month!: string;

  @Column()
  operator!: string;

  @Column({ type: 'varchar' })
  status!: SettlementStatus;

  /** Who opened the settlement; they may not approve it (maker and checker). */
  @Column({ name: 'opened_by', type: 'varchar', nullable: true })
  openedBy!: string | null;

  @Column({ name: 'meal_count', type: 'integer', nullable: true })
  mealCount!: number | null;

  @Column({ name: 'subsidy_fen', type: 'integer', nullable: true })
  subsidyFen!: number | null;

  @Column({ name: 'approved_by', type: 'varchar', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One subsidised meal claimed in a settlement. */
@Entity('settlement_line')
export class SettlementLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'settlement_id', type: 'uuid' })
  settlementId!: string;

  @Column({ name: 'meal_id', type: 'uuid' })
  mealId!: string;

  /** Negative on a correction line. */
  @Column({ name: 'subsidy_fen', type: 'integer' })
  subsidyFen!: number;

  @Column({ type: 'varchar' })
  kind!: SettlementLineKind;

  /** On a correction: the approved settlement that paid the meal. */
  @Column({ name: 'corrects_settlement_id', type: 'uuid', nullable: true })
  correctsSettlementId!: string | null;

  @Column({ type: 'varchar' })
  status!: SettlementLineStatus;

  @Column({ name: 'dispute_reason', type: 'text', nullable: true })
  disputeReason!: string | null;
}
