// 流浪乞讨 24-hour hotline and street patrols (DOMAIN §3 [N]): every call and patrol is logged
// with who, where and the outcome. Help is voluntary, so a person declining it is an outcome of
// its own; a person brought in is admitted as a vagrant case, and the log names that case.
export const OUTREACH_KINDS = ['HOTLINE_CALL', 'STREET_PATROL'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

export const OUTREACH_OUTCOMES = ['ADMITTED', 'REFERRED_MEDICAL', 'REFERRED_POLICE', 'DECLINED_HELP', 'NOT_FOUND', 'ADVICE_GIVEN'] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

/** Chinese names, where people read them. */
export const OUTREACH_LABELS: Record<OutreachKind | OutreachOutcome, string> = {
  HOTLINE_CALL: '求助热线',
  STREET_PATROL: '街面巡查',
  ADMITTED: '接回站内救助',
  REFERRED_MEDICAL: '送医救治',
  REFERRED_POLICE: '移交公安',
  DECLINED_HELP: '本人拒绝救助',
  NOT_FOUND: '未找到求助对象',
  ADVICE_GIVEN: '政策咨询解答',
};

export interface OutreachEntry {
  kind: OutreachKind;
  outcome: OutreachOutcome;
  /** When it happened (ISO instant); compared as instants. */
  occurredAt: string;
  patrolMembers: readonly string[];
  vagrantCaseId: string | null;
}

export type OutreachProblem = { code: 'IN_FUTURE'; field: 'occurredAt' } | { code: 'PATROL_WITHOUT_MEMBERS' | 'MEMBERS_ONLY_ON_PATROL'; field: 'patrolMembers' } | { code: 'CASE_REQUIRED' | 'CASE_ONLY_WHEN_ADMITTED'; field: 'vagrantCaseId' };

/** Why an entry cannot be logged as it is, or null. */
export function outreachProblem(entry: OutreachEntry, now: Date): OutreachProblem | null {
  if (new Date(entry.occurredAt).getTime() > now.getTime()) return { code: 'IN_FUTURE', field: 'occurredAt' };
  if (entry.kind === 'STREET_PATROL' && entry.patrolMembers.length === 0) return { code: 'PATROL_WITHOUT_MEMBERS', field: 'patrolMembers' };
  if (entry.kind === 'HOTLINE_CALL' && entry.patrolMembers.length > 0) return { code: 'MEMBERS_ONLY_ON_PATROL', field: 'patrolMembers' };
  if (entry.outcome === 'ADMITTED' && entry.vagrantCaseId === null) return { code: 'CASE_REQUIRED', field: 'vagrantCaseId' };
  if (entry.outcome !== 'ADMITTED' && entry.vagrantCaseId !== null) return { code: 'CASE_ONLY_WHEN_ADMITTED', field: 'vagrantCaseId' };
  return null;
}
