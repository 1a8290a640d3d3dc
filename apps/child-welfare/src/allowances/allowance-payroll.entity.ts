import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The child allowance payroll of a month for the division that ran it (unique (month, scope)):
 * RUN while lines are computed, APPROVED once someone who never ran it released it for payment.
 */
@Entity('allowance_payroll')
export class AllowancePayroll {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 7 })
  month!: string;

  /** The division prefix of the run (the runner's overview scope). */
  @Column({ type: 'varchar', length: 12 })
  scope!: string;

  @Column({ type: 'varchar', length: 8 })
  status!: 'RUN' | 'APPROVED';

  /** Everyone who ran it (a rerun by another person makes them a maker too). */
  @Column({ name: 'run_by', type: 'text', array: true })
  runBy!: string[];

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;
}
