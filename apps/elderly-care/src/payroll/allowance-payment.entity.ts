import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One month of one allowance, unique per (allowance, month): a payroll rerun changes nothing. */
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
