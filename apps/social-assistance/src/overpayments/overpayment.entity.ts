import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A receivable: paid for months after an enrollment stopped (recover, ask heirs or write off). */
@Entity({ name: 'overpayment' })
export class Overpayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'text', array: true })
  months: string[];

  @Column({ name: 'amount_fen', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountFen: number;

  /** OPEN, WRITE_OFF_PROPOSED, then RECOVERED, HEIRS_PAID or WRITTEN_OFF. */
  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status: string;

  @Column({ name: 'proposed_by', type: 'text', nullable: true })
  proposedBy: string | null;

  @Column({ name: 'proposed_on', type: 'date', nullable: true })
  proposedOn: string | null;

  @Column({ name: 'cause_event_id', type: 'uuid' })
  causeEventId: string;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn: string | null;

  @Column({ name: 'resolved_by', type: 'text', nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
