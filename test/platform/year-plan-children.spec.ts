import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ageOn } from '../../libs/common/src/resident-id/resident-id';
import { addDays } from '../../libs/common/src/time/calendar-date';
import { birthDateOf } from '../../scripts/year/context';
import type { YearEvent } from '../../scripts/year/events';
import { ADOPTION_AFTER_DAYS, ASSESSMENT_AFTER_DAYS } from '../../scripts/year/kinds/adoptions';
import { CHARITY_GRANT_FEN, DONATION_DAYS } from '../../scripts/year/kinds/charity';
import { PRESCHOOL_AGE, SCHOOL_AGE, STUDENT_AID_FEN_PER_TERM } from '../../scripts/year/kinds/child-grants';
import { HELP_CLOSED_AFTER_DAYS } from '../../scripts/year/kinds/child-help';
import { ledgerView, recognisableChildren } from '../../scripts/year/kinds/child-ledger';
import { PAIRING_DAYS, roundWindows, VISIT_ROUNDS } from '../../scripts/year/kinds/child-pairings';
import { placeName } from '../../scripts/year/kinds/place-names';
import { COUNSELLED_BEFORE_DAYS, GROUP_COUPLES, MEDIATED_WITHIN_DAYS } from '../../scripts/year/kinds/registration-services';
import { splitEvenly } from '../../scripts/year/kinds/volunteers';
import { buildPlan, planFigures, type YearPlan } from '../../scripts/year/plan';
import { yearProfileFor } from '../../scripts/year/profile';

// Child welfare's year and civil registration's smaller work, as planned: each kind's events in
// the order the services need them, and the city's plan giving the bureau's 2024 figures.

const tiny = buildPlan(yearProfileFor('tiny'), 2024, 1);
const city = buildPlan(yearProfileFor('city'), 2024, 2024);

type Dated<K extends YearEvent['kind']> = { day: number; date: string; e: Extract<YearEvent, { kind: K }> };
function of<K extends YearEvent['kind']>(plan: YearPlan, kind: K): Array<Dated<K>> {
  return plan.days.flatMap((d, day) => d.events.filter((e): e is Extract<YearEvent, { kind: K }> => e.kind === kind).map((e) => ({ day, date: d.date, e })));
}
const byKey = <T extends { e: { key: string } }>(items: T[]): Map<string, T> => new Map(items.map((x) => [x.e.key, x]));
const children = (plan: YearPlan) => new Map(plan.population.children.map((c) => [c.residentId, c]));

