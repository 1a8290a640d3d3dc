// Marriages (DOMAIN §6): couples of the city's young adults, none of them in the registers, both
// present at an office open on the day, of legal age all year (he 23–40, she 21–38 on 1 January).
// The profile's share of them are retroactive registrations (补办). The year's divorces dissolve
// some of these marriages (kinds/divorces.ts).
import { geography, PersonFactory, type Geography, type Person } from '../../population/people';
import { residentIdsOf } from '../../population/generate';
import { problemCode } from '../api';
import { officeFor, type DriveContext, type PlanContext } from '../context';
import type { MarriageEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

export function planMarriages(ctx: PlanContext): Array<{ day: number; event: MarriageEvent }> {
  const random = ctx.random('marriage');
  const v = ctx.profile.volumes;
  const taken = residentIdsOf(ctx.population);
  const people = new PersonFactory(random, ctx.days[0]);
  const geos = new Map<number, Geography>();
  const fresh = (geo: Geography, age: number, sex: 'M' | 'F'): Person => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const person = people.person(geo, age, sex);
      if (!taken.has(person.residentId)) return person;
    }
    throw new Error('no resident ID left outside the registers');
  };
  const retroactive = new Set(random.shuffle(Array.from({ length: v.marriages.n }, (_v, i) => i)).slice(0, v.retroactiveMarriages.n));
  const last = ctx.days.length - 1;
  return Array.from({ length: v.marriages.n }, (_v, i) => {
    const city = random.int(1, ctx.profile.population.cities);
    const geo = geos.get(city) ?? geos.set(city, geography(city, ctx.profile.population)).get(city)!;
    const man = fresh(geo, random.int(23, 40), 'M');
    const woman = fresh(geo, random.int(21, 38), 'F');
    const event: MarriageEvent = {
      kind: 'marriage',
      key: `marriage:${i}`,
      marriageKind: retroactive.has(i) ? 'RETROACTIVE' : 'REGISTRATION',
      partyResidentIds: [man.residentId, woman.residentId],
      officeNo: random.int(0, 99),
    };
    return { day: random.int(0, last), event };
  });
}

interface MarriageAnswer {
  id: string;
  status: string;
  partyResidentIds: string[];
}

/** A rerun of a day: the couple's marriage registered before, found as the registrar would find it. */
async function registeredBefore(event: MarriageEvent, ctx: DriveContext): Promise<string | null> {
  const res = await ctx.api.call('civil-registration', 'POST', '/api/v1/marriages/search', 'clerk', { residentId: event.partyResidentIds[0] });
  if (res.status !== 200) return null;
  const match = (res.body as MarriageAnswer[]).find((m) => m.status === 'ACTIVE' && event.partyResidentIds.every((id) => m.partyResidentIds.includes(id)));
  return match?.id ?? null;
}

export async function driveMarriage(event: MarriageEvent, ctx: DriveContext): Promise<Outcome> {
  const office = officeFor(ctx.offices, ctx.day, event.officeNo);
  if (!office) return refused('YEAR.NO_OFFICE_OPEN', `no registration office is open on ${ctx.day}: load the reference records`);
  const res = await ctx.api.call('civil-registration', 'POST', '/api/v1/marriages', 'clerk', {
    kind: event.marriageKind,
    partyResidentIds: event.partyResidentIds,
    declaredKinship: 'NONE',
    bothPartiesPresent: true,
    officeId: office.id,
  });
  if (res.status === 201) {
    ctx.refs[event.key] = (res.body as MarriageAnswer).id;
    return DONE;
  }
  if (problemCode(res) === 'MARRIAGE.ALREADY_MARRIED') {
    const id = await registeredBefore(event, ctx);
    if (id) {
      ctx.refs[event.key] = id;
      return PRESENT;
    }
  }
  return refused(problemCode(res), res.text);
}
