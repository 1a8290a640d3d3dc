import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One month of one allowance: one regular line per (allowance, month) and at most one arrears line
 * per (allowance, month, figure), so a payroll rerun changes nothing.
 */
@Entity('allowance_payment')
export class AllowancePayment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'allowance_id', type: 'uuid' })
  allowanceId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'char', length: 7 })
  month!: string;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  /** REGULAR: the month's payment; ARREARS (补发): the difference to a figure raised after it was paid. */
  @Column({ name: 'line_type', type: 'varchar', length: 10 })
  lineType!: 'REGULAR' | 'ARREARS';

  /** The payroll month that paid the line (a back month or arrears is paid later than its month). */
  @Column({ name: 'paid_in_month', type: 'char', length: 7 })
  paidInMonth!: string;

  /** For arrears: the month's figure the line brings the month up to. */
  @Column({ name: 'due_fen', type: 'integer', nullable: true })
  dueFen!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