describe.each([
  ['tiny', tiny],
  ['city', city],
])('the %s year of child welfare', (_scale, plan) => {
  const kids = children(plan);

  it('names only children the ledger tells apart, each view masked as the ledger shows it', () => {
    const recognisable = new Set(recognisableChildren(plan.population).map((c) => c.residentId));
    const named = [...of(plan, 'help-need'), ...of(plan, 'pairing'), ...of(plan, 'study-grant'), ...of(plan, 'student-aid'), ...of(plan, 'charity-grant')].map((x) => x.e.residentId);
    expect(named.every((id) => recognisable.has(id))).toBe(true);
    const views = recognisableChildren(plan.population).map(ledgerView);
    expect(new Set(views).size).toBe(views.length);
    expect(views.every((v) => /^\d{3}\*{11}[\dX]{4}\|/.test(v) && !v.includes(plan.population.children[0].residentId))).toBe(true);
  });

  it('closes each help need 3 to 60 days after it was raised, one need a child', () => {
    const raised = byKey(of(plan, 'help-need'));
    expect(new Set([...raised.values()].map((x) => x.e.residentId)).size).toBe(raised.size);
    for (const close of of(plan, 'help-need-close')) {
      const gap = close.day - raised.get(close.e.key)!.day;
      expect(gap).toBeGreaterThanOrEqual(HELP_CLOSED_AFTER_DAYS.min);
      expect(gap).toBeLessThanOrEqual(HELP_CLOSED_AFTER_DAYS.max);
    }
  });

  it('pairs each cadre with an at-risk child in January or February, then visits once in each round', () => {
    const pairings = of(plan, 'pairing');
    expect(pairings.every((p) => p.day >= PAIRING_DAYS.first && p.day <= PAIRING_DAYS.last)).toBe(true);
    expect(pairings.every((p) => ['ORPHAN', 'DE_FACTO_UNSUPPORTED', 'IN_DIFFICULTY'].includes(kids.get(p.e.residentId)!.category))).toBe(true);
    const windows = roundWindows(plan.days.length);
    const visits = of(plan, 'pairing-visit');
    for (const p of pairings) {
      const mine = visits.filter((v) => v.e.pairingKey === p.e.key);
      expect(mine.map((v) => v.e.round).sort()).toEqual([1, 2, 3]);
      for (const v of mine) {
        expect(v.e.residentId).toBe(p.e.residentId);
        expect(v.day).toBeGreaterThanOrEqual(windows[v.e.round - 1].first);
        expect(v.day).toBeLessThanOrEqual(windows[v.e.round - 1].last);
      }
    }
  });

  it('registers a child orphaned in the year, assesses the aunt and her husband, and registers their adoption of a relative’s child', () => {
    const orphans = byKey(of(plan, 'orphan-registration'));
    const assessments = of(plan, 'adoption-assessment');
    const taken = new Set([...kids.keys(), ...plan.population.elders.map((e) => e.residentId), ...of(plan, 'marriage').flatMap((m) => m.e.partyResidentIds)]);
    for (const adoption of of(plan, 'adoption')) {
      const child = orphans.get(adoption.e.childKey)!;
      const assessment = assessments.find((a) => a.e.childKey === adoption.e.childKey)!;
      expect(assessment.day - child.day).toBeGreaterThanOrEqual(ASSESSMENT_AFTER_DAYS.min);
      expect(adoption.day - assessment.day).toBeGreaterThanOrEqual(ADOPTION_AFTER_DAYS.min);
      expect(child.e.guardians.every((g) => g.deceasedOn < child.date)).toBe(true);
      expect(ageOn(child.e.birthDate, adoption.date)).toBeLessThan(18);
      expect(adoption.e.childConsents).toBe(ageOn(child.e.birthDate, adoption.date) >= 8);
      const [husband, wife] = adoption.e.adopters;
      expect([Number(husband.residentId[16]) % 2, Number(wife.residentId[16]) % 2]).toEqual([1, 0]);
      expect(adoption.e.adopters.every((a) => ageOn(birthDateOf(a.residentId), adoption.date) >= 30)).toBe(true);
      // The aunt is the father's sister: she and the child carry his surname.
      expect([wife.name[0], child.e.name[0]]).toEqual([child.e.guardians[0].name[0], child.e.guardians[0].name[0]]);
      expect([child.e.residentId, husband.residentId, wife.residentId, ...child.e.guardians.map((g) => g.residentId)].some((id) => taken.has(id))).toBe(false);
    }
  });

  it('grants study grants in September to children of the grant’s category in school, student aid by stage in April and October', () => {
    for (const g of of(plan, 'study-grant')) {
      const child = kids.get(g.e.residentId)!;
      expect([g.date.slice(5, 7), g.e.term, child.category]).toEqual(['09', '2024-AUTUMN', g.e.grantKind === 'FUCAI_YUANMENG' ? 'ORPHAN' : 'DE_FACTO_UNSUPPORTED']);
      expect(ageOn(child.birthDate, g.date)).toBeGreaterThanOrEqual(SCHOOL_AGE);
    }
    for (const a of of(plan, 'student-aid')) {
      const age = ageOn(kids.get(a.e.residentId)!.birthDate, a.date);
      expect(age).toBeGreaterThanOrEqual(PRESCHOOL_AGE);
      expect(a.e.stage).toBe(age >= SCHOOL_AGE ? 'COMPULSORY' : 'PRESCHOOL');
      expect(a.e.amountFen).toBe(STUDENT_AID_FEN_PER_TERM[a.e.stage]);
      expect(a.date.slice(5, 7)).toBe(a.e.term.endsWith('SPRING') ? '04' : '10');
    }
  });

  it('holds each volunteer activity in the township of its volunteers, after they registered', () => {
    const volunteers = byKey(of(plan, 'volunteer'));
    for (const a of of(plan, 'volunteer-activity')) {
      expect(a.e.volunteers.length).toBeGreaterThanOrEqual(1);
      for (const x of a.e.volunteers) {
        const v = volunteers.get(x.key)!;
        expect([v.e.divisionCode, v.day <= a.day]).toEqual([a.e.divisionCode, true]);
      }
    }
  });

  it('never grants more from a county’s fund than it has received by the day, and only to the county’s children', () => {
    const grants = of(plan, 'charity-grant');
    const donations = of(plan, 'charity-donation');
    for (const fund of of(plan, 'charity-fund')) {
      const mine = grants.filter((g) => g.e.fundKey === fund.e.key);
      expect(mine.every((g) => kids.get(g.e.residentId)!.villageCode.startsWith(fund.e.divisionCode))).toBe(true);
      for (const g of mine) {
        const received = donations.filter((d) => d.e.fundKey === fund.e.key && d.day <= g.day).reduce((n, d) => n + d.e.amountFen, 0);
        const granted = mine.filter((x) => x.day <= g.day).reduce((n, x) => n + x.e.amountFen, 0);
        expect(granted).toBeLessThanOrEqual(received);
      }
    }
    expect(donations.every((d) => d.day >= DONATION_DAYS.first && d.day <= DONATION_DAYS.last && d.e.amountFen >= 100)).toBe(true);
    expect(grants.every((g) => g.e.amountFen === CHARITY_GRANT_FEN.n)).toBe(true);
  });
});

