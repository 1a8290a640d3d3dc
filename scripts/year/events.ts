// What happens on a simulated day: one type per kind of event. A kind is planned (pure, in
// kinds/<kind>.ts beside its driver) and driven through the services' public APIs. `key` names
// an event across runs: a later event finds what an earlier one created by it (a divorce its
// marriage), and a resumed run skips what its checkpoint says was done.
import type { HouseholdSeed } from '../population/generate';
import { CHILD_WELFARE_KIND_ORDER, type ChildWelfareEvent } from './events-children';
import { PAYMENTS_KIND_ORDER, type PaymentsEvent } from './events-payments';
import { REGISTRATION_SERVICE_KIND_ORDER, type RegistrationServiceEvent } from './events-registration';

/** Day 1: the registers (elders, 低保/特困 households with their applications, children, diners). */
export interface RegistersEvent {
  kind: 'registers';
  key: 'registers';
}

/** The approver works through the 低保 cases whose public notice (公示) has ended. */
export interface DibaoApprovalsEvent {
  kind: 'dibao-approvals';
  key: string;
  /** The cases the registers applied for: how many approvals the day should see. */
  expected: number;
}

export const PAYROLL_PROGRAMMES = ['elderly-care', 'social-assistance', 'child-welfare'] as const;
export type PayrollProgramme = (typeof PAYROLL_PROGRAMMES)[number];

/** On a month's first day: the month's payroll of a programme, run by one approver and approved by another. */
export interface PayrollEvent {
  kind: 'payroll';
  key: string;
  programme: PayrollProgramme;
  /** YYYY-MM */
  month: string;
}

/** The job that deems lapsed divorce applications withdrawn, run by the year on its own days. */
export interface DivorceExpiryEvent {
  kind: 'divorce-expiry';
  key: string;
}

export interface DeathEvent {
  kind: 'death';
  key: string;
  residentId: string;
  name: string;
  ethnicity: 'HAN' | 'HUI';
  disposal: 'CREMATION' | 'BURIAL';
  placeOfDeath: string;
  source: 'HOSPITAL' | 'VILLAGE';
  /** Age group on 1 January, for the summary. */
  group: 'AGED_80_PLUS' | 'AGED_60_79' | 'UNDER_60';
}

export interface MarriageEvent {
  kind: 'marriage';
  key: string;
  marriageKind: 'REGISTRATION' | 'RETROACTIVE';
  /** Man first, then woman. */
  partyResidentIds: [string, string];
  /** Which of the offices open on the day (by code order, modulo their number). */
  officeNo: number;
}

export interface DivorceApplicationEvent {
  kind: 'divorce-application';
  key: string;
  /** The marriage event whose marriage this application dissolves. */
  marriageKey: string;
  partyResidentIds: [string, string];
  officeNo: number;
}

/** Both parties come back for the certificate after the cooling-off period (the application's key). */
export interface DivorceRegistrationEvent {
  kind: 'divorce-registration';
  key: string;
  partyResidentIds: [string, string];
}

/** A household applies for 低保 during the year: the clerk records it and takes the application. */
export interface DibaoApplicationEvent {
  kind: 'dibao-application';
  key: string;
  household: Omit<HouseholdSeed, 'program' | 'tekun'>;
}

/** The household visit (入户调查) found the declaration true: the clerk posts the public notice (公示). */
export interface DibaoNoticeEvent {
  kind: 'dibao-notice';
  key: string;
  investigation: string;
}

/** An approver other than the clerk decides: approval after the notice, or refusal after the investigation. */
export interface DibaoDecisionEvent {
  kind: 'dibao-decision';
  key: string;
  decision: 'APPROVE' | 'REJECT';
  /** Why it is refused (REJECT). */
  reason?: string;
}

/** Someone in the village objects to a household in 低保 public notice (公示): the clerk records what they say. */
export interface DibaoObjectionEvent {
  kind: 'dibao-objection';
  key: string;
  /** The application whose notice it is. */
  applicationKey: string;
  objection: string;
}

/** The clerk records what the check (核查) of an objection found, before the approver decides. */
export interface DibaoObjectionResolutionEvent {
  kind: 'dibao-objection-resolution';
  /** The objection's key. */
  key: string;
  applicationKey: string;
  resolution: string;
}

