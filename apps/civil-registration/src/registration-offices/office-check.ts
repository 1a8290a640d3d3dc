// The one check every registration makes of the office it names (rules/office-open.rule), in the
// registration's transaction: the office row is read with a share lock, so a closing cannot slip
// in between the check and the insert.
import { ProblemException } from '@app/common/http/problem';
import type { EntityManager } from 'typeorm';
import { RegistrationOffice } from './registration-office.entity';
import { officeOpenProblem } from './rules/office-open.rule';

/** The office, open on `onDate`; else 422 with the code and `field` (the request's name for it). */
export async function requireOpenOffice(manager: EntityManager, officeId: string, onDate: string, field = 'officeId'): Promise<RegistrationOffice> {
  const office = await manager.findOne(RegistrationOffice, { where: { id: officeId }, lock: { mode: 'pessimistic_read' } });
  const problem = officeOpenProblem(office, onDate);
  if (problem || !office) {
    const { code, detail } = problem ?? { code: 'REGISTRATION_OFFICE.UNKNOWN', detail: 'No registration office or point with this id.' };
    throw new ProblemException({ status: 422, code, detail, errors: [{ field, code, message: detail }] });
  }
  return office;
}
