import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import type { EntityManager } from 'typeorm';

/**
 * A payroll pays every allowance of the service at once, so whoever runs or approves it must hold
 * a division covering every elder paid (as social-assistance's payroll does for its households):
 * a district's approver cannot release the city's money. 403 AUTH.OUTSIDE_DIVISION otherwise.
 */
export async function assertCoversEveryPaidElder(manager: EntityManager, principal: Principal): Promise<void> {
  const prefix = divisionPrefix(principal.division);
  if (prefix === '') return;
  const outside: Array<{ region: string }> = await manager.query(
    `SELECT e.region FROM allowance a JOIN elder e ON e.resident_id = a.resident_id WHERE e.region NOT LIKE $1 LIMIT 1`,
    [`${prefix}%`],
  );
  if (outside.length > 0) assertWithinDivision(principal, outside[0].region, 'region');
}