/** A person new to the registers applies for 特困 (dispersed care): the clerk records their household of one and takes the application. */
export interface TekunApplicationEvent {
  kind: 'tekun-application';
  key: string;
  household: Omit<HouseholdSeed, 'program' | 'tekun'>;
  tekun: { residentId: string; careForm: 'DISPERSED'; unableActivities: number };
}

/** An approver other than the clerk decides a 特困 application after the household visit and 核对. */
export interface TekunDecisionEvent {
  kind: 'tekun-decision';
  key: string;
  decision: 'APPROVE' | 'REJECT';
  /** Why it is refused (REJECT). */
  reason?: string;
}

/** A 低保 household of the registers stops for a reason other than death (停保). */
export interface DibaoStopEvent {
  kind: 'dibao-stop';
  key: string;
  /** The household's applicant, by whom its file is found. */
  residentId: string;
  reason: 'INCOME_ABOVE_STANDARD' | 'MOVED_AWAY';
  /** INCOME_ABOVE_STANDARD: the applicant's incomes from now on, recorded by the clerk (not from work, so no 渐退期). */
  incomes?: Array<{ source: 'PENSION' | 'TRANSFER'; monthlyFen: number }>;
}

/** An admin enters the year's raises of the standards that have taken effect by the day, then runs their arrears (补发). */
export interface StandardRaiseEvent {
  kind: 'standard-raise';
  key: string;
}

/** Temporary relief (临时救助) granted by the clerk to a person of the registers. */
export interface TemporaryReliefEvent {
  kind: 'temporary-relief';
  key: string;
  residentId: string;
  area: 'URBAN' | 'RURAL';
  regionCode: string;
  reliefType: 'EMERGENCY' | 'EXPENDITURE';
  amountFen: number;
  reason: string;
}

/** A person taken in by the rescue station (流浪乞讨 vagrant relief). */
export interface VagrantIntakeEvent {
  kind: 'vagrant-intake';
  key: string;
  residentId: string;
  name: string;
  /** The rescue station's division. */
  regionCode: string;
}

/** 寻亲: the family search of a person in care, and what it found. */
export interface VagrantFamilySearchEvent {
  kind: 'vagrant-family-search';
  key: string;
  found: boolean;
  note: string;
  /** A minor's parent or guardian found, who takes them home. */
  guardian?: { name: string; relation: 'PARENT' | 'GUARDIAN' };
}

/** The stay ends: home (a ticket home), handed to the minor-protection centre, or left. */
export interface VagrantCloseEvent {
  kind: 'vagrant-close';
  key: string;
  outcome: 'RETURNED_HOME' | 'HANDED_OVER' | 'LEFT';
}

/** "物质+服务": the provider the bureau buys home visits from, registered by the clerk. */
export interface CashPlusProviderEvent {
  kind: 'cash-plus-provider';
  key: string;
  providerName: string;
  creditCode: string;
  divisionCode: string;
  services: string[];
}

/** A person's service plan with the provider, from the day to the pilot's end. */
export interface CashPlusPlanEvent {
  kind: 'cash-plus-plan';
  key: string;
  residentId: string;
  services: string[];
  visitsPerMonth: number;
  toDate: string;
}

/** A plan's visits of a month, recorded from the provider's log by the clerk and confirmed by an approver. */
export interface CashPlusVisitsEvent {
  kind: 'cash-plus-visits';
  key: string;
  planKey: string;
  visits: Array<{ visitedOn: string; service: string; durationMinutes: number }>;
}

/** The provider's settlement of a month that is over: drawn up by the clerk, approved by an approver. */
export interface CashPlusSettlementEvent {
  kind: 'cash-plus-settlement';
  key: string;
  /** YYYY-MM */
  month: string;
}

/** A canteen meal the plan serves: a diner of the registers, the slot, the subsidy the canteen should give it. */
export interface PlannedMeal {
  /** Index into the population's diners. */
  diner: number;
  slot: 'BREAKFAST' | 'LUNCH' | 'DINNER';
  subsidyFen: number;
}

