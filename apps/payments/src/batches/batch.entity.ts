import { Column, Entity, PrimaryColumn } from 'typeorm';

/** ASSEMBLED: lines chosen, no file yet. RELEASED: the file was written and may go to the bank.
 * RETURNED: the bank answered for every line. EMPTIED: at release no line was left to pay. */
export type BatchStatus = 'ASSEMBLED' | 'RELEASED' | 'RETURNED' | 'EMPTIED';

/** A disbursement batch: one bank, one month, one file. */
@Entity('disbursement_batch')
export class DisbursementBatch {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'bank_code', type: 'varchar' })
  bankCode!: string;

  @Column({ type: 'char', length: 7 })
  month!: string;

  /** The bank's batches of the month are numbered 1, 2, …: a late approval or a held line joins a later one. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'varchar' })
  status!: BatchStatus;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount!: number;

  @Column({ name: 'total_fen', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  totalFen!: number;

  @Column({ name: 'assembled_by', type: 'varchar' })
  assembledBy!: string;

  @Column({ name: 'assembled_at', type: 'timestamptz' })
  assembledAt!: Date;

  /** Who released it: never who assembled it. */
  @Column({ name: 'released_by', type: 'varchar', nullable: true })
  releasedBy!: string | null;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @Column({ name: 'released_on', type: 'date', nullable: true })
  releasedOn!: string | null;

  @Column({ name: 'layout_id', type: 'uuid', nullable: true })
  layoutId!: string | null;
}
