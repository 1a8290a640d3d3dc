// The checks of a plan that depend on more than one field: a measure's due day lies on or after
// the day the plan was agreed, and the same action is not listed twice in an area. Pure.

export const PLAN_AREAS = ['GUARDIANSHIP', 'LIVING', 'EDUCATION', 'HEALTH', 'SAFETY', 'PSYCHOLOGICAL', 'OTHER'] as const;
export type PlanArea = (typeof PLAN_AREAS)[number];

export interface PlanMeasureInput {
  area: PlanArea;
  action: string;
  dueOn?: string | null;
}

export interface PlanProblem {
  field: string;
  code: 'PLAN.DUE_BEFORE_AGREED' | 'PLAN.DUPLICATE_MEASURE';
  message: string;
}

/** Every problem of the measures, with the field path of each (e.g. measures.1.dueOn). */
export function planMeasureProblems(agreedOn: string, measures: readonly PlanMeasureInput[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const seen = new Set<string>();
  measures.forEach((m, i) => {
    if (m.dueOn && m.dueOn < agreedOn) problems.push({ field: `measures.${i}.dueOn`, code: 'PLAN.DUE_BEFORE_AGREED', message: `a measure cannot be due before the plan was agreed (${agreedOn})` });
    const key = `${m.area}\u0000${m.action.trim()}`;
    if (seen.has(key)) problems.push({ field: `measures.${i}.action`, code: 'PLAN.DUPLICATE_MEASURE', message: 'the same measure is listed twice in this area' });
    seen.add(key);
  });
  return problems;
}
