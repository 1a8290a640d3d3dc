// Student aid (学生资助) paid through the education authorities, recorded by school stage: one
// record per child and term (a child is at one stage in a term). Pure.

export const SCHOOL_STAGES = ['PRESCHOOL', 'COMPULSORY', 'SENIOR_HIGH', 'VOCATIONAL'] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];

export const SCHOOL_STAGE_LABELS: Record<SchoolStage, string> = {
  PRESCHOOL: '学前教育',
  COMPULSORY: '义务教育',
  SENIOR_HIGH: '普通高中',
  VOCATIONAL: '中等职业教育',
};

export interface StudentAidProblem {
  status: 409;
  code: 'STUDENT_AID.ALREADY_RECORDED';
  field: 'term';
  message: string;
}

/** A second record of the same child and term is refused, whatever the stage. */
export function studentAidProblem(term: string, termsRecorded: readonly string[]): StudentAidProblem | null {
  if (!termsRecorded.includes(term)) return null;
  return { status: 409, code: 'STUDENT_AID.ALREADY_RECORDED', field: 'term', message: `student aid for ${term} is already recorded for the child` };
}
