import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface ProgramTotal {
  amountFen: number;
  lineCount: number;
}
export type PayrollTotals = { DIBAO: ProgramTotal; TEKUN: ProgramTotal };

/** One closed payroll per month (unique month): a rerun finds it and changes nothing. */
@Entity({ name: 'payroll' })
export class Payroll {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 7 })
  month: string;

  @Column({ type: 'jsonb' })
  totals: PayrollTotals;

  @Column({ name: 'run_by', type: 'text' })
  runBy: string;

  @Column({ name: 'closed_at', type: 'timestamptz', default: () => 'now()' })
  closedAt: Date;

  /** CLOSED when computed; APPROVED (released for payment) by an approver other than the runner. */
  @Column({ type: 'varchar', length: 8, default: 'CLOSED' })
  status: 'CLOSED' | 'APPROVED';

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn: string | null;
}
