import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AssessmentOutcome } from './rules/adoption-checks.rule';

/** A family capability assessment (收养评估) for given adopters, which must precede registration. */
@Entity('adoption_assessment')
export class AdoptionAssessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ name: 'adopter_resident_ids', type: 'text', array: true })
  adopterResidentIds!: string[];

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  @Column({ type: 'varchar', length: 12 })
  outcome!: AssessmentOutcome;

  @Column({ type: 'text' })
  notes!: string;

  @Column({ type: 'varchar', length: 200 })
  assessor!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The adopters as checked at registration. */
export interface AdopterRecord {
  residentId: string;
  name: string;
  birthDate: string;
  sex: 'M' | 'F';
  married: boolean;
  spouseResidentId: string | null;
}

/** A registered adoption (收养登记), one per child. */
@Entity('adoption')
export class Adoption {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ name: 'child_resident_id', type: 'char', length: 18 })
  childResidentId!: string;

  @Column({ name: 'adopter_resident_ids', type: 'text', array: true })
  adopterResidentIds!: string[];

  @Column({ type: 'jsonb' })
  adopters!: AdopterRecord[];

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn!: string;

  @Column({ name: 'relatives_child', type: 'boolean' })
  relativesChild!: boolean;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
