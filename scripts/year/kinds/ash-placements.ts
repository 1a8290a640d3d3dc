// Ashes laid in public-welfare cemeteries and rural ash halls (骨灰安葬/安放, DOMAIN §6): the
// profile's number of the year's cremations (the city's ash-burial rate is 100%) get a plot or a
// niche. The seed says no more than the rate, so the rest is assumed [A]:
// - the ashes are laid 3 to 21 days after the death (after the cremation and the first seven
//   days of mourning), at the latest on the year's last day, so that every one counts in the year;
// - a deceased whose township has a rural public-welfare cemetery or village ash halls of its own
//   is laid there six times in ten, otherwise in an urban public-welfare cemetery of their city;
// - of the ashes laid in cemeteries (an ash hall keeps niches only) the profile's number go into
//   plots (骨灰墓穴), the others into niches (骨灰格位);
// - each cemetery opens rows of 20 places of a kind for the year, as many as its ashes need,
//   numbered like 2024年格位区-001排-01号 and recorded by the admin on 1 January.
import type { Population } from '../../population/generate';
import { pad } from '../../population/people';
import { REFERENCE_SAMPLE } from '../../population/reference-sample';
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { DeathEvent } from '../events';
import type { AshPlacementEvent, CemeteryPlacesEvent } from '../events-registration';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

type Planned<E> = { day: number; event: E };
type PlaceKind = AshPlacementEvent['placeKind'];

export const PLACED_AFTER_DAYS = { min: 3, max: 21 } as const;
/** Of the deceased of a township with places of its own, the share laid there rather than in town. */
export const RURAL_SHARE = 0.6;
export const PLACES_PER_ROW = 20;
/** Places recorded in one request (civil-registration takes up to 500). */
const PLACES_PER_REQUEST = 500;

interface CemeteryFacts {
  code: string;
  kind: string;
  divisionCode: string;
  plotCapacity: number;
  nicheCapacity: number;
}

/** The k-th place (0-based) of a kind a cemetery opens in the year: rows of PLACES_PER_ROW. */
export function placeCode(year: number, kind: PlaceKind, k: number): string {
  const area = kind === 'PLOT' ? '墓区' : '格位区';
  return `${year}年${area}-${pad(Math.floor(k / PLACES_PER_ROW) + 1, 3)}排-${pad((k % PLACES_PER_ROW) + 1, 2)}号`;
}

/** Where each person of the registers lives: the township of an elder, of a household, of a guardian's child. */
function townshipsOf(population: Population): Map<string, string> {
  const townships = new Map<string, string>();
  for (const c of population.children) for (const g of c.guardians) townships.set(g.residentId, c.villageCode.slice(0, 9));
  for (const e of population.elders) townships.set(e.residentId, e.townshipCode);
  for (const h of population.households) for (const m of h.members) townships.set(m.residentId, h.regionCode);
  return townships;
}

