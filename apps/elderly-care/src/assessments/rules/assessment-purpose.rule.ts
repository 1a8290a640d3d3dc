// What an ability assessment is for (DOMAIN §4): a home care bed, home services or admission to
// an institution. The annual report counts the year's assessments by purpose. Pure.

export const ASSESSMENT_PURPOSES = ['HOME_BED', 'HOME_SERVICE', 'INSTITUTION'] as const;
export type AssessmentPurpose = (typeof ASSESSMENT_PURPOSES)[number];

export const ASSESSMENT_PURPOSE_LABELS: Readonly<Record<AssessmentPurpose, string>> = {
  HOME_BED: '家庭养老床位',
  HOME_SERVICE: '居家服务',
  INSTITUTION: '机构入住',
};

export interface PurposeCounts {
  byPurpose: { purpose: AssessmentPurpose; label: string; assessments: number }[];
  /** Assessments recorded before the purpose was asked for: counted, never guessed. */
  unrecorded: number;
}

/** Counts per purpose, every purpose listed with zeros; rows without a purpose apart. */
export function purposeCounts(rows: readonly { purpose: string | null; n: number }[]): PurposeCounts {
  const known = new Set<string>(ASSESSMENT_PURPOSES);
  return {
    byPurpose: ASSESSMENT_PURPOSES.map((purpose) => ({ purpose, label: ASSESSMENT_PURPOSE_LABELS[purpose], assessments: rows.filter((r) => r.purpose === purpose).reduce((n, r) => n + r.n, 0) })),
    unrecorded: rows.filter((r) => r.purpose === null || !known.has(r.purpose)).reduce((n, r) => n + r.n, 0),
  };
}
