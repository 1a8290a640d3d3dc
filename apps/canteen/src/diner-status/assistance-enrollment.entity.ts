import { EnrollmentSpellColumns } from '@app/common/read-models/read-model.columns';
import { Entity } from 'typeorm';

/** Read model of a 低保 (DIBAO) / 特困 (TEKUN) enrollment: a covered diner eats at the assisted tier. */
@Entity('assistance_enrollment')
export class AssistanceEnrollment extends EnrollmentSpellColumns {}
