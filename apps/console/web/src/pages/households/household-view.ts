// How a household's members read on screen: their standing in the household and the household's
// income. Pure.
import { maskResidentId } from '../../../../../../libs/common/src/resident-id/resident-id';
import { yearMonth, yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import type { CompositionChange, HouseholdCase, HouseholdResponse, IncomeChangeOutcome, MemberResponse } from './queries';

const th = t.households;

/** 在册, 已故（日期）, 自…起迁出（原因）, 自…起计入, 自…起转入特困供养: the most telling first. */
export function memberStatus(m: MemberResponse): string {
  if (m.deceasedOn) return th.statusDeceased(m.deceasedOn);
  if (m.leftMonth) return th.statusLeft(yearMonth(m.leftMonth), th.departureReasons[m.leftReason ?? 'OTHER'] ?? th.departureReasons.OTHER);
  if (m.dibaoExcludedFrom) return th.statusTekun(yearMonth(m.dibaoExcludedFrom));
  if (m.joinedMonth) return th.statusJoined(yearMonth(m.joinedMonth));
  return th.statusCurrent;
}

/** Members still in the household: not dead, not gone. */
export function currentMembers(h: HouseholdResponse): MemberResponse[] {
  return h.members.filter((m) => !m.deceasedOn && !m.leftMonth);
}

/** Monthly income of the members still in the household, in fen. */
export function householdIncomeFen(h: HouseholdResponse): number {
  return currentMembers(h).reduce((sum, m) => sum + m.monthlyIncomeFen, 0);
}

/**
 * The current member a full resident ID typed by the caseworker names. The service answers IDs
 * masked (110***********002X), so the typed ID is compared masked: a pre-check against typos that
 * land on nobody; the service still checks the full number.
 */
export function memberWithId(h: HouseholdResponse, typed: string): MemberResponse | undefined {
  const id = typed.trim().toUpperCase();
  const masked = maskResidentId(id);
  return currentMembers(h).find((m) => m.residentId === id || m.residentId === masked);
}

/** What a change did to one open 低保 case of the household: the case, and the new amount or the stop. */
export interface OutcomeLine {
  caseId: string;
  text: string;
}

const stopReason = (reason: string | null | undefined) => t.cases.stopReasons[reason ?? ''] ?? reason ?? '—';

/** What a join, departure or asset change did to the household's open 低保 case(s), one line each. */
export function compositionOutcomes(change: CompositionChange): OutcomeLine[] {
  return change.outcomes.map((o) => ({
    caseId: o.caseId,
    text: o.decision === 'STOP' && o.stopFromMonth ? th.outcomeStop(yearMonth(o.stopFromMonth), stopReason(o.reason)) : th.outcomeContinueFrom(yearMonth(change.effectiveMonth), yuan(o.benefitFen)),
  }));
}

/** What an income change did to each open 低保 case: the new amount, 渐退期 (the amount kept, then stop), or a stop. */
export function incomeOutcomes(outcomes: readonly IncomeChangeOutcome[]): OutcomeLine[] {
  return outcomes.map((o) => {
    if (o.decision === 'GRADUAL_EXIT' && o.gradualExitUntil && o.stopFromMonth) {
      return { caseId: o.caseId, text: th.outcomeGradualExit(yuan(o.benefitFen), yearMonth(o.gradualExitUntil), yearMonth(o.stopFromMonth)) };
    }
    if (o.decision === 'STOP' && o.stopFromMonth) return { caseId: o.caseId, text: th.outcomeStop(yearMonth(o.stopFromMonth), stopReason('INCOME_ABOVE_STANDARD')) };
    return { caseId: o.caseId, text: th.outcomeContinueFrom(yearMonth(o.effectiveMonth), yuan(o.benefitFen)) };
  });
}

/** Whom a case of the household covers: the whole household (低保), or one person (特困, 单人户), masked as sent. */
export function caseCovers(c: Pick<HouseholdCase, 'residentId' | 'applicant'>): string {
  if (!c.residentId) return th.wholeHousehold;
  return c.applicant?.name ? `${c.applicant.name}（${c.residentId}）` : c.residentId;
}