export function planAshPlacements(ctx: PlanContext, deaths: ReadonlyArray<Planned<DeathEvent>>): Array<Planned<CemeteryPlacesEvent | AshPlacementEvent>> {
  const random = ctx.random('ash-placement');
  const v = ctx.profile.volumes;
  const order = new Map(deaths.map((d, i) => [d.event.key, i]));
  const cremated = deaths.filter((d) => d.event.disposal === 'CREMATION');
  if (cremated.length < v.ashPlacements.n) throw new Error(`${cremated.length} cremations cannot give ${v.ashPlacements.n} ash placements`);
  const townships = townshipsOf(ctx.population);
  const cemeteries: CemeteryFacts[] = [...REFERENCE_SAMPLE.cemeteries, ...ctx.population.registers.cemeteries];
  const last = ctx.days.length - 1;
  const laid = random.shuffle(cremated).slice(0, v.ashPlacements.n).map((d) => {
    const township = townships.get(d.event.residentId);
    if (!township) throw new Error(`${d.event.key}: the deceased lives in no township of the registers`);
    // A division code's first four digits are its city's (population/reference-sample.ts cityPrefix).
    const ofCity = cemeteries.filter((c) => c.divisionCode.startsWith(township.slice(0, 4)));
    const local = ofCity.filter((c) => c.kind !== 'URBAN_PUBLIC_WELFARE_CEMETERY' && c.divisionCode.startsWith(township));
    const urban = ofCity.filter((c) => c.kind === 'URBAN_PUBLIC_WELFARE_CEMETERY');
    const pool = local.length > 0 && (urban.length === 0 || random.chance(RURAL_SHARE)) ? local : urban;
    if (pool.length === 0) throw new Error(`${d.event.key}: no public-welfare cemetery in the city of ${township}`);
    return { death: d.event, cemetery: random.pick(pool), day: Math.min(d.day + random.int(PLACED_AFTER_DAYS.min, PLACED_AFTER_DAYS.max), last), kind: 'NICHE' as PlaceKind };
  });
  const inCemeteries = laid.filter((l) => l.cemetery.kind !== 'RURAL_ASH_HALL');
  if (inCemeteries.length < v.ashPlacementsInPlots.n) throw new Error(`${inCemeteries.length} ashes laid in cemeteries cannot give ${v.ashPlacementsInPlots.n} in plots`);
  for (const l of random.shuffle(inCemeteries).slice(0, v.ashPlacementsInPlots.n)) l.kind = 'PLOT';

  // Places are taken in the order the ashes come: by day, then as the deaths were planned.
  laid.sort((a, b) => a.day - b.day || order.get(a.death.key)! - order.get(b.death.key)!);
  const taken = new Map<string, { cemetery: CemeteryFacts; kind: PlaceKind; n: number }>();
  const placements: Array<Planned<AshPlacementEvent>> = laid.map(({ death, cemetery, day, kind }, i) => {
    const id = `${cemetery.code}|${kind}`;
    const rows = taken.get(id) ?? { cemetery, kind, n: 0 };
    taken.set(id, { ...rows, n: rows.n + 1 });
    const event: AshPlacementEvent = { kind: 'ash-placement', key: `ash-placement:${i}`, deathKey: death.key, residentId: death.residentId, cemeteryCode: cemetery.code, placeKind: kind, placeCode: placeCode(ctx.year, kind, rows.n) };
    return { day, event };
  });

  const places: Array<Planned<CemeteryPlacesEvent>> = [];
  for (const { cemetery, kind, n } of [...taken.values()].sort((a, b) => a.cemetery.code.localeCompare(b.cemetery.code) || a.kind.localeCompare(b.kind))) {
    const opened = Math.ceil(n / PLACES_PER_ROW) * PLACES_PER_ROW;
    const capacity = kind === 'PLOT' ? cemetery.plotCapacity : cemetery.nicheCapacity;
    if (opened > capacity) throw new Error(`${cemetery.code}: ${opened} ${kind} places for the year are more than its ${capacity}`);
    const codes = Array.from({ length: opened }, (_v, k) => placeCode(ctx.year, kind, k));
    for (let from = 0; from < opened; from += PLACES_PER_REQUEST) {
      const event: CemeteryPlacesEvent = { kind: 'cemetery-places', key: `cemetery-places:${cemetery.code}:${kind}:${from / PLACES_PER_REQUEST}`, cemeteryCode: cemetery.code, placeKind: kind, codes: codes.slice(from, from + PLACES_PER_REQUEST) };
      places.push({ day: 0, event });
    }
  }
  return [...places, ...placements];
}

const placeRef = (cemeteryCode: string, placeCode: string): string => `cemetery-place:${cemeteryCode}:${placeCode}`;

