// Date checks for help needs and cadre pairing. Pure: today is a parameter.

export interface DateProblem {
  code: string;
  field: string;
  message: string;
}

/** A recorded day is not in the future and not before the day it follows from. */
export function dateProblem(field: string, date: string, today: string, notBefore?: { date: string; what: string }): DateProblem | null {
  if (date > today) return { code: 'DATE_IN_FUTURE', field, message: `${field} must not be after ${today}` };
  if (notBefore && date < notBefore.date) return { code: 'DATE_TOO_EARLY', field, message: `${field} must not be before ${notBefore.what} ${notBefore.date}` };
  return null;
}

/** A cadre's visit falls within the pairing. */
export function visitWithinPairing(visitedOn: string, pairing: { startedOn: string; endedOn: string | null }): boolean {
  return visitedOn >= pairing.startedOn && (pairing.endedOn === null || visitedOn <= pairing.endedOn);
}
