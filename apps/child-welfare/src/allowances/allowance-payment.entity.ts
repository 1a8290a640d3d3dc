import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CareForm } from '../children/child.entity';

export type AllowanceLineKind = 'REGULAR' | 'ARREARS' | 'REISSUE';

/**
 * One month of a child's allowance. A REGULAR line is unique per (child, month): a payroll rerun
 * changes nothing. An ARREARS line (补发) pays a shortfall of a month already paid, after a raise.
 * A REISSUE line pays a line the bank returned FAILED again (once: unique reissue_of).
 */
@Entity('allowance_payment')
export class AllowancePayment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode!: string;

  /** The month the money is for. */
  @Column({ type: 'char', length: 7 })
  month!: string;

  @Column({ type: 'varchar', length: 8, default: 'REGULAR' })
  kind!: AllowanceLineKind;

  /** The payroll month whose run paid the line: the month itself for a regular line. */
  @Column({ name: 'paid_with_month', type: 'char', length: 7 })
  paidWithMonth!: string;

  @Column({ type: 'varchar', length: 24 })
  category!: string;

  @Column({ name: 'care_form', type: 'varchar', length: 10 })
  careForm!: CareForm;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  /** 低保/特困 covering the same child that month: the child allowance took precedence. */
  @Column({ name: 'overlap_program', type: 'varchar', length: 10, nullable: true })
  overlapProgram!: string | null;

  /** The approved payroll that released the line for payment (一卡通); null until approved. */
  @Column({ name: 'approval_id', type: 'uuid', nullable: true })
  approvalId!: string | null;

  @Column({ name: 'reissue_of', type: 'uuid', nullable: true })
  reissueOf!: string | null;

  /** The bank's outcome, from payments; null while not known. */
  @Column({ name: 'payment_status', type: 'varchar', length: 6, nullable: true })
  paymentStatus!: 'PAID' | 'FAILED' | null;

  @Column({ name: 'payment_failure_reason', type: 'varchar', length: 20, nullable: true })
  paymentFailureReason!: string | null;

  @Column({ name: 'payment_outcome_on', type: 'date', nullable: true })
  paymentOutcomeOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