describe.each([
  ['tiny', tiny],
  ['city', city],
])('the %s year of civil registration’s smaller work', (_scale, plan) => {
  const marriages = byKey(of(plan, 'marriage'));

  it('holds ceremonies for couples married by the day, none twice: a group for several of the last 90 days, the others on the registration day', () => {
    const couples = of(plan, 'ceremony').flatMap((c) => c.e.marriageKeys);
    expect(new Set(couples).size).toBe(couples.length);
    for (const c of of(plan, 'ceremony')) {
      const days = c.e.marriageKeys.map((k) => marriages.get(k)!.day);
      if (c.e.ceremonyKind === 'OTHER') expect(days).toEqual([c.day]);
      else {
        expect(c.e.marriageKeys.length).toBeGreaterThanOrEqual(2);
        expect(c.e.marriageKeys.length).toBeLessThanOrEqual(GROUP_COUPLES.max);
        expect(days.every((d) => d <= c.day)).toBe(true);
      }
    }
  });

  it('counsels couples up to 30 days before they register anew, and mediates applications in their first 20 days of cooling-off', () => {
    const byCouple = new Map(of(plan, 'marriage').map((m) => [m.e.partyResidentIds.join(), m]));
    for (const c of of(plan, 'counselling')) {
      const m = byCouple.get(c.e.partyResidentIds.join())!;
      expect(m.e.marriageKind).toBe('REGISTRATION');
      expect(m.day - c.day).toBeGreaterThanOrEqual(1);
      expect(m.day - c.day).toBeLessThanOrEqual(COUNSELLED_BEFORE_DAYS);
    }
    const applications = byKey(of(plan, 'divorce-application'));
    const registered = new Set(of(plan, 'divorce-registration').map((r) => r.e.key));
    for (const m of of(plan, 'mediation')) {
      const gap = m.day - applications.get(m.e.divorceKey)!.day;
      expect(gap).toBeGreaterThanOrEqual(1);
      expect(gap).toBeLessThanOrEqual(MEDIATED_WITHIN_DAYS);
      expect(m.e.outcome === 'PROCEEDING').toBe(registered.has(m.e.divorceKey));
    }
  });

  it('names places in counties and collects rural names in villages from March to November, no name twice in a division', () => {
    const places = of(plan, 'place-name');
    const keys = places.map((p) => `${p.e.regionCode}|${p.e.category}|${p.e.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of places) {
      expect(p.e.regionCode).toHaveLength(p.e.placeKind === 'NAMING' ? 6 : 12);
      if (p.e.placeKind === 'RURAL_COLLECTION') expect(p.date >= '2024-03-01' && p.date <= '2024-11-30').toBe(true);
    }
  });
});

describe('the city’s plan', () => {
  const f = planFigures(city);
  const seed = JSON.parse(readFileSync(join(__dirname, '../../seeds/city-2024-figures.json'), 'utf8')) as { figures: Array<{ key: string; value: number }> };
  const value = (key: string): number => seed.figures.find((x) => x.key === key)!.value;
  const policies = JSON.parse(readFileSync(join(__dirname, '../../seeds/reference/policy-parameters.json'), 'utf8')) as Record<string, Array<{ key: string; value: Record<string, number> }>>;
  const grantFen = policies['child-welfare'].find((p) => p.key === 'child-welfare.study-grant-fen-per-term')!.value;

  it('gives the bureau’s 2024 figures of child welfare and of registration’s smaller work', () => {
    expect({
      'children.helpNeeds': f.helpNeedsRaised,
      'pairings.cadres': f.pairedCadres,
      'pairings.visitRounds': f.visitRounds,
      adoptions: f.adoptions,
      'studyGrants.fucai': f.fucaiGrants * grantFen.FUCAI_YUANMENG,
      'studyGrants.deFacto': f.deFactoGrants * grantFen.DE_FACTO_STUDY,
      'volunteers.registered': f.volunteers,
      'volunteers.childrenServed': f.volunteerChildrenServed,
      'charity.raised': f.charityRaisedFen,
      'charity.childrenAided': f.charityChildrenAided,
      'ceremonies.group': f.groupCeremonies,
      'ceremonies.other': f.otherCeremonies,
      counselling: f.counsellingCouples,
      mediation: f.mediationCouples,
      'placeNames.named': f.placeNamesNamed,
      'placeNames.collected': f.placeNamesCollected,
    }).toEqual(
      Object.fromEntries(
        [
          'children.helpNeeds',
          'pairings.cadres',
          'pairings.visitRounds',
          'adoptions',
          'studyGrants.fucai',
          'studyGrants.deFacto',
          'volunteers.registered',
          'volunteers.childrenServed',
          'charity.raised',
          'charity.childrenAided',
          'ceremonies.group',
          'ceremonies.other',
          'counselling',
          'mediation',
          'placeNames.named',
          'placeNames.collected',
        ].map((k) => [k, value(k)]),
      ),
    );
    expect(VISIT_ROUNDS.n).toBe(3);
  });

  it('leaves the at-risk and left-behind counts of the registers as they were: the adopted children are orphaned in the year', () => {
    expect(of(city, 'orphan-registration').every((o) => !children(city).has(o.e.residentId))).toBe(true);
  });
});

describe('the year’s helpers', () => {
  it('splits a total as evenly as whole numbers allow', () => {
    expect(splitEvenly(10, 3)).toEqual([4, 3, 3]);
    expect(splitEvenly(1_120, 56).every((n) => n === 20)).toBe(true);
  });

  it('makes a different place name for each number, with the ending it names', () => {
    const endings = [{ ending: '村' }, { ending: '河' }];
    const names = Array.from({ length: 2 * 36 * 32 }, (_v, i) => placeName(i, endings));
    expect(new Set(names.map((n) => n.name)).size).toBe(names.length);
    expect(names[0]).toEqual({ name: '东山村', of: 0 });
    expect(names[36 * 32]).toEqual({ name: '东山河', of: 1 });
  });

  it('splits the rounds of visits into equal windows from March to the year’s last day', () => {
    expect(roundWindows(366)).toEqual([
      { first: 60, last: 161 },
      { first: 162, last: 263 },
      { first: 264, last: 365 },
    ]);
    expect(addDays('2024-01-01', 60)).toBe('2024-03-01');
  });
});
