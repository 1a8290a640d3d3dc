import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DivorceStatus } from './rules/cooling-off.rule';

/** A joint divorce application and what became of it (Civil Code art. 1077). */
@Entity({ name: 'divorce' })
export class Divorce {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'marriage_id', type: 'uuid' })
  marriageId: string;

  @Column({ name: 'party_a_resident_id', type: 'varchar', length: 18 })
  partyAResidentId: string;

  @Column({ name: 'party_b_resident_id', type: 'varchar', length: 18 })
  partyBResidentId: string;

  @Column({ name: 'applied_on', type: 'date' })
  appliedOn: string;

  @Column({ name: 'cooling_off_ends_on', type: 'date' })
  coolingOffEndsOn: string;

  @Column({ name: 'certificate_deadline', type: 'date' })
  certificateDeadline: string;

  @Column({ type: 'varchar', length: 20 })
  status: DivorceStatus;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn: string | null;

  @Column({ name: 'withdrawn_by_resident_id', type: 'varchar', length: 18, nullable: true })
  withdrawnByResidentId: string | null;

  @Column({ name: 'registered_on', type: 'date', nullable: true })
  registeredOn: string | null;

  /** Division of the registration office that received the application. */
  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  /** The office or point that received the application; null only for applications from before offices were kept. */
  @Column({ name: 'office_id', type: 'uuid', nullable: true })
  officeId: string | null;

  /** The office or point where the divorce was registered (the certificate issued). */
  @Column({ name: 'registration_office_id', type: 'uuid', nullable: true })
  registrationOfficeId: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
