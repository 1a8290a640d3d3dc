// Pure checks of a death report (DOMAIN §6): no clock reads, "today" is a parameter.
import { checkResidentId, type ResidentIdInfo } from '@app/common/resident-id/resident-id';

export type DeathDateProblem = 'DEATH.DATE_IN_FUTURE' | 'DEATH.DATE_BEFORE_BIRTH';

/** What is wrong with the date of death, or null. Dates are 'YYYY-MM-DD' strings. */
export function deathDateProblem(dateOfDeath: string, birthDate: string, today: string): DeathDateProblem | null {
  if (dateOfDeath > today) return 'DEATH.DATE_IN_FUTURE';
  if (dateOfDeath < birthDate) return 'DEATH.DATE_BEFORE_BIRTH';
  return null;
}

export type Disposal = 'CREMATION' | 'BURIAL';

/**
 * Cremation is compulsory; burial only for the ethnic groups on the exempt list in force
 * (policy `civil-registration.burial-exempt-ethnicities`). Comparison ignores case.
 */
export function disposalAllowed(disposal: Disposal, ethnicity: string, exemptEthnicities: readonly string[]): boolean {
  if (disposal === 'CREMATION') return true;
  const wanted = ethnicity.trim().toUpperCase();
  return exemptEthnicities.some((code) => code.trim().toUpperCase() === wanted);
}

export type RepeatOutcome = 'SAME_DEATH' | 'CONFLICTING_DATE';

/** A second report of a recorded death: the same death when the date matches, else a conflict. */
export function compareWithRecorded(recordedDateOfDeath: string, reportedDateOfDeath: string): RepeatOutcome {
  return recordedDateOfDeath === reportedDateOfDeath ? 'SAME_DEATH' : 'CONFLICTING_DATE';
}

export type DeathRefusalCode = 'DEATH.INVALID_RESIDENT_ID' | DeathDateProblem | 'DEATH.BURIAL_NOT_EXEMPT';

/**
 * Why a report cannot be recorded, in the terms of both of its readers: a clerk's request gets it
 * as a 4xx problem, a matched death from another department's file is kept as a refused report.
 */
export interface DeathRefusal {
  status: 400 | 422;
  code: DeathRefusalCode;
  field: 'residentId' | 'dateOfDeath' | 'disposal';
  detail: string;
}

export interface CheckedReportFacts {
  residentId: string;
  dateOfDeath: string;
  disposal: Disposal;
  ethnicity: string;
}

export type DeathReportCheck = { ok: true; resident: ResidentIdInfo } | { ok: false; refusal: DeathRefusal };

/**
 * Every check of a report, first failure wins: the resident ID (with its birth date not after
 * today), the date of death, then the disposal. The exempt list is asked for only for a burial,
 * as of the date of death, so a missing policy period matters only where it is needed.
 */
export function checkDeathReport(report: CheckedReportFacts, today: string, exemptEthnicitiesOn: (dateOfDeath: string) => readonly string[]): DeathReportCheck {
  const checked = checkResidentId(report.residentId, today);
  if (!checked.ok) {
    return { ok: false, refusal: { status: 400, code: 'DEATH.INVALID_RESIDENT_ID', field: 'residentId', detail: `The resident ID is not valid (${checked.code}).` } };
  }
  const dateProblem = deathDateProblem(report.dateOfDeath, checked.info.birthDate, today);
  if (dateProblem) {
    const detail = dateProblem === 'DEATH.DATE_IN_FUTURE' ? 'The date of death is in the future.' : 'The date of death is before the birth date in the resident ID.';
    return { ok: false, refusal: { status: 422, code: dateProblem, field: 'dateOfDeath', detail } };
  }
  if (report.disposal === 'BURIAL') {
    const exempt = exemptEthnicitiesOn(report.dateOfDeath);
    if (!disposalAllowed('BURIAL', report.ethnicity, exempt)) {
      const detail = `Cremation is compulsory; burial is allowed only for the exempt ethnic groups (${exempt.join(', ')}).`;
      return { ok: false, refusal: { status: 422, code: 'DEATH.BURIAL_NOT_EXEMPT', field: 'disposal', detail } };
    }
  }
  return { ok: true, resident: checked.info };
}
