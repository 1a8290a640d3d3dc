// Who is an earner of a monitored household (DOMAIN §1 低保边缘, early warnings): a member who
// declared an income, or one of working age on the day of the event, since a working-age member
// is the household's capacity to earn even while out of work. The ages are a policy parameter. Pure.
import { ageOn, checkResidentId } from '@app/common/resident-id/resident-id';

export interface WorkingAge {
  /** First year of age counted as working age (18). */
  fromAge: number;
  /** Last year of age counted as working age (59). */
  toAge: number;
}

export function isEarner(member: { residentId: string; monthlyIncomeFen: number }, onDate: string, workingAge: WorkingAge): boolean {
  if (member.monthlyIncomeFen > 0) return true;
  // A department's date before the person's birth is a data error, never a reason to fail the chunk.
  const id = checkResidentId(member.residentId, onDate);
  if (!id.ok) return false;
  const age = ageOn(id.info.birthDate, onDate);
  return age >= workingAge.fromAge && age <= workingAge.toAge;
}
