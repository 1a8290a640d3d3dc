import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MarriageKind = 'REGISTRATION' | 'RETROACTIVE' | 'REMARRIAGE';

/** A registered marriage; DISSOLVED once a divorce is registered. */
@Entity({ name: 'marriage' })
export class Marriage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: MarriageKind;

  @Column({ name: 'party_a_resident_id', type: 'varchar', length: 18 })
  partyAResidentId: string;

  @Column({ name: 'party_b_resident_id', type: 'varchar', length: 18 })
  partyBResidentId: string;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn: string;

  @Column({ type: 'varchar', length: 20 })
  status: 'ACTIVE' | 'DISSOLVED';

  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn: string | null;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  /** The office or point where it was registered; null only for marriages recorded before offices were kept. */
  @Column({ name: 'office_id', type: 'uuid', nullable: true })
  officeId: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}

/** 补领: a duplicate marriage certificate issued for an existing marriage. */
@Entity({ name: 'marriage_certificate_reissue' })
export class MarriageCertificateReissue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'marriage_id', type: 'uuid' })
  marriageId: string;

  @Column({ name: 'requested_by_resident_id', type: 'varchar', length: 18 })
  requestedByResidentId: string;

  @Column({ name: 'reissued_on', type: 'date' })
  reissuedOn: string;

  @Column({ name: 'office_id', type: 'uuid', nullable: true })
  officeId: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
