import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PaymentFailureReason } from '@app/contracts';
import type { PayeeKind } from './rules/account-proposal.rule';

export type PayeeAccountStatus = 'PROPOSED' | 'CONFIRMED' | 'SUPERSEDED' | 'REJECTED';

/**
 * One version of a payee's account (DOMAIN §8): proposed with its evidence, in force once a second
 * person confirms it, superseded by the next confirmed version; every version is kept. An account
 * the bank returned as closed, not found, frozen or in another name is unusable until a corrected
 * one is confirmed.
 */
@Entity('payee_account')
export class PayeeAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of proposal, for the history: the clock may stand still (tests, back-office runs). */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  seq!: string;

  @Column({ name: 'payee_kind', type: 'varchar' })
  payeeKind!: PayeeKind;

  /** The resident ID of a person, the owning service's id of an organisation. */
  @Column({ name: 'payee_key', type: 'varchar' })
  payeeKey!: string;

  @Column({ name: 'organisation_name', type: 'varchar', nullable: true })
  organisationName!: string | null;

  @Column({ name: 'division_code', type: 'varchar' })
  divisionCode!: string;

  @Column({ name: 'bank_code', type: 'varchar' })
  bankCode!: string;

  @Column({ name: 'account_number', type: 'varchar' })
  accountNumber!: string;

  @Column({ name: 'holder_name', type: 'varchar' })
  holderName!: string;

  @Column({ name: 'evidence_note', type: 'text' })
  evidenceNote!: string;

  @Column({ name: 'evidence_reference', type: 'varchar', nullable: true })
  evidenceReference!: string | null;

  @Column({ type: 'varchar' })
  status!: PayeeAccountStatus;

  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId!: string | null;

  @Column({ name: 'proposed_by', type: 'varchar' })
  proposedBy!: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  /** Who confirmed or rejected the proposal: never its proposer. */
  @Column({ name: 'decided_by', type: 'varchar', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  @Column({ name: 'unusable_reason', type: 'varchar', nullable: true })
  unusableReason!: Exclude<PaymentFailureReason, 'OTHER'> | null;

  @Column({ name: 'unusable_since', type: 'timestamptz', nullable: true })
  unusableSince!: Date | null;

  @Column({ name: 'unusable_return_file_id', type: 'uuid', nullable: true })
  unusableReturnFileId!: string | null;
}
