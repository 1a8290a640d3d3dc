// Community elderly care facilities (DOMAIN §4 "Facilities"): their types, the division level each
// type sits at, and the checks on a registration. Pure: today is a parameter. Canteens (幸福食堂)
// are facilities too, but the canteen service keeps them.
import { isCalendarDate } from '@app/common/time/calendar-date';

export const FACILITY_TYPES = ['STREET_CENTRE', 'COMMUNITY_HOME_CARE_CENTRE', 'RURAL_HAPPINESS_HOME', 'ACTIVITY_ROOM'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

export const FACILITY_TYPE_LABELS: Readonly<Record<FacilityType, string>> = {
  STREET_CENTRE: '街道综合养老服务中心',
  COMMUNITY_HOME_CARE_CENTRE: '社区居家养老服务中心（站）',
  RURAL_HAPPINESS_HOME: '农村幸福院',
  ACTIVITY_ROOM: '老年活动室',
};

/**
 * A street centre serves its whole township (街道/乡镇, a 9-digit code); the others serve one
 * community or village (社区/村, a 12-digit code), which is what coverage counts.
 */
export type DivisionLevel = 'TOWNSHIP' | 'COMMUNITY';
export const FACILITY_TYPE_LEVEL: Readonly<Record<FacilityType, DivisionLevel>> = {
  STREET_CENTRE: 'TOWNSHIP',
  COMMUNITY_HOME_CARE_CENTRE: 'COMMUNITY',
  RURAL_HAPPINESS_HOME: 'COMMUNITY',
  ACTIVITY_ROOM: 'COMMUNITY',
};
const CODE_LENGTH: Readonly<Record<DivisionLevel, number>> = { TOWNSHIP: 9, COMMUNITY: 12 };

export const FACILITY_STATUSES = ['OPEN', 'SUSPENDED', 'CLOSED'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];
export const FACILITY_STATUS_LABELS: Readonly<Record<FacilityStatus, string>> = { OPEN: '运营中', SUSPENDED: '暂停运营', CLOSED: '已关闭' };

/** A refusal naming the field at fault; the service turns it into a 422 problem. */
export interface FacilityRefusal {
  code: 'FACILITY.DIVISION_LEVEL' | 'FACILITY.DATE_INVALID';
  field: 'divisionCode' | 'openedOn';
  detail: string;
}

/** The township (9-digit code) a facility's division lies in. */
export function townshipOf(divisionCode: string): string {
  return divisionCode.slice(0, 9);
}

export function facilityRefusal(facts: { type: FacilityType; divisionCode: string; openedOn: string }, today: string): FacilityRefusal | null {
  const level = FACILITY_TYPE_LEVEL[facts.type];
  if (facts.divisionCode.length !== CODE_LENGTH[level]) {
    const where = level === 'TOWNSHIP' ? 'a township (9 digits)' : 'a community or village (12 digits)';
    return { code: 'FACILITY.DIVISION_LEVEL', field: 'divisionCode', detail: `a ${facts.type} is registered at ${where}` };
  }
  if (!isCalendarDate(facts.openedOn) || facts.openedOn > today) {
    return { code: 'FACILITY.DATE_INVALID', field: 'openedOn', detail: 'openedOn must be a real date, not in the future' };
  }
  return null;
}
