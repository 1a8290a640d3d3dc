import { EnrollmentSpellColumns } from '@app/common/read-models/read-model.columns';
import { Column, Entity } from 'typeorm';

/** Read model of one 低保/特困 enrollment, with what the service subsidy needs besides the spell. */
@Entity('assistance_enrollment')
export class AssistanceEnrollment extends EnrollmentSpellColumns {
  /** 特困 only: CENTRAL (集中供养) or DISPERSED (分散供养); null when the event did not say. */
  @Column({ name: 'care_form', type: 'varchar', length: 10, nullable: true })
  careForm!: 'CENTRAL' | 'DISPERSED' | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;
}
