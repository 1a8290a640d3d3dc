import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Paid for months after an allowance stopped (DOMAIN §8): a receivable. */
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

  @Column({ type: 'varchar', length: 20 })
  status!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
