// Drives a planned year through the platform's public APIs: for each day after the last one
// completed, every service's simulated clock is moved to the day (PUT /api/v1/clock), then the
// day's events are posted kind after kind (kinds in the order of events.ts, the events of a kind
// side by side). A day is complete when all its events have an answer; then `onDayDone` keeps the
// state (the checkpoint), so an interrupted year resumes after its last complete day.
import { inPool } from '../population/load';
import { problemCode, type YearApi } from './api';
import type { DriveContext, Office } from './context';
import { KIND_ORDER, type EventKind, type PlanDay, type YearEvent } from './events';
import { driveCashPlusPlan, driveCashPlusProvider, driveCashPlusSettlement, driveCashPlusVisits } from './kinds/cash-plus';
import { driveAccountCorrections } from './kinds/account-corrections';
import { driveBankReturn } from './kinds/bank-returns';
import { driveDeath } from './kinds/deaths';
import { driveDibaoApplication, driveDibaoDecision, driveDibaoNotice } from './kinds/dibao-applications';
import { driveDibaoApprovals } from './kinds/dibao-approvals';
import { driveDibaoStop } from './kinds/dibao-stops';
import { driveDibaoObjection, driveDibaoObjectionResolution } from './kinds/dibao-objections';
import { driveTekunApplication, driveTekunDecision } from './kinds/tekun-applications';
import { driveDivorceExpiry } from './kinds/divorce-expiry';
import { driveDivorceApplication, driveDivorceRegistration } from './kinds/divorces';
import { driveMarriage } from './kinds/marriages';
import { drivePayeeAccounts } from './kinds/payee-accounts';
import { drivePaymentBatches } from './kinds/payment-batches';
import { drivePayroll } from './kinds/payrolls';
import { driveRegisters } from './kinds/registers';
import { driveAdoption, driveAdoptionAssessment, driveOrphanRegistration } from './kinds/adoptions';
import { driveCharityDonation, driveCharityFund, driveCharityGrant } from './kinds/charity';
import { driveStudentAid, driveStudyGrant } from './kinds/child-grants';
import { driveHelpNeed, driveHelpNeedClose } from './kinds/child-help';
import { drivePairing, drivePairingVisit } from './kinds/child-pairings';
import { drivePlaceName } from './kinds/place-names';
import { driveAshPlacement, driveCemeteryPlaces } from './kinds/ash-placements';
import { driveCeremony, driveCounselling, driveMediation } from './kinds/registration-services';
import { driveVolunteer, driveVolunteerActivity } from './kinds/volunteers';
import { driveStandardRaise } from './kinds/standard-raise';
import { driveTemporaryRelief } from './kinds/temporary-relief';
import { driveVagrantClose, driveVagrantFamilySearch, driveVagrantIntake } from './kinds/vagrant-cases';
import { driveCanteenSettlement } from './kinds/canteen-settlements';
import { driveHomeCareProviders } from './kinds/home-care-providers';
import { driveHomeCareSettlement } from './kinds/home-care-settlements';
import { driveHomeCareVisits } from './kinds/home-care-visits';
import { driveMeals } from './kinds/meals';
import type { YearPlan } from './plan';
import { settle } from './settle';
import { newTally, recordOutcome, recordStep, type Outcome, type Tally } from './tally';

/** What a run has done so far: kept in the checkpoint between runs. */
export interface DriveState {
  lastCompletedDay: string | null;
  refs: Record<string, string>;
  tally: Tally;
  /** Time spent driving, over every run of this year. */
  drivenMs: number;
  /** Dead letters per service at the last month's end: events whose handling failed. */
  deadLetters?: Record<string, number>;
}

export function newDriveState(): DriveState {
  return { lastCompletedDay: null, refs: {}, tally: newTally(), drivenMs: 0, deadLetters: {} };
}

export interface DriveOptions {
  api: YearApi;
  /** Every service whose clock the year moves: all of the platform's, so they all live on the same day. */
  clockServices: readonly string[];
  state: DriveState;
  /** Requests in flight within a kind of a day. */
  concurrency: number;
  /** After each complete day (its events answered, the state updated). */
  onDayDone(day: PlanDay, state: DriveState): void;
  /** Before each day, once its clocks are moved. */
  onDayStart?(day: PlanDay): void;
  /** After each event. */
  onEvent?(event: YearEvent): void;
  log(line: string): void;
  /** Asked before each day: true stops the year there, to be resumed. */
  shouldStop?(): boolean;
  now?(): number;
}

type Driver<K extends EventKind> = (event: Extract<YearEvent, { kind: K }>, ctx: DriveContext) => Promise<void>;
const recorded =
  <K extends EventKind>(drive: (event: Extract<YearEvent, { kind: K }>, ctx: DriveContext) => Promise<Outcome>): Driver<K> =>
  async (event, ctx) =>
    ctx.record(event.kind, await drive(event, ctx), `${ctx.day} ${event.key}`);