/** The cemetery's id by its code, from the list of cemeteries read once into the refs. */
async function cemeteryIdOf(ctx: DriveContext, code: string): Promise<string | undefined> {
  if (ctx.refs[`cemetery:${code}`]) return ctx.refs[`cemetery:${code}`];
  for (let page = 1; ; page++) {
    const res = await ctx.api.call('civil-registration', 'GET', `/api/v1/cemeteries?page=${page}&pageSize=100`, 'admin');
    if (res.status !== 200) return undefined;
    const { items, total } = res.body as { items: Array<{ id: string; code: string }>; total: number };
    for (const c of items) ctx.refs[`cemetery:${c.code}`] = c.id;
    if (items.length === 0 || page * 100 >= total) return ctx.refs[`cemetery:${code}`];
  }
}

/** The places of a kind a cemetery holds, code to id. */
async function placesOf(ctx: DriveContext, cemeteryId: string, kind: PlaceKind): Promise<Map<string, string>> {
  const places = new Map<string, string>();
  for (let page = 1; ; page++) {
    const res = await ctx.api.call('civil-registration', 'GET', `/api/v1/cemeteries/${cemeteryId}/places?kind=${kind}&page=${page}&pageSize=100`, 'admin');
    if (res.status !== 200) return places;
    const { items, total } = res.body as { items: Array<{ id: string; code: string }>; total: number };
    for (const p of items) places.set(p.code, p.id);
    if (items.length === 0 || page * 100 >= total) return places;
  }
}

/** The year's rows of a cemetery; on a day driven again they are there (409), and their ids are read back. */
export async function driveCemeteryPlaces(event: CemeteryPlacesEvent, ctx: DriveContext): Promise<Outcome> {
  const cemeteryId = await cemeteryIdOf(ctx, event.cemeteryCode);
  if (!cemeteryId) return refused('YEAR.CEMETERY_NOT_RECORDED', `cemetery ${event.cemeteryCode} is not recorded`);
  const res = await ctx.api.call('civil-registration', 'POST', `/api/v1/cemeteries/${cemeteryId}/places`, 'admin', { kind: event.placeKind, codes: event.codes });
  if (res.status === 201) {
    for (const p of (res.body as { places: Array<{ id: string; code: string }> }).places) ctx.refs[placeRef(event.cemeteryCode, p.code)] = p.id;
    return DONE;
  }
  if (problemCode(res) !== 'CEMETERY.PLACE_CODE_TAKEN') return refused(problemCode(res), res.text);
  const held = await placesOf(ctx, cemeteryId, event.placeKind);
  if (event.codes.some((code) => !held.has(code))) return refused(problemCode(res), res.text);
  for (const code of event.codes) ctx.refs[placeRef(event.cemeteryCode, code)] = held.get(code)!;
  return PRESENT;
}

/** The clerk gives the deceased's death record its place; a day driven again finds the place already theirs. */
export async function driveAshPlacement(event: AshPlacementEvent, ctx: DriveContext): Promise<Outcome> {
  const placeId = ctx.refs[placeRef(event.cemeteryCode, event.placeCode)];
  if (!placeId) return refused('YEAR.PLACE_NOT_RECORDED', `${event.cemeteryCode} ${event.placeCode} is not recorded`);
  const found = await ctx.api.call('civil-registration', 'POST', '/api/v1/deaths/search', 'clerk', { residentId: event.residentId });
  if (found.status !== 200) return refused(problemCode(found), found.text);
  const [death] = found.body as Array<{ id: string }>;
  if (!death) return refused('YEAR.DEATH_NOT_REGISTERED', `${event.deathKey} is not registered`);
  const res = await ctx.api.call('civil-registration', 'POST', '/api/v1/cemetery-allocations', 'clerk', { placeId, deathId: death.id });
  if (res.status === 201) return DONE;
  if (res.status === 409) {
    const theirs = await ctx.api.call('civil-registration', 'GET', `/api/v1/cemetery-allocations?deathId=${death.id}&status=ACTIVE`, 'clerk');
    if (((theirs.body as { items?: Array<{ placeId: string }> } | null)?.items ?? []).some((a) => a.placeId === placeId)) return PRESENT;
  }
  return refused(problemCode(res), res.text);
}
