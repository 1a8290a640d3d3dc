import { EnrollmentSpellColumns } from '@app/common/read-models/read-model.columns';
import { Entity } from 'typeorm';

/** Read model of one 低保/特困 enrollment: the payroll checks it for double payment. */
@Entity('assistance_enrollment')
export class AssistanceEnrollment extends EnrollmentSpellColumns {}
