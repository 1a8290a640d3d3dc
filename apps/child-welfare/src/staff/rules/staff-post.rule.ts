// The staff register (DOMAIN §5): a child director (儿童主任) per village, a supervisor (儿童督导员)
// per township. A post has at most one holder on any day. Pure: dates are parameters.

export const STAFF_ROLES = ['CHILD_DIRECTOR', 'CHILD_SUPERVISOR'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = { CHILD_DIRECTOR: '儿童主任', CHILD_SUPERVISOR: '儿童督导员' };

/** Length of the division code a post belongs to: a village (12) or a township (9). */
const DIVISION_LENGTH: Record<StaffRole, number> = { CHILD_DIRECTOR: 12, CHILD_SUPERVISOR: 9 };

export interface StaffTenure {
  appointedOn: string;
  leftOn: string | null;
}

export interface StaffProblem {
  status: 409 | 422;
  code: 'STAFF.DIVISION_MISMATCH' | 'STAFF.POST_OCCUPIED';
  field: string;
  message: string;
}

/** A director's post is a village, a supervisor's a township. */
export function postDivisionProblem(role: StaffRole, divisionCode: string): StaffProblem | null {
  if (divisionCode.length === DIVISION_LENGTH[role]) return null;
  const what = role === 'CHILD_DIRECTOR' ? 'a village (12 digits)' : 'a township (9 digits)';
  return { status: 422, code: 'STAFF.DIVISION_MISMATCH', field: 'divisionCode', message: `a ${STAFF_ROLE_LABELS[role]} serves ${what}` };
}

/**
 * A new holder of a post: refused while someone holds it, and on a day before the last holder
 * left (the two tenures would overlap).
 */
export function appointmentProblem(holders: readonly StaffTenure[], appointedOn: string): StaffProblem | null {
  const current = holders.find((h) => h.leftOn === null);
  if (current) return { status: 409, code: 'STAFF.POST_OCCUPIED', field: 'divisionCode', message: `the post is held since ${current.appointedOn}; record that the holder left first` };
  const overlapping = holders.find((h) => h.leftOn !== null && h.leftOn > appointedOn);
  if (overlapping) return { status: 409, code: 'STAFF.POST_OCCUPIED', field: 'appointedOn', message: `the post was held until ${overlapping.leftOn}` };
  return null;
}

/** In post on `day`: appointed by then and not yet left (the day of leaving is no longer in post). */
export function inPostOn(tenure: StaffTenure, day: string): boolean {
  return tenure.appointedOn <= day && (tenure.leftOn === null || tenure.leftOn > day);
}

/** Directors and supervisors in post on `day`. */
export function countInPost(staff: readonly (StaffTenure & { role: StaffRole })[], day: string): Record<'directors' | 'supervisors', number> {
  const inPost = staff.filter((s) => inPostOn(s, day));
  return { directors: inPost.filter((s) => s.role === 'CHILD_DIRECTOR').length, supervisors: inPost.filter((s) => s.role === 'CHILD_SUPERVISOR').length };
}
