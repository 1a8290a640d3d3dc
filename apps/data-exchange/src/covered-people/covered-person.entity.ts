import { EnrollmentSpellColumns } from '@app/common/read-models/read-model.columns';
import { Entity } from 'typeorm';

/** One spell of a person's cover by a programme: what department records are matched against. */
@Entity({ name: 'covered_person' })
export class CoveredPerson extends EnrollmentSpellColumns {}
