// Volunteers (DOMAIN §5): registered with a township from January to April, then serving at the
// activities the townships hold for children from May on, two to five volunteers an activity for
// two to four hours each. The children served add up to the profile's figure.
import { geography, PersonFactory } from '../../population/people';
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { VolunteerActivityEvent, VolunteerEvent } from '../events-children';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

type Planned<E> = { day: number; event: E };

/** Volunteers register in the year's first 120 days; activities are held after. */
export const REGISTRATION_DAYS = { first: 1, last: 120 } as const;

const TITLES = ['“六一”关爱困境儿童活动', '暑期课业辅导', '留守儿童亲情视频连线', '防溺水安全教育', '秋季助学送书活动', '冬日送温暖'];

/** `total` split into `parts` whole numbers of at least 1, as even as the remainder allows. */
export function splitEvenly(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_v, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

export function planVolunteers(ctx: PlanContext): Array<Planned<VolunteerEvent | VolunteerActivityEvent>> {
  const random = ctx.random('volunteer');
  const v = ctx.profile.volumes;
  const people = new PersonFactory(random, ctx.days[0]);
  const townships = Array.from({ length: ctx.profile.population.cities }, (_v, c) => geography(c + 1, ctx.profile.population).townships).flat();
  const planned: Array<Planned<VolunteerEvent | VolunteerActivityEvent>> = [];
  const byTownship = new Map<string, string[]>();
  for (let i = 0; i < v.volunteers.n; i++) {
    const divisionCode = random.pick(townships);
    const key = `volunteer:${i}`;
    byTownship.set(divisionCode, [...(byTownship.get(divisionCode) ?? []), key]);
    const event: VolunteerEvent = { kind: 'volunteer', key, name: people.name(), phone: `139${String(random.int(0, 99_999_999)).padStart(8, '0')}`, divisionCode };
    planned.push({ day: random.int(REGISTRATION_DAYS.first, REGISTRATION_DAYS.last), event });
  }
  const served = splitEvenly(v.volunteerChildrenServed.n, v.volunteerActivities.n);
  const withVolunteers = [...byTownship.keys()].sort();
  for (let i = 0; i < v.volunteerActivities.n; i++) {
    const divisionCode = random.pick(withVolunteers);
    const keys = random.shuffle(byTownship.get(divisionCode)!).slice(0, random.int(2, 5));
    const event: VolunteerActivityEvent = {
      kind: 'volunteer-activity',
      key: `volunteer-activity:${i}`,
      divisionCode,
      title: random.pick(TITLES),
      childrenServed: served[i],
      volunteers: keys.map((key) => ({ key, hours: random.int(20, 40) / 10 })),
    };
    planned.push({ day: random.int(REGISTRATION_DAYS.last + 1, ctx.days.length - 1), event });
  }
  return planned;
}

interface VolunteerAnswer {
  id: string;
  phone: string;
  registeredOn: string;
}

/** A rerun of a day: the volunteer registered before, the newest first in the list. */
async function registeredBefore(event: VolunteerEvent, ctx: DriveContext): Promise<string | null> {
  const res = await ctx.api.call('child-welfare', 'GET', '/api/v1/volunteers?pageSize=100', 'clerk');
  if (res.status !== 200) return null;
  // Phones come back masked: the last four and the day tell the volunteer apart well enough for a rerun.
  const match = (res.body as { items: VolunteerAnswer[] }).items.find((x) => x.registeredOn === ctx.day && x.phone.slice(-4) === event.phone.slice(-4));
  return match?.id ?? null;
}

export async function driveVolunteer(event: VolunteerEvent, ctx: DriveContext): Promise<Outcome> {
  const before = ctx.mayRepeat ? await registeredBefore(event, ctx) : null;
  if (before) {
    ctx.refs[event.key] = before;
    return PRESENT;
  }
  const res = await ctx.api.call('child-welfare', 'POST', '/api/v1/volunteers', 'clerk', { name: event.name, phone: event.phone, divisionCode: event.divisionCode, registeredOn: ctx.day });
  if (res.status !== 201) return refused(problemCode(res), res.text);
  ctx.refs[event.key] = (res.body as VolunteerAnswer).id;
  return DONE;
}

export async function driveVolunteerActivity(event: VolunteerActivityEvent, ctx: DriveContext): Promise<Outcome> {
  const missing = event.volunteers.filter((x) => !ctx.refs[x.key]);
  if (missing.length > 0) return refused('YEAR.VOLUNTEER_NOT_REGISTERED', `${missing.map((x) => x.key).join(', ')} not registered`);
  if (ctx.mayRepeat) {
    const res = await ctx.api.call('child-welfare', 'GET', '/api/v1/volunteer-activities?pageSize=100', 'clerk');
    const items = res.status === 200 ? (res.body as { items: Array<{ heldOn: string; title: string; divisionCode: string }> }).items : [];
    if (items.some((a) => a.heldOn === ctx.day && a.title === event.title && a.divisionCode === event.divisionCode)) return PRESENT;
  }
  const res = await ctx.api.call('child-welfare', 'POST', '/api/v1/volunteer-activities', 'clerk', {
    divisionCode: event.divisionCode,
    heldOn: ctx.day,
    title: event.title,
    childrenServed: event.childrenServed,
    volunteers: event.volunteers.map((x) => ({ volunteerId: ctx.refs[x.key], hours: x.hours })),
  });
  return res.status === 201 ? DONE : refused(problemCode(res), res.text);
}
