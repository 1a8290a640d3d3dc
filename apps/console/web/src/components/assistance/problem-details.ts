// What a social-assistance refusal says beyond its message, read from the problem's extension
// members: why a household or person is not eligible (and for which month), until when a public
// notice runs, how many objections are open, which case already covers a member (one person, one
// guarantee). Pure.
import type { Problem } from '../../api/problem';
import { yearMonth } from '../../format';
import { notEligibleReason } from '../../locale/not-eligible.zh-CN';
import { t } from '../../locale/zh-CN';
import { isRecordId, dayAfter } from './record-id';

export interface ProblemDetails {
  text?: string;
  /** The case that already covers a member: its program and id, to link to. */
  coveringCase?: { program: 'DIBAO' | 'TEKUN'; id: string };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

function coveringCase(problem: Problem): ProblemDetails['coveringCase'] {
  const id = problem.extensions.coveringCaseId;
  if (typeof id !== 'string' || !isRecordId(id)) return undefined;
  // `coveringProgram` names the programme; without it the area of the code is the best guess.
  const program = problem.extensions.coveringProgram ?? (problem.code.startsWith('TEKUN.') ? 'TEKUN' : 'DIBAO');
  return { program: program === 'TEKUN' ? 'TEKUN' : 'DIBAO', id };
}

export function problemDetails(problem: Problem | null): ProblemDetails {
  if (!problem) return {};
  const reason = notEligibleReason(problem.code, problem.extensions.reason);
  if (reason) {
    const month = problem.extensions.month;
    return { text: typeof month === 'string' && MONTH.test(month) ? t.cases.notEligibleInMonth(yearMonth(month), reason) : t.cases.notEligibleBecause(reason) };
  }
  const endsOn = problem.extensions.noticeEndsOn;
  if (problem.code === 'DIBAO.PUBLIC_NOTICE_NOT_ENDED' && typeof endsOn === 'string' && DAY.test(endsOn)) {
    return { text: t.cases.noticeNotEnded(endsOn, dayAfter(endsOn)) };
  }
  const open = problem.extensions.unresolvedObjections;
  if (problem.code === 'DIBAO.OBJECTIONS_UNRESOLVED' && typeof open === 'number') return { text: t.cases.objectionsOpen(open) };
  const covering = coveringCase(problem);
  return covering ? { coveringCase: covering } : {};
}
