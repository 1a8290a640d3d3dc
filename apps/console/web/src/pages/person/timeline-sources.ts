// The dated facts of each service's person view as timeline entries (see ./timeline.ts). Pure.
import { date, yuan } from '../../format';
import { childAllowanceOf } from './child-allowance';
import { labelOf } from './labels/label';
import { MEAL_SLOT_LABELS } from './labels/canteen.zh-CN';
import { CHILD_CLOSED_REASON_LABELS, RISK_TIER_LABELS } from './labels/child-welfare.zh-CN';
import { DIVORCE_STATE_LABELS, FUNERAL_BASIS_LABELS, MARRIAGE_KIND_LABELS } from './labels/civil-registration.zh-CN';
import { ALLOWANCE_KIND_LABELS, ALLOWANCE_STOP_REASON_LABELS, MOVE_SOURCE_LABELS } from './labels/elderly-care.zh-CN';
import { LEFT_REASON_LABELS, OVERPAYMENT_STATUS_LABELS, PROGRAM_LABELS, RELIEF_TYPE_LABELS, STOP_REASON_LABELS, VAGRANT_OUTCOME_LABELS } from './labels/social-assistance.zh-CN';
import { tl } from './timeline.zh-CN';
import type { CanteenPerson, ChildWelfarePerson, CivilRegistrationPerson, ElderlyCarePerson, SocialAssistancePerson } from './types';

/** An entry before it is placed: its day ('YYYY-MM-DD', a month's first day for a month). */
export interface DatedFact {
  day: string;
  precision: 'day' | 'month';
  kind: string;
  label: string;
  detail?: string;
}

/** A calendar day or an instant, as the Shanghai day; null stays out of the timeline. */
export function onDay(kind: string, value: string | null | undefined, label: string, detail?: string): DatedFact[] {
  return value ? [{ day: date(value), precision: 'day', kind, label, ...(detail ? { detail } : {}) }] : [];
}

/** A month 'YYYY-MM' (a start or stop month). */
export function inMonth(kind: string, month: string | null | undefined, label: string, detail?: string): DatedFact[] {
  return month && /^\d{4}-\d{2}$/.test(month) ? [{ day: `${month}-01`, precision: 'month', kind, label, ...(detail ? { detail } : {}) }] : [];
}

export function socialAssistanceFacts(p: SocialAssistancePerson): DatedFact[] {
  const program = (code: string) => labelOf(PROGRAM_LABELS, code);
  return [
    ...p.households.flatMap((h) => [
      ...inMonth('household.joined', h.joinedMonth, tl.joinedHousehold),
      ...inMonth('household.left', h.leftMonth, tl.leftHousehold(labelOf(LEFT_REASON_LABELS, h.leftReason))),
    ]),
    ...p.cases.flatMap((c) => [
      ...onDay('case.applied', c.appliedOn, tl.applied(program(c.program))),
      ...onDay('case.notice', c.noticeStartedOn, tl.noticeStarted(program(c.program))),
      ...onDay('case.decided', c.decidedOn, c.status === 'REJECTED' ? tl.rejected(program(c.program)) : tl.approved(program(c.program))),
    ]),
    ...p.enrollments.flatMap((e) => [
      ...inMonth('enrollment.started', e.startMonth, tl.enrolled(program(e.program))),
      ...inMonth('enrollment.stopped', e.stopFromMonth, tl.enrollmentStopped(program(e.program), labelOf(STOP_REASON_LABELS, e.stopReason))),
    ]),
    ...p.overpayments.flatMap((o) => [
      ...inMonth('overpayment', [...o.months].sort()[0], tl.overpaid(yuan(o.amountFen), o.months.length)),
      ...onDay('overpayment.resolved', o.resolvedOn, tl.overpaymentResolved(labelOf(OVERPAYMENT_STATUS_LABELS, o.status))),
    ]),
    ...p.temporaryRelief.flatMap((r) => [
      ...onDay('relief.granted', r.grantedOn, tl.reliefGranted(labelOf(RELIEF_TYPE_LABELS, r.reliefType), yuan(r.amountFen)), r.reason),
      ...(r.paidFirst ? onDay('relief.documented', r.documentedOn, tl.reliefDocumented) : []),
    ]),
    ...p.vagrantCases.flatMap((v) => [
      ...onDay('vagrant.admitted', v.admittedOn, tl.vagrantAdmitted),
      ...onDay('vagrant.closed', v.closedOn, tl.vagrantClosed(labelOf(VAGRANT_OUTCOME_LABELS, v.outcome))),
    ]),
    ...onDay('death', p.deceasedOn, tl.death),
  ];
}

