import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CareForm } from '../children/child.entity';

/** One month of a child's allowance, unique per (child, month): a payroll rerun changes nothing. */
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

  @Column({ type: 'char', length: 7 })
  month!: string;

  @Column({ type: 'varchar', length: 24 })
  category!: string;

  @Column({ name: 'care_form', type: 'varchar', length: 10 })
  careForm!: CareForm;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  /** 低保/特困 covering the same child that month: the child allowance took precedence. */
  @Column({ name: 'overlap_program', type: 'varchar', length: 10, nullable: true })
  overlapProgram!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
