import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OfficeKind } from './rules/office-open.rule';

/** A marriage registration office or point of the bureau, where registrations are done. */
@Entity({ name: 'registration_office' })
export class RegistrationOffice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The bureau's own code of the office, unique. */
  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OfficeKind;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
