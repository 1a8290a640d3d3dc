// Where a 低保 or 特困 case opens: the case pages of pages/dibao and pages/tekun. Pure.

/** `/dibao/cases/:id` for 低保, `/tekun/cases/:id` for 特困. */
export function casePath(program: 'DIBAO' | 'TEKUN', caseId: string): string {
  return program === 'TEKUN' ? `/tekun/cases/${encodeURIComponent(caseId)}` : `/dibao/cases/${encodeURIComponent(caseId)}`;
}
