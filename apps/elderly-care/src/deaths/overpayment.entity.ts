import type { PaymentFailureReason } from '@app/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RecoveryStatus } from './rules/recovery.rule';

/**
 * Paid for months after an allowance stopped (DOMAIN §8): a receivable, recovered (冲正) from the
 * 一卡通 account it was paid to. The recovery columns hold the current attempt; earlier attempts
 * are in the audit log.
 */
@Entity('overpayment')
export class Overpayment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'allowance_id', type: 'uuid' })
  allowanceId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'from_month', type: 'char', length: 7 })
  fromMonth!: string;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  /** OPEN until recovered (then RECOVERED). */
  @Column({ type: 'varchar', length: 20 })
  status!: string;

  /** The current attempt's id: payments' idempotency key; a new one for each attempt. */
  @Column({ name: 'recovery_id', type: 'uuid', nullable: true })
  recoveryId!: string | null;

  @Column({ name: 'recovery_status', type: 'varchar', length: 10, nullable: true })
  recoveryStatus!: RecoveryStatus | null;

  @Column({ name: 'recovery_requested_by', type: 'text', nullable: true })
  recoveryRequestedBy!: string | null;

  @Column({ name: 'recovery_requested_on', type: 'date', nullable: true })
  recoveryRequestedOn!: string | null;

  /** Who approved the attempt: never who asked for it. */
  @Column({ name: 'recovery_approved_by', type: 'text', nullable: true })
  recoveryApprovedBy!: string | null;

  @Column({ name: 'recovery_approved_on', type: 'date', nullable: true })
  recoveryApprovedOn!: string | null;

  @Column({ name: 'recovery_settled_on', type: 'date', nullable: true })
  recoverySettledOn!: string | null;

  @Column({ name: 'recovery_failure_reason', type: 'varchar', length: 20, nullable: true })
  recoveryFailureReason!: PaymentFailureReason | null;

  @Column({ name: 'recovery_bank_message', type: 'text', nullable: true })
  recoveryBankMessage!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
