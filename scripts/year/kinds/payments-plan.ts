// 一卡通 through the year (docs/payments.md): on day 1 the payees' accounts are imported and
// confirmed (a few payees still wait for their card; they get it between April and September, and
// their lines are held until then; people brought in during the year get theirs the day they come); each month, after the payrolls of its first day, the finance
// office assembles the month's batches on the 5th and releases them, the banks' return files come
// back on the 10th, a few payees' accounts failing (January to November: the December failures
// would be re-issued in the next year), and those payees' corrected accounts are confirmed later in
// the month, before the next payrolls re-issue their failed lines. Pure.
import { ageOn } from '../../../libs/common/src/resident-id/resident-id';
import { FAILURE_REASONS } from '../bank/return-file';
import type { PlanContext } from '../context';
import { payeeDirectory } from '../bank/accounts';
import type { YearEvent } from '../events';
import type { Newcomer, PaymentsEvent } from '../events-payments';


/** Day of the month the finance office assembles and releases the month's batches, and the banks' return files come back. */
export const BATCH_DAY = 5;
export const RETURN_DAY = 10;
/** The corrected accounts come in between these days of the month, before the next month's payrolls. */
const CORRECTIONS_FROM = 12;
const CORRECTIONS_TO = 25;
/** Candidates per failure: a candidate the month's files do not pay after all is passed over. */
export const CANDIDATES_PER_FAILURE = 3;
/** Failures are planned in the months whose re-issue is paid within the year. */
const LAST_FAILURE_MONTH = 11;

/**
 * People paid every month for certain, with the first month (0-based) whose files pay them:
 * aged 80+ (high-age allowance), 特困 in dispersed care, orphans and de facto unsupported children
 * from January; 低保 applicants from the month after their approval. Nobody who dies, nobody of a
 * household where someone dies or whose 低保 stops, no child whose guardian dies: a stop ends what
 * is paid (a failed line of a month after the stop is not re-issued) and a death changes to whom.
 */
function steadyPayees(ctx: PlanContext, dying: ReadonlySet<string>, stopping: ReadonlySet<string>): Array<{ residentId: string; from: number }> {
  const { population } = ctx;
  const firstDay = ctx.days[0];
  const dibaoFrom = Number(ctx.days[ctx.approvalsDay].slice(5, 7));
  const excluded = new Set(dying);
  for (const h of population.households) if (h.members.some((m) => dying.has(m.residentId) || stopping.has(m.residentId))) for (const m of h.members) excluded.add(m.residentId);
  const from = new Map<string, number>();
  const add = (residentId: string, month: number): void => void from.set(residentId, Math.max(month, from.get(residentId) ?? 0));
  for (const e of population.elders) if (ageOn(e.birthDate, firstDay) >= 80) add(e.residentId, 0);
  for (const h of population.households) {
    if (h.program === 'DIBAO') add(h.members.find((m) => m.relation === 'APPLICANT')?.residentId ?? h.members[0].residentId, dibaoFrom);
    else if (h.tekun?.careForm === 'DISPERSED') add(h.tekun.residentId, 0);
  }
  for (const c of population.children) {
    if ((c.category === 'ORPHAN' || c.category === 'DE_FACTO_UNSUPPORTED') && !c.guardians.some((g) => dying.has(g.residentId))) add(c.residentId, 0);
  }
  return [...from.entries()]
    .filter(([id]) => !excluded.has(id))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([residentId, month]) => ({ residentId, from: month }));
}

/** Who a 低保 household's money is paid to: its applicant, failing that the first member by resident ID (as social assistance pays it). */
function householdPayee(members: ReadonlyArray<{ residentId: string; name: string; relation: string }>): { residentId: string; name: string } {
  const payee = members.find((m) => m.relation === 'APPLICANT') ?? [...members].sort((a, b) => (a.residentId < b.residentId ? -1 : 1))[0];
  return { residentId: payee.residentId, name: payee.name };
}

/**
 * People the other kinds bring in during the year whom a programme pays, on the day they come: a
 * child orphaned in the year (kinds/adoptions.ts) is paid the child allowance, a household applying
 * for 低保 (kinds/dibao-applications.ts) or a person for 特困 (kinds/tekun-applications.ts) is paid
 * to its applicant. A kind that brings in other payees adds them here, or their lines are held for
 * want of an account all year.
 */
export function newcomersOf(planned: ReadonlyArray<{ day: number; event: YearEvent }>, registered: ReadonlyMap<string, number>): Array<{ day: number; newcomer: Newcomer }> {
  const coming = planned.flatMap(({ day, event }) => {
    if (event.kind === 'orphan-registration') return [{ day, residentId: event.residentId, name: event.name, divisionCode: event.villageCode }];
    if (event.kind === 'dibao-application') return [{ day, ...householdPayee(event.household.members), divisionCode: event.household.regionCode }];
    if (event.kind === 'tekun-application') return [{ day, ...householdPayee(event.household.members), divisionCode: event.household.regionCode }];
    return [];
  });
  const seen = new Set<string>();
  // Numbered in the order they come (stable: the same day, in the order the kinds planned them).
  const fresh = coming.sort((a, b) => a.day - b.day).filter((c) => !registered.has(c.residentId) && !seen.has(c.residentId) && seen.add(c.residentId));
  return fresh.map(({ day, ...person }, i) => ({ day, newcomer: { ...person, place: registered.size + i } }));
}

