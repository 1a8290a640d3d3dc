// Adoptions (DOMAIN §5; city 2024: 4, all of relatives' children). A child whose parents died is
// put in the ledger while the father's sister looks after them; a month or two later the family
// capability assessment finds her and her husband suitable, and some weeks after that they adopt
// the child jointly, a same-generation relative's child (Civil Code art. 1099), the child
// consenting when aged 8 or more. The children are new to the ledger, so the year's at-risk and
// left-behind counts stay those of the registers (an adopted child has no category any more).
import { ageOn } from '../../../libs/common/src/resident-id/resident-id';
import { addDays } from '../../../libs/common/src/time/calendar-date';
import type { Population } from '../../population/generate';
import { geography, PersonFactory, type Person } from '../../population/people';
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { AdoptionAssessmentEvent, AdoptionEvent, OrphanRegistrationEvent } from '../events-children';
import type { MarriageEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

type Planned<E> = { day: number; event: E };

/** Days from the child's registration to the assessment, and from the assessment to the adoption. */
export const ASSESSMENT_AFTER_DAYS = { min: 30, max: 60 } as const;
export const ADOPTION_AFTER_DAYS = { min: 14, max: 40 } as const;

function residentIdsOf(population: Population, marriages: ReadonlyArray<Planned<MarriageEvent>>): Set<string> {
  const ids = new Set<string>(population.elders.map((e) => e.residentId));
  for (const h of population.households) for (const m of h.members) ids.add(m.residentId);
  for (const c of population.children) {
    ids.add(c.residentId);
    for (const g of c.guardians) ids.add(g.residentId);
  }
  for (const m of marriages) for (const id of m.event.partyResidentIds) ids.add(id);
  return ids;
}

export function planAdoptions(ctx: PlanContext, marriages: ReadonlyArray<Planned<MarriageEvent>>): Array<Planned<OrphanRegistrationEvent | AdoptionAssessmentEvent | AdoptionEvent>> {
  const random = ctx.random('adoption');
  const taken = residentIdsOf(ctx.population, marriages);
  const people = new PersonFactory(random, ctx.days[0]);
  const fresh = (make: () => Person): Person => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const person = make();
      if (!taken.has(person.residentId)) {
        taken.add(person.residentId);
        return person;
      }
    }
    throw new Error('no resident ID left outside the registers');
  };
  const last = ctx.days.length - 1;
  const latestRegistration = last - ASSESSMENT_AFTER_DAYS.max - ADOPTION_AFTER_DAYS.max;
  const planned: Array<Planned<OrphanRegistrationEvent | AdoptionAssessmentEvent | AdoptionEvent>> = [];
  for (let i = 0; i < ctx.profile.volumes.adoptions.n; i++) {
    const geo = geography(random.int(1, ctx.profile.population.cities), ctx.profile.population);
    const child = fresh(() => people.person(geo, random.int(2, 12)));
    const father = fresh(() => people.person(geo, 0, 'M', addDays(child.birthDate, -random.int(25, 38) * 365)));
    const mother = fresh(() => people.person(geo, 0, 'F', addDays(child.birthDate, -random.int(23, 36) * 365)));
    // The aunt is the father's sister, of the same surname; her husband, 30 or older.
    const aunt = fresh(() => people.person(geo, random.int(32, 48), 'F'));
    const auntName = father.name.slice(0, 1) + aunt.name.slice(1);
    const husband = fresh(() => people.person(geo, random.int(33, 50), 'M'));
    const registrationDay = random.int(15, latestRegistration);
    const registeredOn = ctx.days[registrationDay];
    const key = `adoption:${i}`;
    const adopters: AdoptionEvent['adopters'] = [
      { residentId: husband.residentId, name: husband.name },
      { residentId: aunt.residentId, name: auntName },
    ];
    planned.push({
      day: registrationDay,
      event: {
        kind: 'orphan-registration',
        key,
        residentId: child.residentId,
        name: father.name.slice(0, 1) + child.name.slice(1),
        birthDate: child.birthDate,
        villageCode: random.pick(geo.villages),
        carerName: auntName,
        guardians: [
          { residentId: father.residentId, name: father.name, relation: 'FATHER', deceasedOn: addDays(registeredOn, -random.int(7, 120)) },
          { residentId: mother.residentId, name: mother.name, relation: 'MOTHER', deceasedOn: addDays(registeredOn, -random.int(7, 120)) },
        ],
      },
    });
    const assessmentDay = registrationDay + random.int(ASSESSMENT_AFTER_DAYS.min, ASSESSMENT_AFTER_DAYS.max);
    planned.push({ day: assessmentDay, event: { kind: 'adoption-assessment', key: `${key}:assessment`, childKey: key, adopters } });
    const adoptionDay = assessmentDay + random.int(ADOPTION_AFTER_DAYS.min, ADOPTION_AFTER_DAYS.max);
    planned.push({
      day: adoptionDay,
      event: { kind: 'adoption', key: `${key}:adoption`, childKey: key, adopters, existingChildren: random.int(0, 1), childConsents: ageOn(child.birthDate, ctx.days[adoptionDay]) >= 8 },
    });
  }
  return planned;
}

