import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CeremonyKind } from './rules/ceremony.rule';

/** A certificate ceremony held at an office or point: a group ceremony (集体颁证) or another. */
@Entity({ name: 'ceremony' })
export class Ceremony {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 10 })
  kind: CeremonyKind;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ type: 'varchar', length: 100 })
  theme: string;

  /** Division of the recording office, as for registrations: the work lists show each office its own. */
  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}

/** A couple (their marriage registration) who received their certificate at a ceremony. */
@Entity({ name: 'ceremony_couple' })
export class CeremonyCouple {
  @PrimaryColumn({ name: 'ceremony_id', type: 'uuid' })
  ceremonyId: string;

  @PrimaryColumn({ name: 'marriage_id', type: 'uuid' })
  marriageId: string;
}
