// The July standard raise (DOMAIN §1 "Standard raise"): the year starts with the standards known
// on its first day (scripts/reference-raises.ts: `npm start` on a simulated clock loads the
// reference data as it stood then), so July's payrolls pay the old standards. On a July day an
// admin enters each raise of the reference data that has taken effect (the period before it
// ended the day before, the new one added, POST /api/v1/policy-parameters), then runs the arrears
// (补发) of social assistance for the months already paid at the old rate; the next payrolls pay
// them. Child welfare needs no run: its payroll pays the allowance's arrears itself.
import { readReferenceData, type ReferenceData } from '../../load-reference-data';
import { raisesOfYear, type PolicyRaise } from '../../reference-raises';
import { addDays } from '../../../libs/common/src/time/calendar-date';
import { problemCode, type YearApi } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { StandardRaiseEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

/** The day the city's raise is entered [A]: after July's payrolls (1 July), before August's. */
export const RAISE_ENTERED_ON = '07-10';

/** The arrears runs of the raised keys: after a figure under the prefix, the route pays 补发 from its month. */
export const ARREARS_RUNS: ReadonlyArray<{ service: string; keyPrefix: string; path: string }> = [
  { service: 'social-assistance', keyPrefix: 'social-assistance.dibao.', path: '/api/v1/dibao/recomputations' },
  { service: 'social-assistance', keyPrefix: 'social-assistance.tekun.', path: '/api/v1/tekun/recomputations' },
];

export function planStandardRaise(ctx: PlanContext): Array<{ day: number; event: StandardRaiseEvent }> {
  const date = `${ctx.year}-${RAISE_ENTERED_ON}`;
  const day = ctx.days.indexOf(date);
  return day < 0 ? [] : [{ day, event: { kind: 'standard-raise', key: `standard-raise:${date}` } }];
}

interface StoredRow {
  value: unknown;
  effectiveFrom: string;
  effectiveTo: string | null;
}

async function periodsOf(api: YearApi, service: string, key: string): Promise<StoredRow[] | null> {
  const res = await api.call(service, 'GET', `/api/v1/policy-parameters?key=${encodeURIComponent(key)}&pageSize=100`, 'admin');
  return res.status === 200 ? (res.body as { items: StoredRow[] }).items : null;
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Enters one raise: ends the open period before it, adds it. 'present' when a rerun finds it entered. */
async function enter(api: YearApi, raise: PolicyRaise): Promise<'done' | 'present' | Outcome> {
  const { service, key, row } = raise;
  const periods = await periodsOf(api, service, key);
  if (!periods) return refused('YEAR.POLICY_UNREADABLE', `${service}: the periods of ${key} could not be read`);
  const there = periods.find((p) => p.effectiveFrom === row.effectiveFrom);
  if (there) return sameValue(there.value, row.value) ? 'present' : refused('YEAR.RAISE_CONFLICT', `${service}: ${key} from ${row.effectiveFrom} holds another value`);
  const lastDay = addDays(row.effectiveFrom, -1);
  if (periods.some((p) => p.effectiveTo === null && p.effectiveFrom <= lastDay)) {
    const ended = await api.call(service, 'POST', '/api/v1/policy-parameters/end-open-period', 'admin', { key, lastDay });
    if (ended.status !== 200) return refused(problemCode(ended), `${service}: ending ${key} on ${lastDay}: ${ended.text}`);
  }
  const added = await api.call(service, 'POST', '/api/v1/policy-parameters', 'admin', {
    key,
    value: row.value,
    effectiveFrom: row.effectiveFrom,
    ...(row.effectiveTo ? { effectiveTo: row.effectiveTo } : {}),
    ...(row.note ? { note: row.note } : {}),
  });
  return added.status === 201 ? 'done' : refused(problemCode(added), `${service}: adding ${key} from ${row.effectiveFrom}: ${added.text}`);
}

/** The raises of the reference data that have taken effect by `day`, of the services the year drives. */
export function raisesBy(data: ReferenceData, day: string, services: readonly string[]): PolicyRaise[] {
  return raisesOfYear(data, `${day.slice(0, 4)}-01-01`).filter((r) => r.row.effectiveFrom <= day && services.includes(r.service));
}

export async function driveStandardRaise(_event: StandardRaiseEvent, ctx: DriveContext, data: ReferenceData = readReferenceData()): Promise<Outcome> {
  const raises = raisesBy(data, ctx.day, Object.keys(ctx.api.baseUrls));
  let entered = 0;
  for (const raise of raises) {
    const result = await enter(ctx.api, raise);
    if (typeof result !== 'string') return result;
    if (result === 'done') entered++;
  }
  // Run even when a rerun finds the raises entered: the run may not have been reached; a second adds nothing.
  const runs = new Set(ARREARS_RUNS.flatMap((run) => raises.filter((r) => r.service === run.service && r.key.startsWith(run.keyPrefix)).map((r) => JSON.stringify([run.service, run.path, r.row.effectiveFrom.slice(0, 7)]))));
  for (const [service, path, fromMonth] of [...runs].sort().map((r) => JSON.parse(r) as [string, string, string])) {
    const res = await ctx.api.call(service, 'POST', path, 'admin', { fromMonth });
    if (res.status !== 200) return refused(problemCode(res), `${service} ${path} from ${fromMonth}: ${res.text}`);
    const arrears = (res.body as { arrears: Array<{ amountFen: number }> }).arrears;
    ctx.log(`standard raise: ${service} ${path} from ${fromMonth}: ${arrears.length} arrears lines, ${arrears.reduce((n, a) => n + a.amountFen, 0)} fen`);
  }
  return entered > 0 || raises.length === 0 ? DONE : PRESENT;
}

/**
 * Before a year is driven up to its raise day: the platform must not hold the raises yet (it was
 * loaded with the data as it stood on the first day), else July would be paid at the new figure
 * and nothing owed. One line per raise already there; empty when the year can go on.
 */
export async function raiseRefusals(api: YearApi, raiseDay: string | null, firstDay: string, data: ReferenceData = readReferenceData()): Promise<string[]> {
  // From the raise day on, a rerun may find it entered, part or whole: the raise's driver sees to that.
  if (raiseDay === null || firstDay >= raiseDay) return [];
  const refusals: string[] = [];
  for (const raise of raisesBy(data, raiseDay, Object.keys(api.baseUrls))) {
    const periods = await periodsOf(api, raise.service, raise.key);
    if (periods?.some((p) => p.effectiveFrom === raise.row.effectiveFrom)) {
      refusals.push(
        `${raise.service} already holds ${raise.key} from ${raise.row.effectiveFrom}, which the year enters on ${raiseDay}: start the platform with CLOCK_SIMULATED_START=${firstDay.slice(0, 4)}-01-01 (npm start then loads the reference data as it stood that day)`,
      );
    }
  }
  return refusals;
}
