// Vagrant relief (流浪乞讨, DOMAIN §3): people taken in by the city's rescue station, 寻亲 (the
// family search) in the first days, and the end of the stay within the 10-day limit: home with a
// ticket when the family is found, else they leave; a minor goes to the minor-protection centre
// unless the search finds a parent, who takes the child home. The people come from elsewhere
// (resident IDs issued outside the city's counties), each once; the clerk records every step.
import { geography, PersonFactory, type Geography } from '../../population/people';
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { VagrantCloseEvent, VagrantFamilySearchEvent, VagrantIntakeEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { findPerson, refusedIfUnreadable } from './person-file';

/** Days from the intake to the family search, and to the end of the stay (the intake day is day 1 of the 10). */
export const FAMILY_SEARCH_AFTER_DAYS = { min: 1, max: 2 } as const;
export const CLOSE_AFTER_DAYS = { min: 3, max: 9 } as const;
/** The city number whose counties issued the vagrants' resident IDs: none of the simulated cities'. */
const ELSEWHERE = 99;

type Planned = { day: number; event: VagrantIntakeEvent | VagrantFamilySearchEvent | VagrantCloseEvent };

export function planVagrantCases(ctx: PlanContext): Planned[] {
  const random = ctx.random('vagrant');
  const v = ctx.profile.volumes;
  const people = new PersonFactory(random, ctx.days[0]);
  const elsewhere = geography(ELSEWHERE, ctx.profile.population);
  const stations = new Map<number, Geography>();
  const minors = new Set(random.shuffle(Array.from({ length: v.vagrantPersons.n }, (_v, i) => i)).slice(0, v.vagrantMinors.n));
  const lastIntake = ctx.days.length - 1 - CLOSE_AFTER_DAYS.max;
  const planned: Planned[] = [];
  for (let i = 0; i < v.vagrantPersons.n; i++) {
    const minor = minors.has(i);
    // A minor is under 18 all year: at most 16 on 1 January.
    const person = people.person(elsewhere, minor ? random.int(10, 16) : random.int(25, 70));
    const city = random.int(1, ctx.profile.population.cities);
    const station = stations.get(city) ?? stations.set(city, geography(city, ctx.profile.population)).get(city)!;
    const key = `vagrant:${i}`;
    const day = random.int(0, lastIntake);
    const found = random.chance(minor ? 0.5 : 0.7);
    planned.push({ day, event: { kind: 'vagrant-intake', key, residentId: person.residentId, name: person.name, regionCode: station.counties[0] } });
    const search: VagrantFamilySearchEvent = {
      kind: 'vagrant-family-search',
      key,
      found,
      note: found ? '经公安人口信息比对联系到家属（合成数据）' : '比对未果，继续寻亲（合成数据）',
      ...(found && minor ? { guardian: { name: people.name(), relation: 'PARENT' as const } } : {}),
    };
    planned.push({ day: day + random.int(FAMILY_SEARCH_AFTER_DAYS.min, FAMILY_SEARCH_AFTER_DAYS.max), event: search });
    const outcome: VagrantCloseEvent['outcome'] = found ? 'RETURNED_HOME' : minor ? 'HANDED_OVER' : 'LEFT';
    planned.push({ day: day + random.int(CLOSE_AFTER_DAYS.min, CLOSE_AFTER_DAYS.max), event: { kind: 'vagrant-close', key, outcome } });
  }
  return planned;
}

export function driveVagrantIntake(event: VagrantIntakeEvent, ctx: DriveContext): Promise<Outcome> {
  return refusedIfUnreadable(async () => {
    // A rerun of the day: the person taken in today already.
    const earlier = (await findPerson(ctx, event.residentId))?.vagrantCases.find((c) => c.admittedOn === ctx.day);
    if (earlier) {
      ctx.refs[event.key] = earlier.id;
      return PRESENT;
    }
    const res = await ctx.api.call('social-assistance', 'POST', '/api/v1/vagrant-cases', 'clerk', { regionCode: event.regionCode, residentId: event.residentId, name: event.name });
    if (res.status !== 201) return refused(problemCode(res), res.text);
    ctx.refs[event.key] = (res.body as { id: string }).id;
    return DONE;
  });
}

interface VagrantAnswer {
  status: string;
  familySearch: Array<{ on: string }>;
}

export async function driveVagrantFamilySearch(event: VagrantFamilySearchEvent, ctx: DriveContext): Promise<Outcome> {
  const id = ctx.refs[event.key];
  if (!id) return refused('YEAR.NOT_ADMITTED', `${event.key}: the person was not taken in`);
  const now = await ctx.api.call('social-assistance', 'GET', `/api/v1/vagrant-cases/${id}`, 'clerk');
  if (now.status === 200 && (now.body as VagrantAnswer).familySearch.some((s) => s.on === ctx.day)) return PRESENT;
  const { found, note, guardian } = event;
  const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/vagrant-cases/${id}/family-search`, 'clerk', { found, note, ...(guardian ? { guardian } : {}) });
  return res.status === 200 ? DONE : refused(problemCode(res), res.text);
}

export async function driveVagrantClose(event: VagrantCloseEvent, ctx: DriveContext): Promise<Outcome> {
  const id = ctx.refs[event.key];
  if (!id) return refused('YEAR.NOT_ADMITTED', `${event.key}: the person was not taken in`);
  const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/vagrant-cases/${id}/close`, 'clerk', { outcome: event.outcome });
  if (res.status === 200) return DONE;
  if (problemCode(res) === 'VAGRANT.CLOSED') return PRESENT;
  return refused(problemCode(res), res.text);
}
