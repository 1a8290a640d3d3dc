// Pure checks of a death report (DOMAIN §6): no clock reads, "today" is a parameter.

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
