// Divorce by agreement (DOMAIN §6, Civil Code art. 1077): a joint application, 30 days of
// cooling-off from the day after, then 30 days in which both come for the certificate. The
// platform holds no marriage from before the simulated year (a registration takes the day it is
// made), so the year's applications dissolve marriages registered earlier in the year. Of the
// applications, the profile's registrations come back for the certificate; the others are left
// to lapse (deemed withdrawn) or are still open at the year's end. Withdrawals are not driven yet.
import { problemCode } from '../api';
import { officeFor, type DriveContext, type PlanContext } from '../context';
import type { DivorceApplicationEvent, DivorceRegistrationEvent, MarriageEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

/**
 * Days from the application to the certificate. Cooling-off ends 30 days after receipt, or on the
 * next working day when that is a holiday (Civil Code art. 203; at most 8 days later, the Spring
 * Festival), so day 39 is always past it; the window ends at least 30 days after cooling-off,
 * so day 60 is always within it. The plan needs no holiday calendar.
 */
export const REGISTRATION_AFTER_DAYS = { min: 39, max: 60 } as const;

type Planned<E> = { day: number; event: E };

export function planDivorces(ctx: PlanContext, marriages: ReadonlyArray<Planned<MarriageEvent>>): Array<Planned<DivorceApplicationEvent | DivorceRegistrationEvent>> {
  const random = ctx.random('divorce');
  const v = ctx.profile.volumes;
  const last = ctx.days.length - 1;
  const { min, max } = REGISTRATION_AFTER_DAYS;
  // Registered ones apply by `last - max`, the day after their marriage at the earliest.
  const registrable = random.shuffle(marriages.filter((m) => m.day + 1 <= last - max));
  if (registrable.length < v.divorceRegistrations.n) throw new Error(`only ${registrable.length} marriages leave time for a divorce to be registered in the year, the profile wants ${v.divorceRegistrations.n}`);
  const registered = registrable.slice(0, v.divorceRegistrations.n);
  const chosen = new Set(registered.map((m) => m.event.key));
  const lapsing = random.shuffle(marriages.filter((m) => !chosen.has(m.event.key) && m.day < last)).slice(0, v.divorceApplications.n - registered.length);
  if (registered.length + lapsing.length < v.divorceApplications.n) throw new Error(`too few marriages for ${v.divorceApplications.n} divorce applications`);

  const planned: Array<Planned<DivorceApplicationEvent | DivorceRegistrationEvent>> = [];
  [...registered, ...lapsing].forEach((m, i) => {
    const comesBack = i < registered.length;
    const key = `divorce:${i}`;
    const partyResidentIds = m.event.partyResidentIds;
    const applyDay = random.int(m.day + 1, comesBack ? last - max : last);
    planned.push({ day: applyDay, event: { kind: 'divorce-application', key, marriageKey: m.event.key, partyResidentIds, officeNo: random.int(0, 99) } });
    if (comesBack) planned.push({ day: applyDay + random.int(min, max), event: { kind: 'divorce-registration', key, partyResidentIds } });
  });
  return planned;
}

interface DivorceAnswer {
  id: string;
  marriageId: string;
  status: string;
}

/** A rerun of a day: the application received before, found in the office's list of those cooling off. */
async function appliedBefore(marriageId: string, ctx: DriveContext): Promise<string | null> {
  for (let page = 1; ; page++) {
    const res = await ctx.api.call('civil-registration', 'GET', `/api/v1/divorces?status=COOLING_OFF&page=${page}&pageSize=100`, 'clerk');
    if (res.status !== 200) return null;
    const { items, total } = res.body as { items: DivorceAnswer[]; total: number };
    const match = items.find((d) => d.marriageId === marriageId);
    if (match) return match.id;
    if (page * 100 >= total) return null;
  }
}

export async function driveDivorceApplication(event: DivorceApplicationEvent, ctx: DriveContext): Promise<Outcome> {
  const marriageId = ctx.refs[event.marriageKey];
  if (!marriageId) return refused('YEAR.MARRIAGE_NOT_REGISTERED', `${event.marriageKey} was not registered, so there is nothing to dissolve`);
  const office = officeFor(ctx.offices, ctx.day, event.officeNo);
  if (!office) return refused('YEAR.NO_OFFICE_OPEN', `no registration office is open on ${ctx.day}`);
  const res = await ctx.api.call('civil-registration', 'POST', '/api/v1/divorces', 'clerk', { marriageId, partyResidentIds: event.partyResidentIds, bothPartiesPresent: true, officeId: office.id });
  if (res.status === 201) {
    ctx.refs[event.key] = (res.body as DivorceAnswer).id;
    return DONE;
  }
  if (problemCode(res) === 'DIVORCE.ALREADY_APPLIED') {
    const id = await appliedBefore(marriageId, ctx);
    if (id) {
      ctx.refs[event.key] = id;
      return PRESENT;
    }
  }
  return refused(problemCode(res), res.text);
}

export async function driveDivorceRegistration(event: DivorceRegistrationEvent, ctx: DriveContext): Promise<Outcome> {
  const id = ctx.refs[event.key];
  if (!id) return refused('YEAR.NOT_APPLIED', `${event.key}: the application was not received, so there is nothing to register`);
  const res = await ctx.api.call('civil-registration', 'POST', `/api/v1/divorces/${id}/register`, 'clerk', { partyResidentIds: event.partyResidentIds, bothPartiesPresent: true });
  if (res.status === 200) return DONE;
  if (problemCode(res) === 'DIVORCE.NOT_OPEN') {
    const now = await ctx.api.call('civil-registration', 'GET', `/api/v1/divorces/${id}`, 'clerk');
    if (now.status === 200 && (now.body as DivorceAnswer).status === 'REGISTERED') return PRESENT;
  }
  return refused(problemCode(res), res.text);
}