const DRIVERS: { [K in EventKind]: Driver<K> } = {
  registers: (_event, ctx) => driveRegisters(ctx),
  'dibao-approvals': driveDibaoApprovals,
  payroll: recorded(drivePayroll),
  'divorce-expiry': recorded(driveDivorceExpiry),
  death: recorded(driveDeath),
  marriage: recorded(driveMarriage),
  'divorce-application': recorded(driveDivorceApplication),
  'divorce-registration': recorded(driveDivorceRegistration),
  'orphan-registration': recorded(driveOrphanRegistration),
  'adoption-assessment': recorded(driveAdoptionAssessment),
  adoption: recorded(driveAdoption),
  'help-need': recorded(driveHelpNeed),
  'help-need-close': recorded(driveHelpNeedClose),
  pairing: recorded(drivePairing),
  'pairing-visit': recorded(drivePairingVisit),
  'study-grant': recorded(driveStudyGrant),
  'student-aid': recorded(driveStudentAid),
  volunteer: recorded(driveVolunteer),
  'volunteer-activity': recorded(driveVolunteerActivity),
  'charity-fund': recorded(driveCharityFund),
  'charity-donation': recorded(driveCharityDonation),
  'charity-grant': recorded(driveCharityGrant),
  ceremony: recorded(driveCeremony),
  counselling: recorded(driveCounselling),
  mediation: recorded(driveMediation),
  'place-name': recorded(drivePlaceName),
  'cemetery-places': recorded(driveCemeteryPlaces),
  'ash-placement': recorded(driveAshPlacement),
  'dibao-application': recorded(driveDibaoApplication),
  'dibao-notice': recorded(driveDibaoNotice),
  'dibao-decision': recorded(driveDibaoDecision),
  'dibao-objection': recorded(driveDibaoObjection),
  'dibao-objection-resolution': recorded(driveDibaoObjectionResolution),
  'dibao-stop': recorded(driveDibaoStop),
  'tekun-application': recorded(driveTekunApplication),
  'tekun-decision': recorded(driveTekunDecision),
  'standard-raise': recorded((event, ctx) => driveStandardRaise(event, ctx)),
  'temporary-relief': recorded(driveTemporaryRelief),
  'vagrant-intake': recorded(driveVagrantIntake),
  'vagrant-family-search': recorded(driveVagrantFamilySearch),
  'vagrant-close': recorded(driveVagrantClose),
  'cash-plus-provider': recorded(driveCashPlusProvider),
  'cash-plus-plan': recorded(driveCashPlusPlan),
  'cash-plus-visits': recorded(driveCashPlusVisits),
  'cash-plus-settlement': recorded(driveCashPlusSettlement),
  'home-care-providers': driveHomeCareProviders,
  'canteen-settlement': recorded(driveCanteenSettlement),
  'home-care-settlement': recorded(driveHomeCareSettlement),
  'home-care-visits': driveHomeCareVisits,
  meals: driveMeals,
  'payee-accounts': recorded(drivePayeeAccounts),
  'payment-batches': recorded(drivePaymentBatches),
  'bank-return': recorded(driveBankReturn),
  'account-corrections': recorded(driveAccountCorrections),
};

/** The registration offices and points, read once: the events pick among those open on their day. */
export async function readOffices(api: YearApi): Promise<Office[]> {
  const offices: Office[] = [];
  for (let page = 1; ; page++) {
    const res = await api.call('civil-registration', 'GET', `/api/v1/registration-offices?page=${page}&pageSize=100`, 'clerk');
    if (res.status !== 200) throw new Error(`the registration offices could not be read: ${res.status} ${res.text.slice(0, 300)}`);
    const { items, total } = res.body as { items: Office[]; total: number };
    offices.push(...items.map(({ id, code, openedOn, closedOn }) => ({ id, code, openedOn, closedOn })));
    if (items.length === 0 || page * 100 >= total) return offices;
  }
}

/** Every service to the day, side by side; the year goes on only once all of them are there. */
export async function moveClocks(api: YearApi, services: readonly string[], day: string): Promise<void> {
  await Promise.all(
    services.map(async (service) => {
      const res = await api.call(service, 'PUT', '/api/v1/clock', 'admin', { at: day });
      if (res.status !== 200) throw new Error(`${service}: its clock could not be moved to ${day}: ${res.status} ${problemCode(res)} ${res.text.slice(0, 200)}`);
    }),
  );
}

async function driveDay(day: PlanDay, ctx: DriveContext, onEvent: (event: YearEvent) => void): Promise<void> {
  for (const kind of KIND_ORDER) {
    const events = day.events.filter((e) => e.kind === kind);
    const drive = DRIVERS[kind] as Driver<EventKind>;
    await inPool(events, ctx.concurrency, async (event) => {
      await drive(event, ctx);
      onEvent(event);
    });
  }
}

/** Drives the days after `state.lastCompletedDay`; answers whether it stopped before the year's end. */
export async function driveYear(plan: YearPlan, options: DriveOptions): Promise<{ stopped: boolean }> {
  const { api, state } = options;
  const now = options.now ?? Date.now;
  const offices = await readOffices(api);
  const ctx: Omit<DriveContext, 'day'> = {
    api,
    refs: state.refs,
    offices,
    population: plan.population,
    concurrency: options.concurrency,
    record: (kind, outcome, what) => recordOutcome(state.tally, kind, outcome, what),
    recordStep: (kind, step) => recordStep(state.tally, kind, step),
    log: options.log,
  };
  let firstOfRun = true;
  for (const day of plan.days) {
    if (state.lastCompletedDay !== null && day.date <= state.lastCompletedDay) continue;
    if (options.shouldStop?.()) return { stopped: true };
    const started = now();
    // A month's work is done before the next month's payrolls (settle.ts).
    if (day.date.endsWith('-01') && day !== plan.days[0]) state.deadLetters = await settle(api, options.clockServices);
    await moveClocks(api, options.clockServices, day.date);
    options.onDayStart?.(day);
    await driveDay(day, { ...ctx, day: day.date, mayRepeat: firstOfRun }, options.onEvent ?? (() => undefined));
    firstOfRun = false;
    state.lastCompletedDay = day.date;
    state.drivenMs += now() - started;
    if (day === plan.days[plan.days.length - 1]) state.deadLetters = await settle(api, options.clockServices);
    options.onDayDone(day, state);
  }
  return { stopped: false };
}
