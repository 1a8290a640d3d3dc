// Cadre pairing (结对帮扶, DOMAIN §5): in January and February each cadre is paired with an
// at-risk child of the ledger (one child each [A]), then visits the child once in each of the
// year's rounds (走访轮次: city 2024, three rounds of home visits). The rounds split March to
// December into equal windows, so a round is a campaign of a few months; each visit records its
// round, and the annual report counts the rounds the year's visits were made in.
import { PersonFactory } from '../../population/people';
import { problemCode } from '../api';
import type { Cited } from '../profile';
import type { DriveContext, PlanContext } from '../context';
import type { PairingEvent, PairingVisitEvent } from '../events-children';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { AT_RISK, childIdOf, recognisableChildren } from './child-ledger';

type Planned<E> = { day: number; event: E };

export const VISIT_ROUNDS: Cited = { n: 3, cites: 'DOMAIN §5 Staff and pairing: city 2024, three rounds of home visits' };

/** Pairings are made in the year's first 59 days (January and February); the rounds fill the rest. */
export const PAIRING_DAYS = { first: 1, last: 59 } as const;

/** The days of each round (indices of the year's days), equal windows from March to the year's end. */
export function roundWindows(daysInYear: number, rounds = VISIT_ROUNDS.n): Array<{ first: number; last: number }> {
  const start = PAIRING_DAYS.last + 1;
  const length = Math.floor((daysInYear - start) / rounds);
  return Array.from({ length: rounds }, (_v, r) => ({ first: start + r * length, last: r === rounds - 1 ? daysInYear - 1 : start + (r + 1) * length - 1 }));
}

const VISIT_NOTES = ['了解学习和生活情况，叮嘱假期安全', '送去学习用品，和监护人谈了孩子的身体情况', '辅导作业，了解在校表现', '检查家里的用电和取暖安全'];

export function planPairings(ctx: PlanContext): Array<Planned<PairingEvent | PairingVisitEvent>> {
  const random = ctx.random('pairing');
  const n = ctx.profile.volumes.pairingCadres.n;
  const children = random.shuffle(recognisableChildren(ctx.population).filter((c) => AT_RISK.has(c.category)));
  if (children.length < n) throw new Error(`only ${children.length} at-risk children of the registers for ${n} paired cadres`);
  const people = new PersonFactory(random, ctx.days[0]);
  const windows = roundWindows(ctx.days.length);
  const planned: Array<Planned<PairingEvent | PairingVisitEvent>> = [];
  children.slice(0, n).forEach((child, i) => {
    const key = `pairing:${i}`;
    const cadre = { cadreId: `cadre-${child.villageCode.slice(0, 9)}-${String(i + 1).padStart(4, '0')}`, cadreName: people.name(), cadrePhone: `13${String(random.int(0, 999_999_999)).padStart(9, '0')}` };
    planned.push({ day: random.int(PAIRING_DAYS.first, PAIRING_DAYS.last), event: { kind: 'pairing', key, residentId: child.residentId, ...cadre } });
    windows.forEach((w, r) => {
      planned.push({ day: random.int(w.first, w.last), event: { kind: 'pairing-visit', key: `${key}:round-${r + 1}`, pairingKey: key, residentId: child.residentId, round: r + 1 } });
    });
  });
  return planned;
}

interface PairingAnswer {
  id: string;
  cadreId: string;
  endedOn: string | null;
  visits: Array<{ visitedOn: string; round: number | null }>;
}

async function pairingsOf(childId: string, ctx: DriveContext): Promise<PairingAnswer[] | null> {
  const res = await ctx.api.call('child-welfare', 'GET', `/api/v1/children/${childId}/pairings?pageSize=100`, 'clerk');
  return res.status === 200 ? (res.body as { items: PairingAnswer[] }).items : null;
}

export async function drivePairing(event: PairingEvent, ctx: DriveContext): Promise<Outcome> {
  const child = await childIdOf(ctx, event.residentId);
  if ('outcome' in child) return child.outcome;
  const { residentId: _r, kind: _k, key: _key, ...cadre } = event;
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/children/${child.id}/pairings`, 'clerk', { ...cadre, startedOn: ctx.day });
  if (res.status === 201) {
    ctx.refs[event.key] = (res.body as PairingAnswer).id;
    return DONE;
  }
  // A day driven again: the cadre's pairing is the child's active one.
  if (problemCode(res) === 'PAIRING.ALREADY_ACTIVE') {
    const active = (await pairingsOf(child.id, ctx))?.find((p) => p.endedOn === null && p.cadreId === event.cadreId);
    if (active) {
      ctx.refs[event.key] = active.id;
      return PRESENT;
    }
  }
  return refused(problemCode(res), res.text);
}

export async function drivePairingVisit(event: PairingVisitEvent, ctx: DriveContext): Promise<Outcome> {
  const pairingId = ctx.refs[event.pairingKey];
  if (!pairingId) return refused('YEAR.NOT_PAIRED', `${event.pairingKey} was not made, so there is no cadre to visit`);
  const child = await childIdOf(ctx, event.residentId);
  if ('outcome' in child) return child.outcome;
  if (ctx.mayRepeat) {
    const pairing = (await pairingsOf(child.id, ctx))?.find((p) => p.id === pairingId);
    if (pairing?.visits.some((v) => v.round === event.round)) return PRESENT;
  }
  const notes = VISIT_NOTES[(event.round - 1) % VISIT_NOTES.length];
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/children/${child.id}/pairings/${pairingId}/visits`, 'clerk', { visitedOn: ctx.day, notes, round: event.round });
  return res.status === 201 ? DONE : refused(problemCode(res), res.text);
}
