import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A death, recorded once per person (unique resident_id). */
@Entity({ name: 'death_record' })
export class DeathRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'char', length: 1 })
  sex: 'M' | 'F';

  @Column({ type: 'varchar', length: 40 })
  ethnicity: string;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath: string;

  @Column({ name: 'place_of_death', type: 'text' })
  placeOfDeath: string;

  @Column({ type: 'varchar', length: 20 })
  disposal: 'CREMATION' | 'BURIAL';

  @Column({ type: 'varchar', length: 30 })
  source: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}

/** A report whose date contradicts the recorded death: kept for a person to review. */
@Entity({ name: 'death_report_conflict' })
export class DeathReportConflict {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'death_id', type: 'uuid' })
  deathId: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ name: 'reported_date_of_death', type: 'date' })
  reportedDateOfDeath: string;

  @Column({ type: 'jsonb' })
  report: unknown;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy: string;

  @Column({ type: 'boolean', default: false })
  resolved: boolean;

  /** The line of another department's file the report came from: kept once however often it arrives. */
  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId: string | null;
}

/**
 * A death matched in another department's file that failed the checks a clerk's report would
 * fail (a 4xx there): kept with its reason for a reviewer, so the rest of the file goes on.
 */
@Entity({ name: 'death_report_refusal' })
export class DeathReportRefusal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @Column({ name: 'import_id', type: 'uuid' })
  importId: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 40 })
  field: string;

  @Column({ type: 'text' })
  detail: string;

  @Column({ type: 'jsonb' })
  report: unknown;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
