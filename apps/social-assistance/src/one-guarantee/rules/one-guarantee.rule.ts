// One person, one guarantee (DOMAIN §1 [N]): a person is covered by at most one open 低保 or 特困
// case at a time, across all households, and is a member of at most one assisted household. An
// open enrollment is the person's coverage claim; the database holds at most one per person (a
// unique index on open enrollments), this rule says which listed person is already taken. Pure.
export interface Coverage {
  residentId: string;
  caseId: string;
  program: 'DIBAO' | 'TEKUN';
  householdId: string;
  /** First month no longer covered; null = open. */
  stopFromMonth: string | null;
}

export interface CoverageConflict {
  /** Position of the person in the list given (for the field at fault). */
  index: number;
  residentId: string;
  coverage: Coverage;
}

/**
 * The first listed person still covered in `month` (an open coverage, or one stopped only from a
 * later month), or null. `transferFromDibao`: 特困 approval takes the person over from 低保, so a
 * 低保 coverage is no conflict there.
 */
export function firstCoverageConflict(
  listed: readonly string[],
  coverages: readonly Coverage[],
  month: string,
  options: { transferFromDibao?: boolean } = {},
): CoverageConflict | null {
  for (const [index, raw] of listed.entries()) {
    const residentId = raw.toUpperCase();
    const coverage = coverages.find(
      (c) => c.residentId === residentId && (c.stopFromMonth === null || c.stopFromMonth > month) && !(options.transferFromDibao && c.program === 'DIBAO'),
    );
    if (coverage) return { index, residentId, coverage };
  }
  return null;
}
