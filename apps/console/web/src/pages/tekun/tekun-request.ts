// 特困供养申请 and 在学核查 form values -> the service's requests. Pure.
import type { ApplyTekunDto, SchoolStatusDto } from './queries';

export type TekunApplyValues = Omit<ApplyTekunDto, 'householdId'>;

/** The institution goes only with central care (the service refuses it missing there, and it means nothing otherwise). */
export function tekunRequest(householdId: string, v: TekunApplyValues): ApplyTekunDto {
  return {
    householdId,
    residentId: v.residentId.trim().toUpperCase(),
    careForm: v.careForm,
    ...(v.careForm === 'CENTRAL' && { institution: (v.institution ?? '').trim() }),
    unableActivities: v.unableActivities,
    hasAbleSupporter: v.hasAbleSupporter,
    receivesOrphanAllowance: v.receivesOrphanAllowance ?? false,
  };
}

export interface SchoolStatusValues {
  inSchool?: boolean;
  note?: string;
}

/** 在学核查: the answer, and the note only when there is one (the service refuses an empty one). */
export function schoolStatusRequest(v: SchoolStatusValues): SchoolStatusDto {
  if (typeof v.inSchool !== 'boolean') throw new RangeError('inSchool is missing');
  const note = (v.note ?? '').trim();
  return { inSchool: v.inSchool, ...(note && { note }) };
}