export function elderlyCareFacts(p: ElderlyCarePerson): DatedFact[] {
  return [
    ...onDay('elder.registered', p.elder?.createdAt, tl.elderRegistered),
    ...p.allowances.flatMap((a) => [
      ...inMonth('allowance.started', a.fromMonth, tl.allowanceStarted(labelOf(ALLOWANCE_KIND_LABELS, a.kind), yuan(a.monthlyAmountFen))),
      ...inMonth('allowance.stopped', a.stopFromMonth, tl.allowanceStopped(labelOf(ALLOWANCE_KIND_LABELS, a.kind), labelOf(ALLOWANCE_STOP_REASON_LABELS, a.stopReason))),
    ]),
    ...p.overpayments.flatMap((o) => onDay('allowance.overpaid', o.createdAt, tl.elderOverpaid(yuan(o.amountFen)))),
    ...p.residenceChanges.flatMap((r) => onDay('moved', r.movedOn, tl.movedAway(labelOf(MOVE_SOURCE_LABELS, r.source)))),
    ...p.assessments.flatMap((a) => onDay('assessment', a.assessedOn, tl.assessed(a.level, a.totalScore))),
    ...p.institutionStays.flatMap((s) => [...onDay('institution.admitted', s.admittedOn, tl.admitted(s.institutionName)), ...onDay('institution.discharged', s.dischargedOn, tl.discharged(s.institutionName))]),
    ...p.homeCareBeds.flatMap((b) => [...onDay('bed.contracted', b.contractedOn, tl.bedContracted), ...onDay('bed.ended', b.endedOn, tl.bedEnded)]),
    ...onDay('death', p.deceasedOn, tl.death),
  ];
}

export function childWelfareFacts(p: ChildWelfarePerson): DatedFact[] {
  const child = p.child;
  if (!child) return [];
  const allowance = childAllowanceOf(p);
  const monthly = allowance?.monthlyAmountFen;
  return [
    ...onDay('child.registered', child.registeredOn, tl.childRegistered),
    ...onDay('child.tier', child.tierRatedOn, tl.childTierRated(labelOf(RISK_TIER_LABELS, child.riskTier))),
    ...onDay('child.visited', child.lastVisitOn, tl.childVisited),
    ...onDay('child.adopted', child.adoptedOn, tl.childAdopted),
    ...onDay('child.closed', child.closedOn, tl.childClosed(labelOf(CHILD_CLOSED_REASON_LABELS, child.closedReason))),
    ...(child.closedReason === 'DECEASED' ? onDay('death', child.closedOn, tl.death) : []),
    ...(monthly !== null && monthly !== undefined ? inMonth('child.allowance', allowance?.fromMonth, tl.childAllowanceFrom(yuan(monthly))) : []),
  ];
}

/** Meals of the person's newest meals, per month: how many valid meals and their subsidy. */
function mealMonths(p: CanteenPerson): DatedFact[] {
  const months = new Map<string, { count: number; subsidyFen: number; slots: Set<string> }>();
  for (const meal of p.meals) {
    if (meal.status !== 'VALID') continue;
    const month = meal.mealDate.slice(0, 7);
    const total = months.get(month) ?? { count: 0, subsidyFen: 0, slots: new Set<string>() };
    total.count += 1;
    total.subsidyFen += meal.subsidised ? meal.subsidyFen : 0;
    total.slots.add(labelOf(MEAL_SLOT_LABELS, meal.slot));
    months.set(month, total);
  }
  const partial = p.meals.length < p.mealCount ? tl.mealsPartial(p.meals.length, p.mealCount) : undefined;
  return [...months.entries()].flatMap(([month, total]) => inMonth('meals', month, tl.meals(total.count, yuan(total.subsidyFen)), partial ?? [...total.slots].join('、')));
}

export function canteenFacts(p: CanteenPerson): DatedFact[] {
  return [...onDay('diner.local', p.diner.localRegistrationConfirmedOn, tl.localConfirmed), ...mealMonths(p), ...onDay('death', p.diner.deceasedOn, tl.death)];
}

export function civilRegistrationFacts(p: CivilRegistrationPerson): DatedFact[] {
  return [
    ...p.marriages.flatMap((m) => [...onDay('marriage', m.registeredOn, labelOf(MARRIAGE_KIND_LABELS, m.kind)), ...onDay('marriage.dissolved', m.dissolvedOn, tl.marriageDissolved)]),
    ...p.divorces.flatMap((d) => [
      ...onDay('divorce.applied', d.appliedOn, tl.divorceApplied, labelOf(DIVORCE_STATE_LABELS, d.state)),
      ...onDay('divorce.withdrawn', d.withdrawnOn, d.state === 'DEEMED_WITHDRAWN' ? tl.divorceDeemedWithdrawn : tl.divorceWithdrawn),
      ...onDay('divorce.registered', d.registeredOn, tl.divorceRegistered),
    ]),
    ...onDay('death', p.death?.dateOfDeath, tl.death, p.death ? p.death.placeOfDeath : undefined),
    ...p.funeralBenefits.flatMap((b) => onDay('funeral-benefit', b.grantedOn, tl.funeralBenefit(yuan(b.amountFen), labelOf(FUNERAL_BASIS_LABELS, b.basis)))),
  ];
}
