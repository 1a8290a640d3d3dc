// 特困供养申请 form values -> the service's request. Pure.
import type { ApplyTekunDto } from './queries';

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