/** 一卡通 from what the other kinds planned: their deaths and the people they bring in. */
export function planPayments(ctx: PlanContext, others: ReadonlyArray<{ day: number; event: YearEvent }>): Array<{ day: number; event: PaymentsEvent }> {
  const deaths = others.flatMap(({ event }) => (event.kind === 'death' ? [event] : []));
  const random = ctx.random('payments');
  const v = ctx.profile.volumes;
  const dayOf = (date: string): number => {
    const day = ctx.days.indexOf(date);
    if (day < 0) throw new Error(`${date} is not a day of the year`);
    return day;
  };
  const year = ctx.days[0].slice(0, 4);
  const months = Array.from({ length: 12 }, (_v, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const failing = months.slice(0, LAST_FAILURE_MONTH).length * v.paymentFailuresPerMonth.n * CANDIDATES_PER_FAILURE;
  const stops = others.flatMap(({ event }) => (event.kind === 'dibao-stop' ? [event.residentId] : []));
  const pool = random.shuffle(steadyPayees(ctx, new Set(deaths.map((d) => d.residentId)), new Set(stops)));
  if (pool.length < v.payeesWithoutAccount.n + failing) {
    throw new Error(`the registers have ${pool.length} people paid every month, the profile wants ${v.payeesWithoutAccount.n} without an account and ${failing} candidates to fail`);
  }
  const withheld = pool.slice(0, v.payeesWithoutAccount.n).map((p) => p.residentId);
  const taken = new Set<number>();
  let untakenFrom = withheld.length;
  /** The next `n` of the pool paid steadily by month `m` (0-based), each taken once. */
  const take = (n: number, m: number): string[] => {
    const chosen: string[] = [];
    for (let i = untakenFrom; i < pool.length && chosen.length < n; i++) {
      if (taken.has(i) || pool[i].from > m) continue;
      taken.add(i);
      chosen.push(pool[i].residentId);
    }
    while (taken.has(untakenFrom)) untakenFrom++;
    if (chosen.length < n) throw new Error(`the registers have too few people paid every month from month ${m + 1} to fail ${n} of them`);
    return chosen;
  };
  const planned: Array<{ day: number; event: PaymentsEvent }> = [{ day: 0, event: { kind: 'payee-accounts', key: 'payee-accounts:registers', scope: 'REGISTERS', residentIds: [...withheld].sort() } }];

  const arrivals = new Map<number, Newcomer[]>();
  for (const { day, newcomer } of newcomersOf(others, payeeDirectory(ctx.population).index)) arrivals.set(day, [...(arrivals.get(day) ?? []), newcomer]);
  for (const [day, newcomers] of [...arrivals.entries()].sort((a, b) => a[0] - b[0])) {
    planned.push({ day, event: { kind: 'payee-accounts', key: `payee-accounts:newcomers:${ctx.days[day]}`, scope: 'NEWCOMERS', residentIds: newcomers.map((n) => n.residentId), newcomers } });
  }

  const cardDays = new Map<number, string[]>();
  for (const id of withheld) {
    const day = random.int(dayOf(`${year}-04-01`), dayOf(`${year}-09-30`));
    cardDays.set(day, [...(cardDays.get(day) ?? []), id]);
  }
  for (const [day, ids] of [...cardDays.entries()].sort((a, b) => a[0] - b[0])) {
    planned.push({ day, event: { kind: 'payee-accounts', key: `payee-accounts:${ctx.days[day]}`, scope: 'LISTED', residentIds: ids.sort() } });
  }

  months.forEach((month, i) => {
    const day = (d: number): number => dayOf(`${month}-${String(d).padStart(2, '0')}`);
    planned.push({ day: day(BATCH_DAY), event: { kind: 'payment-batches', key: `payment-batches:${month}`, month } });
    const failures = i < LAST_FAILURE_MONTH ? v.paymentFailuresPerMonth.n : 0;
    const candidates = take(failures * CANDIDATES_PER_FAILURE, i).map((residentId) => ({ residentId, reason: random.pick(FAILURE_REASONS) }));
    planned.push({ day: day(RETURN_DAY), event: { kind: 'bank-return', key: `bank-return:${month}`, month, failures, candidates } });
    if (failures > 0) planned.push({ day: day(random.int(CORRECTIONS_FROM, CORRECTIONS_TO)), event: { kind: 'account-corrections', key: `account-corrections:${month}`, month, failures, candidates } });
  });
  return planned;
}