/** A rerun of a day: the child registered before, found by the person file. */
async function registeredBefore(residentId: string, ctx: DriveContext): Promise<string | null> {
  const res = await ctx.api.call('child-welfare', 'POST', '/api/v1/people/file', 'clerk', { residentId });
  return res.status === 200 ? ((res.body as { child: { id: string } | null }).child?.id ?? null) : null;
}

export async function driveOrphanRegistration(event: OrphanRegistrationEvent, ctx: DriveContext): Promise<Outcome> {
  const res = await ctx.api.call('child-welfare', 'POST', '/api/v1/children', 'clerk', {
    residentId: event.residentId,
    name: event.name,
    villageCode: event.villageCode,
    carerName: event.carerName,
    carerRelation: 'AUNT',
    guardians: event.guardians,
    riskTier: 'ORANGE',
    riskReason: '父母双亡，由姑姑临时照料',
  });
  if (res.status === 201) {
    ctx.refs[event.key] = (res.body as { id: string }).id;
    return DONE;
  }
  if (problemCode(res) === 'CHILD.ALREADY_REGISTERED') {
    const id = await registeredBefore(event.residentId, ctx);
    if (id) {
      ctx.refs[event.key] = id;
      return PRESENT;
    }
  }
  return refused(problemCode(res), res.text);
}

interface AssessmentAnswer {
  id: string;
  assessedOn: string;
  outcome: string;
}

export async function driveAdoptionAssessment(event: AdoptionAssessmentEvent, ctx: DriveContext): Promise<Outcome> {
  const childId = ctx.refs[event.childKey];
  if (!childId) return refused('YEAR.CHILD_NOT_REGISTERED', `${event.childKey} was not registered, so there is no one to assess for`);
  if (ctx.mayRepeat) {
    const res = await ctx.api.call('child-welfare', 'GET', `/api/v1/children/${childId}/adoption-assessments`, 'clerk');
    const before = res.status === 200 ? (res.body as { items: AssessmentAnswer[] }).items.find((a) => a.assessedOn === ctx.day && a.outcome === 'SUITABLE') : undefined;
    if (before) {
      ctx.refs[event.key] = before.id;
      return PRESENT;
    }
  }
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/children/${childId}/adoption-assessments`, 'clerk', {
    adopterResidentIds: event.adopters.map((a) => a.residentId),
    assessedOn: ctx.day,
    outcome: 'SUITABLE',
    notes: '夫妻双方身体健康，收入稳定，住房宽敞，与孩子关系亲近，无不良记录',
  });
  if (res.status !== 201) return refused(problemCode(res), res.text);
  ctx.refs[event.key] = (res.body as AssessmentAnswer).id;
  return DONE;
}

export async function driveAdoption(event: AdoptionEvent, ctx: DriveContext): Promise<Outcome> {
  const childId = ctx.refs[event.childKey];
  const assessmentId = ctx.refs[`${event.childKey}:assessment`];
  if (!childId || !assessmentId) return refused('YEAR.NOT_ASSESSED', `${event.childKey}: the child was not registered or the family not assessed`);
  const [husband, wife] = event.adopters;
  const adopter = (a: typeof husband, spouse: typeof husband) => ({ residentId: a.residentId, name: a.name, married: true, spouseResidentId: spouse.residentId, ableToRaise: true, disqualifyingIllness: false, criminalRecord: false });
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/children/${childId}/adoption`, 'clerk', {
    registeredOn: ctx.day,
    assessmentId,
    adopters: [adopter(husband, wife), adopter(wife, husband)],
    existingChildren: event.existingChildren,
    relativesChild: true,
    ...(event.childConsents ? { childConsents: true } : {}),
  });
  if (res.status === 201) return DONE;
  if (problemCode(res) === 'ADOPTION.ALREADY_REGISTERED') return PRESENT;
  return refused(problemCode(res), res.text);
}
