// Deaths (DOMAIN §6): people of the registers die, so that every service's cascade runs (低保 and
// 特困 stop, the high-age allowance stops, meals after the death are void, a guardian's child is
// reassessed, the funeral benefit is granted). The age split and the Hui burials come from the
// profile; every other death is Han and cremated. Reported by the hospital or the village on the
// day of death.
import { ageOn } from '../../../libs/common/src/resident-id/resident-id';
import type { Population } from '../../population/generate';
import { problemCode, type YearApi } from '../api';
import { birthDateOf, type DriveContext, type PlanContext } from '../context';
import type { DeathEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

interface Candidate {
  residentId: string;
  name: string;
  birthDate: string;
  /** A member of a 低保/特困 household: dies only after the case is decided. */
  assisted: boolean;
}

/** Everyone of the registers who may die: elders, adults of the households, living guardians. */
function candidates(population: Population): Candidate[] {
  const byId = new Map<string, Candidate>();
  const add = (residentId: string, name: string, birthDate: string, assisted: boolean): void => {
    const known = byId.get(residentId);
    if (known) known.assisted ||= assisted;
    else byId.set(residentId, { residentId, name, birthDate, assisted });
  };
  for (const e of population.elders) add(e.residentId, e.name, e.birthDate, false);
  for (const h of population.households) for (const m of h.members) add(m.residentId, m.name, birthDateOf(m.residentId), true);
  for (const c of population.children) for (const g of c.guardians) if (!g.deceasedOn) add(g.residentId, g.name, birthDateOf(g.residentId), false);
  return [...byId.values()];
}

function groupOf(age: number): DeathEvent['group'] | null {
  if (age >= 80) return 'AGED_80_PLUS';
  if (age >= 60) return 'AGED_60_79';
  return age >= 18 ? 'UNDER_60' : null;
}

const PLACES: Array<[string, DeathEvent['source']]> = [
  ['市第一人民医院（示例）', 'HOSPITAL'],
  ['市中医医院（示例）', 'HOSPITAL'],
  ['乡镇卫生院（示例）', 'HOSPITAL'],
  ['家中', 'VILLAGE'],
];

export function planDeaths(ctx: PlanContext): Array<{ day: number; event: DeathEvent }> {
  const random = ctx.random('death');
  const v = ctx.profile.volumes;
  const groups: Record<DeathEvent['group'], Candidate[]> = { AGED_80_PLUS: [], AGED_60_79: [], UNDER_60: [] };
  for (const c of candidates(ctx.population)) {
    const group = groupOf(ageOn(c.birthDate, ctx.days[0]));
    if (group) groups[group].push(c);
  }
  const wanted: Record<DeathEvent['group'], number> = { AGED_80_PLUS: v.deathsAged80Plus.n, AGED_60_79: v.deathsAged60To79.n, UNDER_60: v.deathsUnder60.n };
  const dying: Array<Candidate & { group: DeathEvent['group'] }> = [];
  for (const group of Object.keys(groups) as Array<DeathEvent['group']>) {
    if (groups[group].length < wanted[group]) throw new Error(`the registers have ${groups[group].length} people in ${group}, the profile wants ${wanted[group]} of them to die`);
    dying.push(...random.shuffle(groups[group]).slice(0, wanted[group]).map((c) => ({ ...c, group })));
  }
  const hui = new Set(random.shuffle(dying.map((_d, i) => i)).slice(0, v.huiBurials.n));
  const last = ctx.days.length - 1;
  return dying.map((d, i) => {
    const day = d.assisted ? random.int(Math.min(ctx.approvalsDay + 1, last), last) : random.int(0, last);
    const [placeOfDeath, source] = random.pick(PLACES);
    const event: DeathEvent = {
      kind: 'death',
      key: `death:${i}`,
      residentId: d.residentId,
      name: d.name,
      ethnicity: hui.has(i) ? 'HUI' : 'HAN',
      disposal: hui.has(i) ? 'BURIAL' : 'CREMATION',
      placeOfDeath,
      source,
      group: d.group,
    };
    return { day, event };
  });
}

/** The death reported on its day; the same death reported again is answered 200 (a rerun). */
export async function driveDeath(event: DeathEvent, ctx: DriveContext): Promise<Outcome> {
  const api: YearApi = ctx.api;
  const { residentId, name, ethnicity, placeOfDeath, disposal, source } = event;
  const res = await api.call('civil-registration', 'POST', '/api/v1/deaths', 'clerk', { residentId, name, ethnicity, dateOfDeath: ctx.day, placeOfDeath, disposal, source });
  if (res.status === 201) return DONE;
  if (res.status === 200) return PRESENT;
  return refused(problemCode(res), res.text);
}
