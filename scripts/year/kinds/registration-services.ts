// The services around registration (DOMAIN §6), for the year's own couples. Group ceremonies
// (集体颁证) are held on days spread over the year for five to fifteen couples married in the 90
// days before; other ceremonies for one couple on the day of their registration. Couples come to
// premarital counselling (婚前辅导) up to 30 days before registering (not for a retroactive
// registration, 补办). Couples of a divorce application are mediated (离婚调解) in the first 20
// days of their cooling-off: those who later come for the certificate go on with the divorce, the
// others reconcile or are undecided.
import { problemCode } from '../api';
import { officeFor, type DriveContext, type PlanContext } from '../context';
import type { DivorceApplicationEvent, DivorceRegistrationEvent, MarriageEvent } from '../events';
import type { CeremonyEvent, CounsellingEvent, MediationEvent } from '../events-registration';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

type Planned<E> = { day: number; event: E };

export const GROUP_COUPLES = { min: 5, max: 15, withinDays: 90 } as const;
export const COUNSELLED_BEFORE_DAYS = 30;
export const MEDIATED_WITHIN_DAYS = 20;

const COUNSELLORS = ['婚姻家庭辅导室 李老师', '婚姻家庭辅导室 王老师', '婚姻家庭辅导室 张老师', '婚姻家庭辅导室 刘老师'];

export function planCeremonies(ctx: PlanContext, marriages: ReadonlyArray<Planned<MarriageEvent>>): Array<Planned<CeremonyEvent>> {
  const random = ctx.random('ceremony');
  const v = ctx.profile.volumes;
  const used = new Set<string>();
  const planned: Array<Planned<CeremonyEvent>> = [];
  const groups = v.groupCeremonies.n;
  for (let g = 0; g < groups; g++) {
    const day = Math.floor(((g + 1) * ctx.days.length) / (groups + 1));
    const free = (from: number) => marriages.filter((m) => !used.has(m.event.key) && m.day >= from && m.day <= day);
    let couples = free(day - GROUP_COUPLES.withinDays);
    if (couples.length < 2) couples = free(0);
    if (couples.length < 2) throw new Error(`too few couples married by ${ctx.days[day]} for group ceremony ${g + 1}`);
    const chosen = random.shuffle(couples).slice(0, random.int(GROUP_COUPLES.min, GROUP_COUPLES.max));
    for (const m of chosen) used.add(m.event.key);
    const theme = `${Number(ctx.days[day].slice(5, 7))}月集体颁证仪式`;
    planned.push({ day, event: { kind: 'ceremony', key: `ceremony:group-${g}`, ceremonyKind: 'GROUP', theme, marriageKeys: chosen.map((m) => m.event.key).sort(), officeNo: random.int(0, 99) } });
  }
  const singles = random.shuffle(marriages.filter((m) => !used.has(m.event.key))).slice(0, v.otherCeremonies.n);
  if (singles.length < v.otherCeremonies.n) throw new Error(`too few couples left for ${v.otherCeremonies.n} ceremonies`);
  singles.forEach((m, i) => {
    planned.push({ day: m.day, event: { kind: 'ceremony', key: `ceremony:other-${i}`, ceremonyKind: 'OTHER', theme: '结婚登记颁证仪式', marriageKeys: [m.event.key], officeNo: m.event.officeNo } });
  });
  return planned;
}

export function planCounselling(ctx: PlanContext, marriages: ReadonlyArray<Planned<MarriageEvent>>): Array<Planned<CounsellingEvent>> {
  const random = ctx.random('counselling');
  const n = ctx.profile.volumes.counsellingCouples.n;
  const couples = random.shuffle(marriages.filter((m) => m.event.marriageKind === 'REGISTRATION' && m.day >= 1)).slice(0, n);
  if (couples.length < n) throw new Error(`too few couples registering after the first day for ${n} counselled`);
  return couples.map((m, i) => ({
    day: random.int(Math.max(0, m.day - COUNSELLED_BEFORE_DAYS), m.day - 1),
    event: { kind: 'counselling', key: `counselling:${i}`, partyResidentIds: m.event.partyResidentIds, officeNo: m.event.officeNo, counsellor: random.pick(COUNSELLORS) },
  }));
}