/** The day's meals at the canteens, recorded by their cashiers as served (one event a day: the volume driver). */
export interface MealsEvent {
  kind: 'meals';
  key: string;
  meals: PlannedMeal[];
}

/** On a month's first day: last month's settlement of a canteen, opened by the clerk and approved by an approver. */
export interface CanteenSettlementEvent {
  kind: 'canteen-settlement';
  key: string;
  /** Index into the reference canteens by name (scripts/year/reference.ts). */
  canteenNo: number;
  /** YYYY-MM */
  month: string;
  /** What the plan served there that month, for the check of the approved settlement. */
  meals: number;
  subsidyFen: number;
}

/** Day 1: the home-care (居家养老) providers the visits are assigned to. */
export interface HomeCareProvidersEvent {
  kind: 'home-care-providers';
  key: 'home-care-providers';
}

/** A home-care visit: ordered, assigned to a provider, checked in and out, confirmed by the elder. */
export interface PlannedVisit {
  residentId: string;
  itemCode: string;
  /** Index into the year's providers (kinds/home-care.ts). */
  providerNo: number;
  priceFen: number;
  subsidyFen: number;
}

/** The day's home-care visits (one event a day). */
export interface HomeCareVisitsEvent {
  kind: 'home-care-visits';
  key: string;
  visits: PlannedVisit[];
}

/** On a month's first day: last month's settlement of a home-care provider, drawn up by the clerk and approved by an approver. */
export interface HomeCareSettlementEvent {
  kind: 'home-care-settlement';
  key: string;
  providerNo: number;
  /** YYYY-MM */
  month: string;
  visits: number;
  subsidyFen: number;
}

export type YearEvent =
  | RegistersEvent
  | DibaoApprovalsEvent
  | PayrollEvent
  | DivorceExpiryEvent
  | DeathEvent
  | MarriageEvent
  | DivorceApplicationEvent
  | DivorceRegistrationEvent
  | DibaoApplicationEvent
  | DibaoNoticeEvent
  | DibaoDecisionEvent
  | DibaoObjectionEvent
  | DibaoObjectionResolutionEvent
  | DibaoStopEvent
  | TekunApplicationEvent
  | TekunDecisionEvent
  | StandardRaiseEvent
  | TemporaryReliefEvent
  | VagrantIntakeEvent
  | VagrantFamilySearchEvent
  | VagrantCloseEvent
  | CashPlusProviderEvent
  | CashPlusPlanEvent
  | CashPlusVisitsEvent
  | CashPlusSettlementEvent
  | ChildWelfareEvent
  | RegistrationServiceEvent
  | HomeCareProvidersEvent
  | CanteenSettlementEvent
  | HomeCareSettlementEvent
  | HomeCareVisitsEvent
  | MealsEvent
  | PaymentsEvent;
export type EventKind = YearEvent['kind'];

/**
 * The order of a day: what a later phase needs is done by an earlier one. Home-care visits and
 * meals come last: they take their service's clock on to the day's evening, when the day's visits
 * and meals are over (their times may not lie in the future).
 */
export const KIND_ORDER: readonly EventKind[] = [
  'registers',
  'dibao-approvals',
  'payroll',
  'standard-raise',
  'divorce-expiry',
  'death',
  'marriage',
  'divorce-application',
  'divorce-registration',
  'dibao-application',
  'dibao-notice',
  'dibao-objection',
  'dibao-objection-resolution',
  'dibao-decision',
  'dibao-stop',
  'tekun-application',
  'tekun-decision',
  'temporary-relief',
  'vagrant-intake',
  'vagrant-family-search',
  'vagrant-close',
  'cash-plus-provider',
  'cash-plus-plan',
  'cash-plus-visits',
  'cash-plus-settlement',
  ...CHILD_WELFARE_KIND_ORDER,
  ...REGISTRATION_SERVICE_KIND_ORDER,
  ...PAYMENTS_KIND_ORDER,
  'home-care-providers',
  'canteen-settlement',
  'home-care-settlement',
  'home-care-visits',
  'meals',
];

export interface PlanDay {
  /** YYYY-MM-DD */
  date: string;
  events: YearEvent[];
}
