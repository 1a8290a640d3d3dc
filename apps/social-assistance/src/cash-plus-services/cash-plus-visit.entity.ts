import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CashPlusService } from './rules/plan.rule';
import type { VisitStatus } from './rules/visit.rule';

/** A household-visit the provider recorded; paid once confirmed by a caseworker and settled. */
@Entity({ name: 'cash_plus_visit' })
export class CashPlusVisit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ name: 'visited_on', type: 'date' })
  visitedOn: string;

  /** The month the visit is settled in. */
  @Column({ type: 'char', length: 7 })
  month: string;

  @Column({ type: 'varchar', length: 10 })
  service: CashPlusService;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: VisitStatus;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'confirmed_by', type: 'text', nullable: true })
  confirmedBy: string | null;

  @Column({ name: 'confirmed_on', type: 'date', nullable: true })
  confirmedOn: string | null;

  @Column({ name: 'disputed_by', type: 'text', nullable: true })
  disputedBy: string | null;

  @Column({ name: 'disputed_on', type: 'date', nullable: true })
  disputedOn: string | null;

  /** Why the caseworker does not accept the visit (not paid). */
  @Column({ name: 'dispute_reason', type: 'text', nullable: true })
  disputeReason: string | null;

  @Column({ name: 'settlement_id', type: 'uuid', nullable: true })
  settlementId: string | null;
}
