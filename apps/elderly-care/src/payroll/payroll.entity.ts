import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The payroll of a month (unique month): RUN while its lines are being computed, APPROVED once
 * someone who never ran it released it for payment. An approved month's lines never change.
 */
@Entity('payroll')
export class Payroll {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 7 })
  month!: string;

  @Column({ type: 'varchar', length: 8 })
  status!: 'RUN' | 'APPROVED';

  /** Everyone who ran the month (a rerun by another person makes them a maker too). */
  @Column({ name: 'run_by', type: 'text', array: true })
  runBy!: string[];

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;
}