export function planMediation(ctx: PlanContext, divorces: ReadonlyArray<Planned<DivorceApplicationEvent | DivorceRegistrationEvent>>): Array<Planned<MediationEvent>> {
  const random = ctx.random('mediation');
  const n = ctx.profile.volumes.mediationCouples.n;
  const last = ctx.days.length - 1;
  const registered = new Set(divorces.filter((d) => d.event.kind === 'divorce-registration').map((d) => d.event.key));
  const open = random.shuffle(divorces.filter((d): d is Planned<DivorceApplicationEvent> => d.event.kind === 'divorce-application' && d.day < last)).slice(0, n);
  if (open.length < n) throw new Error(`too few divorce applications before the year's last day for ${n} mediated`);
  return open.map((a, i) => ({
    day: a.day + random.int(1, Math.min(MEDIATED_WITHIN_DAYS, last - a.day)),
    event: {
      kind: 'mediation',
      key: `mediation:${i}`,
      divorceKey: a.event.key,
      officeNo: a.event.officeNo,
      counsellor: random.pick(COUNSELLORS),
      outcome: registered.has(a.event.key) ? 'PROCEEDING' : random.chance(0.5) ? 'RECONCILED' : 'UNDECIDED',
    },
  }));
}

interface CeremonyAnswer {
  id: string;
  heldOn: string;
  marriageIds: string[];
}

/** A rerun of a day: the same couples' ceremony held that day, among the latest. */
async function heldBefore(event: CeremonyEvent, marriageIds: string[], ctx: DriveContext): Promise<boolean> {
  const res = await ctx.api.call('civil-registration', 'GET', `/api/v1/ceremonies?kind=${event.ceremonyKind}&pageSize=100`, 'clerk');
  if (res.status !== 200) return false;
  const wanted = [...marriageIds].sort().join();
  return (res.body as { items: CeremonyAnswer[] }).items.some((c) => c.heldOn === ctx.day && [...c.marriageIds].sort().join() === wanted);
}

export async function driveCeremony(event: CeremonyEvent, ctx: DriveContext): Promise<Outcome> {
  const marriageIds = event.marriageKeys.map((k) => ctx.refs[k]);
  if (marriageIds.some((id) => !id)) return refused('YEAR.MARRIAGE_NOT_REGISTERED', `${event.key}: a couple's marriage was not registered`);
  const office = officeFor(ctx.offices, ctx.day, event.officeNo);
  if (!office) return refused('YEAR.NO_OFFICE_OPEN', `no registration office is open on ${ctx.day}`);
  if (ctx.mayRepeat && (await heldBefore(event, marriageIds, ctx))) return PRESENT;
  const res = await ctx.api.call('civil-registration', 'POST', '/api/v1/ceremonies', 'clerk', { kind: event.ceremonyKind, heldOn: ctx.day, officeId: office.id, theme: event.theme, marriageIds });
  return res.status === 201 ? DONE : refused(problemCode(res), res.text);
}

/** Counted once per couple however many sessions, so a day driven again changes no figure. */
export async function driveCounselling(event: CounsellingEvent, ctx: DriveContext): Promise<Outcome> {
  const office = officeFor(ctx.offices, ctx.day, event.officeNo);
  if (!office) return refused('YEAR.NO_OFFICE_OPEN', `no registration office is open on ${ctx.day}`);
  const res = await ctx.api.call('civil-registration', 'POST', '/api/v1/premarital-counselling', 'clerk', { partyResidentIds: event.partyResidentIds, officeId: office.id, counsellor: event.counsellor });
  return res.status === 201 ? DONE : refused(problemCode(res), res.text);
}

/** Counted once per application however many sessions. */
export async function driveMediation(event: MediationEvent, ctx: DriveContext): Promise<Outcome> {
  const divorceId = ctx.refs[event.divorceKey];
  if (!divorceId) return refused('YEAR.NOT_APPLIED', `${event.divorceKey} was not received, so there is no couple to mediate`);
  const office = officeFor(ctx.offices, ctx.day, event.officeNo);
  if (!office) return refused('YEAR.NO_OFFICE_OPEN', `no registration office is open on ${ctx.day}`);
  const res = await ctx.api.call('civil-registration', 'POST', '/api/v1/divorce-mediations', 'clerk', { divorceId, officeId: office.id, counsellor: event.counsellor, outcome: event.outcome });
  return res.status === 201 ? DONE : refused(problemCode(res), res.text);
}
