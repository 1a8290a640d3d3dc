import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OutreachKind, OutreachOutcome } from './rules/outreach.rule';

/** One hotline call or street patrol of a rescue station, as logged. */
@Entity({ name: 'vagrant_outreach' })
export class VagrantOutreach {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 15 })
  kind: OutreachKind;

  /** Division of the rescue station. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** Where the person was found or reported. */
  @Column({ type: 'text' })
  location: string;

  /** A call: who called (null: anonymous). */
  @Column({ name: 'caller_name', type: 'text', nullable: true })
  callerName: string | null;

  @Column({ name: 'caller_phone', type: 'varchar', length: 20, nullable: true })
  callerPhone: string | null;

  /** A patrol: the team on the street. */
  @Column({ name: 'patrol_members', type: 'text', array: true })
  patrolMembers: string[];

  /** The person in need as seen or reported (often nameless). */
  @Column({ name: 'person_description', type: 'text' })
  personDescription: string;

  @Column({ type: 'varchar', length: 20 })
  outcome: OutreachOutcome;

  /** ADMITTED: the vagrant case opened for the person. */
  @Column({ name: 'vagrant_case_id', type: 'uuid', nullable: true })
  vagrantCaseId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Who logged it: the hotline operator or the patrol's leader. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
