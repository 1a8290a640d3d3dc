import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AccountNumberRule } from './rules/account-number.rule';
import type { DisbursementLayout, ReturnLayout } from './rules/bank-layout.rule';

/** A bank that pays the bureau's subsidies: its account number rules and how many lines a file may hold. */
@Entity('bank')
export class Bank {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'personal_account', type: 'jsonb' })
  personalAccount!: AccountNumberRule;

  @Column({ name: 'corporate_account', type: 'jsonb' })
  corporateAccount!: AccountNumberRule;

  @Column({ name: 'max_lines_per_file', type: 'integer' })
  maxLinesPerFile!: number;

  @Column({ name: 'created_by', type: 'varchar' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One version of a bank's file formats; never edited (a trigger refuses it), superseded by the next version. */
@Entity('bank_layout')
export class BankLayout {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'bank_code', type: 'varchar', length: 16 })
  bankCode!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  layout!: DisbursementLayout;

  @Column({ name: 'return_layout', type: 'jsonb' })
  returnLayout!: ReturnLayout;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'varchar' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
