import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MediationOutcome } from './rules/mediation-eligibility.rule';

/** A premarital counselling session (婚前辅导) of a couple; the parties are stored in ID order, so a couple has one key. */
@Entity({ name: 'counselling_session' })
export class CounsellingSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'party_a_resident_id', type: 'varchar', length: 18 })
  partyAResidentId: string;

  @Column({ name: 'party_b_resident_id', type: 'varchar', length: 18 })
  partyBResidentId: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ type: 'varchar', length: 50 })
  counsellor: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}

/** A mediation session (离婚调解) with a couple whose divorce application is open, and what came of it. */
@Entity({ name: 'mediation_session' })
export class MediationSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'divorce_id', type: 'uuid' })
  divorceId: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ type: 'varchar', length: 50 })
  counsellor: string;

  @Column({ type: 'varchar', length: 20 })
  outcome: MediationOutcome;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
