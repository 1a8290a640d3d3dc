import { EnrollmentSpellColumns } from '@app/common/read-models/read-model.columns';
import { Entity } from 'typeorm';

/** Read model of 低保/特困 enrollments: the funeral benefit's supplement depends on it at the death. */
@Entity({ name: 'enrollment_status' })
export class EnrollmentStatus extends EnrollmentSpellColumns {}
