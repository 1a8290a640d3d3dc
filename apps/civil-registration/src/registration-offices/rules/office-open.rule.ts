// Where a registration was done (DOMAIN §6): every marriage, divorce and ceremony names the office
// or point, which must exist and be open on the day. Pure: the date is a parameter.

/** 婚姻登记处 (the bureau's office), 登记点 (a point elsewhere), 公园登记点 (a point in a park). */
export const OFFICE_KINDS = ['OFFICE', 'POINT', 'PARK_POINT'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export const OFFICE_KIND_LABELS: Readonly<Record<OfficeKind, string>> = { OFFICE: '婚姻登记处', POINT: '登记点', PARK_POINT: '公园登记点' };

export interface OfficeOpening {
  /** First day the office registers. */
  openedOn: string;
  /** First day it no longer registers; null while open. */
  closedOn: string | null;
}

export type OfficeProblemCode = 'REGISTRATION_OFFICE.UNKNOWN' | 'REGISTRATION_OFFICE.NOT_YET_OPEN' | 'REGISTRATION_OFFICE.CLOSED';

export interface OfficeProblem {
  code: OfficeProblemCode;
  detail: string;
}

/** Why a registration cannot be recorded at this office on `onDate`, or null when it is open. */
export function officeOpenProblem(office: OfficeOpening | null, onDate: string): OfficeProblem | null {
  if (!office) return { code: 'REGISTRATION_OFFICE.UNKNOWN', detail: 'No registration office or point with this id.' };
  if (onDate < office.openedOn) return { code: 'REGISTRATION_OFFICE.NOT_YET_OPEN', detail: `The office opens on ${office.openedOn}.` };
  if (office.closedOn !== null && onDate >= office.closedOn) return { code: 'REGISTRATION_OFFICE.CLOSED', detail: `The office closed on ${office.closedOn}.` };
  return null;
}

/** An office is closed on a day after it opened: a closing on or before the opening day is a typo. */
export function closingProblem(office: OfficeOpening, closedOn: string): 'REGISTRATION_OFFICE.ALREADY_CLOSED' | 'REGISTRATION_OFFICE.CLOSES_BEFORE_OPENING' | null {
  if (office.closedOn !== null) return 'REGISTRATION_OFFICE.ALREADY_CLOSED';
  if (closedOn <= office.openedOn) return 'REGISTRATION_OFFICE.CLOSES_BEFORE_OPENING';
  return null;
}

/** Whether the office registered on some day of the period [from, to] (for the annual report). */
export function openDuring(office: OfficeOpening, from: string, to: string): boolean {
  return office.openedOn <= to && (office.closedOn === null || office.closedOn > from);
}
