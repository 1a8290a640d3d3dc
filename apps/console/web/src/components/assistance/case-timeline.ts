// 办理经过: the decisions of a case as its response gives them (who took the application, the
// investigation and public notice, the decision, payment start and stop, what is due next), in
// the order they happen. The service keeps no event list per case for caseworkers (the audit log
// is for auditors); every step it records is a field of the case. Pure.
import { yearMonth } from '../../format';
import { t } from '../../locale/zh-CN';
import { labelOf, type CaseResponse } from './case-status';
import { dayAfter } from './record-id';

export interface TimelineEntry {
  key: string;
  /** A day 'YYYY-MM-DD' or a month as text ('2024年10月'). */
  when: string;
  title: string;
  detail?: string;
  /** Still to come (a review, a re-check): shown apart from what happened. */
  upcoming?: boolean;
  color: 'blue' | 'green' | 'red' | 'gray' | 'orange';
}

const ev = t.cases.events;

function noticeEntries(c: CaseResponse): TimelineEntry[] {
  if (!c.noticeStartedOn) return [];
  const started: TimelineEntry = {
    key: 'notice-started',
    when: c.noticeStartedOn,
    title: ev.investigated,
    detail: ev.investigatedBy(c.investigatedBy ?? '—', c.investigation ?? '—'),
    color: 'blue',
  };
  const ends: TimelineEntry = c.noticeEndsOn
    ? { key: 'notice-ends', when: c.noticeEndsOn, title: ev.noticeEnds(dayAfter(c.noticeEndsOn)), color: 'blue' }
    : { key: 'notice-ends', when: c.noticeStartedOn, title: ev.noNoticeDays, color: 'blue' };
  return [started, ends];
}

function decisionEntries(c: CaseResponse): TimelineEntry[] {
  if (!c.decidedOn) return [];
  const who = c.decidedBy ?? '—';
  if (c.status === 'REJECTED') {
    return [{ key: 'decided', when: c.decidedOn, title: ev.rejected, detail: ev.rejectedBecause(who, c.reason ?? '—'), color: 'red' }];
  }
  return [{ key: 'decided', when: c.decidedOn, title: ev.approved, detail: ev.decidedBy(who), color: 'green' }];
}

function paymentEntries(c: CaseResponse): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  if (c.startMonth) entries.push({ key: 'paid-from', when: yearMonth(c.startMonth), title: ev.paidFrom, color: 'green' });
  if (c.status === 'SUSPENDED') entries.push({ key: 'suspended', when: '—', title: ev.suspended, detail: ev.suspendedBecause(c.reason ?? '—'), color: 'orange' });
  if (c.stopFromMonth) {
    entries.push({ key: 'stopped', when: yearMonth(c.stopFromMonth), title: ev.stoppedFrom, detail: ev.stoppedBecause(labelOf(t.cases.stopReasons, c.reason)), color: 'gray' });
  }
  return entries;
}

function upcomingEntries(c: CaseResponse): TimelineEntry[] {
  const open = c.status !== 'STOPPED' && c.status !== 'REJECTED';
  if (!open) return [];
  const entries: TimelineEntry[] = [];
  if (c.coveredUntil) entries.push({ key: 'covered-until', when: yearMonth(c.coveredUntil), title: ev.coveredUntil, upcoming: true, color: 'gray' });
  if (c.schoolRecheckDueOn) entries.push({ key: 'school-recheck', when: c.schoolRecheckDueOn, title: ev.schoolRecheck, upcoming: true, color: 'gray' });
  if (c.reviewDueOn) entries.push({ key: 'review-due', when: c.reviewDueOn, title: ev.reviewDue, upcoming: true, color: 'gray' });
  return entries;
}

export function caseTimeline(c: CaseResponse): TimelineEntry[] {
  return [
    { key: 'applied', when: c.appliedOn, title: ev.applied, detail: ev.appliedBy(c.appliedBy), color: 'blue' },
    ...noticeEntries(c),
    ...decisionEntries(c),
    ...paymentEntries(c),
    ...upcomingEntries(c),
  ];
}
