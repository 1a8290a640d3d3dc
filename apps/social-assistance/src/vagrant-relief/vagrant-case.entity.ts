import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VagrantOutcome } from './rules/vagrant-stay.rule';

export interface StayExtension {
  from: string;
  until: string;
  reason: string;
  by: string;
}

export interface FamilySearchEntry {
  on: string;
  found: boolean;
  note: string;
  by: string;
  /** The parent or guardian found, who may take a minor home. */
  guardian?: { name: string; relation: string };
}

@Entity({ name: 'vagrant_case' })
export class VagrantCase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Division of the rescue station; null for cases recorded before divisions were kept. */
  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  /** Unknown at intake for many people; family search may find it. */
  @Column({ name: 'resident_id', type: 'varchar', length: 18, nullable: true })
  residentId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean' })
  minor: boolean;

  @Column({ name: 'admitted_on', type: 'date' })
  admittedOn: string;

  @Column({ name: 'stay_until', type: 'date' })
  stayUntil: string;

  @Column({ type: 'jsonb' })
  extensions: StayExtension[];

  @Column({ name: 'family_search', type: 'jsonb' })
  familySearch: FamilySearchEntry[];

  @Column({ type: 'varchar', length: 12 })
  status: 'IN_CARE' | 'CLOSED';

  @Column({ type: 'varchar', length: 15, nullable: true })
  outcome: VagrantOutcome | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'admitted_by', type: 'text' })
  admittedBy: string;
}
