import { assertWithinDivision } from '@app/common/auth/division-scope';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import type { EntityManager } from 'typeorm';
import { DeceasedResident } from '../deaths/deceased-resident.entity';
import { Elder } from './elder.entity';

/**
 * The registered, living elder a write is about, within the caller's division (DOMAIN §9):
 * 404 ELDER.NOT_FOUND, 403 AUTH.OUTSIDE_DIVISION, 422 ELDER.DECEASED.
 */
export async function livingElderInScope(manager: EntityManager, residentId: string, principal: Principal, field = 'residentId'): Promise<Elder> {
  const id = residentId.toUpperCase();
  const elder = await manager.findOneBy(Elder, { residentId: id });
  if (!elder) throw new ProblemException({ status: 404, code: 'ELDER.NOT_FOUND', detail: 'no elder with this resident ID in the registry', errors: [{ field, code: 'notFound', message: 'not in the elder registry' }] });
  assertWithinDivision(principal, elder.region, field);
  if (await manager.findOneBy(DeceasedResident, { residentId: id })) {
    throw new ProblemException({ status: 422, code: 'ELDER.DECEASED', detail: 'the elder has died', errors: [{ field, code: 'deceased', message: 'the elder has died' }] });
  }
  return elder;
}
