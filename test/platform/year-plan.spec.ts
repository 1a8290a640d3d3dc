import { createHash } from 'node:crypto';
import { ageOn } from '../../libs/common/src/resident-id/resident-id';
import { addDays } from '../../libs/common/src/time/calendar-date';
import { birthDateOf, daysOfYear, officeFor, type Office } from '../../scripts/year/context';
import { KIND_ORDER, type YearEvent } from '../../scripts/year/events';
import { APPROVALS_AFTER_DAYS } from '../../scripts/year/kinds/dibao-approvals';
import { REGISTRATION_AFTER_DAYS } from '../../scripts/year/kinds/divorces';
import { CHARITY_GRANT_FEN } from '../../scripts/year/kinds/charity';
import { VISIT_ROUNDS } from '../../scripts/year/kinds/child-pairings';
import { residentIdsOf } from '../../scripts/population/generate';
import { countAtYearEnd } from '../../scripts/population/year-end';
import { buildPlan, eventCount, planFigures, plannedCounts, type YearPlan } from '../../scripts/year/plan';
import { profileProblems, yearProfileFor, type YearProfile } from '../../scripts/year/profile';

const digest = (plan: YearPlan): string => createHash('sha256').update(JSON.stringify(plan)).digest('hex');
const tiny = yearProfileFor('tiny');
const plan = buildPlan(tiny, 2024, 1);
const events = plan.days.flatMap((d) => d.events.map((e) => ({ date: d.date, e })));
const of = <K extends YearEvent['kind']>(kind: K) => events.filter((x): x is { date: string; e: Extract<YearEvent, { kind: K }> } => x.e.kind === kind);

describe('the plan of a year', () => {
  it('is the same for the same seed and another for another seed', () => {
    expect(digest(buildPlan(tiny, 2024, 1))).toBe(digest(plan));
    expect(digest(buildPlan(tiny, 2024, 5))).not.toBe(digest(plan));
  });

  it.each(['tiny', 'city'] as const)('has the %s profile’s figures, exactly', (scale) => {
    const profile = yearProfileFor(scale);
    const v = profile.volumes;
    const figures = planFigures(scale === 'tiny' ? plan : buildPlan(profile, 2024, 7));
    expect(figures).toEqual({
      deaths: v.deaths.n,
      huiBurials: v.huiBurials.n,
      cremations: v.deaths.n - v.huiBurials.n,
      deathsAged80Plus: v.deathsAged80Plus.n,
      deathsAged60To79: v.deathsAged60To79.n,
      deathsUnder60: v.deathsUnder60.n,
      marriages: v.marriages.n,
      retroactiveMarriages: v.retroactiveMarriages.n,
      divorceApplications: v.divorceApplications.n,
      divorceRegistrations: v.divorceRegistrations.n,
      payrollMonths: 12,
      payrolls: 36,
      helpNeedsRaised: v.helpNeeds.n,
      helpNeedsClosed: figures.helpNeedsClosed,
      pairedCadres: v.pairingCadres.n,
      pairedChildren: v.pairingCadres.n,
      cadreVisits: v.pairingCadres.n * VISIT_ROUNDS.n,
      visitRounds: VISIT_ROUNDS.n,
      orphansRegistered: v.adoptions.n,
      adoptions: v.adoptions.n,
      fucaiGrants: v.fucaiGrants.n,
      deFactoGrants: v.deFactoGrants.n,
      studentAidSpring: v.studentAidPerTerm.n,
      studentAidAutumn: v.studentAidPerTerm.n,
      studentAidFen: figures.studentAidFen,
      volunteers: v.volunteers.n,
      volunteerActivities: v.volunteerActivities.n,
      volunteerChildrenServed: v.volunteerChildrenServed.n,
      volunteerHours: figures.volunteerHours,
      charityFunds: figures.charityFunds,
      charityDonations: v.charityDonations.n,
      charityRaisedFen: v.charityRaisedFen.n,
      charityGrants: v.charityChildrenAided.n,
      charityGrantedFen: v.charityChildrenAided.n * CHARITY_GRANT_FEN.n,
      charityChildrenAided: v.charityChildrenAided.n,
      groupCeremonies: v.groupCeremonies.n,
      otherCeremonies: v.otherCeremonies.n,
      counsellingCouples: v.counsellingCouples.n,
      mediationCouples: v.mediationCouples.n,
      placeNamesNamed: v.placeNamesNamed.n,
      placeNamesCollected: v.placeNamesCollected.n,
      ashPlacements: v.ashPlacements.n,
      ashPlacementsInPlots: v.ashPlacementsInPlots.n,
      subsidisedMeals: v.subsidisedMeals.n,
      mealSubsidyFen: v.mealSubsidyFen.n,
      // Nearly every diner eats: one who dies on the first day cannot.
      mealDiners: figures.mealDiners,
      // Every canteen serves meals every month; December's are settled after the year.
      canteenSettlements: 12 * 11,
      homeCareVisits: v.homeCareVisits.n,
      homeCareElders: v.homeCareElders.n,
      homeCarePriceFen: figures.homeCarePriceFen,
      homeCareSubsidyFen: v.homeCareSubsidyFen.n,
      homeCareSettlements: figures.homeCareSettlements,
    });
    // The figures the profile leaves to the plan: needs raised late stay open, aid by stage, hours by activity.
    expect(figures.helpNeedsClosed).toBeGreaterThan(v.helpNeeds.n * 0.8);
    expect(figures.helpNeedsClosed).toBeLessThanOrEqual(v.helpNeeds.n);
    expect(figures.studentAidFen).toBeGreaterThanOrEqual(2 * v.studentAidPerTerm.n * 50_000);
    expect(figures.volunteerHours).toBeGreaterThanOrEqual(v.volunteerActivities.n * 2);
    expect(figures.charityFunds).toBeGreaterThanOrEqual(1);
    expect(figures.mealDiners).toBeGreaterThan(0.99 * profile.population.diners);
    expect(figures.homeCarePriceFen).toBeGreaterThan(figures.homeCareSubsidyFen);
  });

  it('has every day of the year, a leap year’s 366, with the registers on the first', () => {
    expect(plan.days.map((d) => d.date)).toEqual(daysOfYear(2024));
    expect(plan.days).toHaveLength(366);
    expect(daysOfYear(2023)).toHaveLength(365);
    expect(events.filter((x) => x.e.kind === 'registers').map((x) => x.date)).toEqual(['2024-01-01']);
    expect(eventCount(plan)).toBe(events.length);
  });

  it('orders each day’s events by kind, so that what a later kind needs is there', () => {
    for (const day of plan.days) {
      const ranks = day.events.map((e) => KIND_ORDER.indexOf(e.kind));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('lets people of the registers die, each once, the assisted only after their cases are approved', () => {
    const deaths = of('death');
    const registers = new Map(plan.population.elders.map((e) => [e.residentId, e.birthDate]));
    const assisted = new Set(plan.population.households.flatMap((h) => h.members.map((m) => m.residentId)));
    for (const h of plan.population.households) for (const m of h.members) registers.set(m.residentId, birthDateOf(m.residentId));
    for (const c of plan.population.children) for (const g of c.guardians) if (!g.deceasedOn) registers.set(g.residentId, birthDateOf(g.residentId));
    expect(new Set(deaths.map((d) => d.e.residentId)).size).toBe(deaths.length);
    expect(deaths.every((d) => registers.has(d.e.residentId))).toBe(true);
    const approvals = addDays('2024-01-01', APPROVALS_AFTER_DAYS);
    expect(of('dibao-approvals').map((x) => x.date)).toEqual([approvals]);
    expect(deaths.filter((d) => assisted.has(d.e.residentId)).every((d) => d.date > approvals)).toBe(true);
    expect(deaths.filter((d) => d.e.group === 'AGED_80_PLUS').every((d) => ageOn(registers.get(d.e.residentId)!, '2024-01-01') >= 80)).toBe(true);
    // Hui are buried, everyone else cremated.
    expect(deaths.every((d) => (d.e.ethnicity === 'HUI') === (d.e.disposal === 'BURIAL'))).toBe(true);
  });

  it.each(['tiny', 'city'] as const)('loads %s registers whose living on the year’s last day are the profile’s figures', (scale) => {
    const profile = yearProfileFor(scale);
    const p = scale === 'tiny' ? plan : buildPlan(profile, 2024, 7);
    const gone = new Set(p.days.flatMap((d) => d.events.flatMap((e) => (e.kind === 'death' ? [e.residentId] : []))));
    const { aged60Plus, aged80Plus, aged100Plus, children } = profile.population;
    expect(countAtYearEnd(p.population, gone, '2024-12-31')).toEqual({ aged60Plus, aged80Plus, aged100Plus, children });
    // More on 1 January: the year's dead are among them.
    expect(p.population.elders.length).toBe(aged60Plus + profile.volumes.deathsAged80Plus.n + profile.volumes.deathsAged60To79.n);
  });

  it('marries people outside the registers, each once, a man and a woman of legal age on the day', () => {
    const marriages = of('marriage');
    const parties = marriages.flatMap((m) => m.e.partyResidentIds);
    expect(new Set(parties).size).toBe(parties.length);
    const deaths = new Set(of('death').map((d) => d.e.residentId));
    expect(parties.some((p) => deaths.has(p))).toBe(false);
    // Nor anyone of the registers: their people, parents, care workers and child directors.
    const registered = residentIdsOf(plan.population);
    expect(parties.some((p) => registered.has(p))).toBe(false);
    for (const m of marriages) {
      const [man, woman] = m.e.partyResidentIds;
      expect([Number(man[16]) % 2, Number(woman[16]) % 2]).toEqual([1, 0]);
      expect(ageOn(birthDateOf(man), m.date)).toBeGreaterThanOrEqual(22);
      expect(ageOn(birthDateOf(woman), m.date)).toBeGreaterThanOrEqual(20);
    }
  });

  it('divorces couples married earlier in the year, the registered ones after cooling-off and within the certificate window', () => {
    const married = new Map(of('marriage').map((m) => [m.e.key, m]));
    const applied = new Map(of('divorce-application').map((a) => [a.e.key, a]));
    expect(new Set([...applied.values()].map((a) => a.e.marriageKey)).size).toBe(applied.size);
    for (const a of applied.values()) {
      const marriage = married.get(a.e.marriageKey)!;
      expect(a.date > marriage.date).toBe(true);
      expect(a.e.partyResidentIds).toEqual(marriage.e.partyResidentIds);
    }
    for (const r of of('divorce-registration')) {
      const a = applied.get(r.e.key)!;
      const gap = (Date.parse(r.date) - Date.parse(a.date)) / 86_400_000;
      expect(gap).toBeGreaterThanOrEqual(REGISTRATION_AFTER_DAYS.min);
      expect(gap).toBeLessThanOrEqual(REGISTRATION_AFTER_DAYS.max);
    }
  });

  it('runs each programme’s payroll on the first day of each month', () => {
    const payrolls = of('payroll');
    expect(payrolls.every((p) => p.date === `${p.e.month}-01`)).toBe(true);
    expect(new Set(payrolls.map((p) => p.e.key)).size).toBe(36);
  });

  it('runs the divorce expiry job on each month’s first day after January’s and on the year’s last', () => {
    expect(of('divorce-expiry').map((x) => x.date)).toEqual([...['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2024-${m}-01`), '2024-12-31']);
  });

  it('gives each kind a random stream of its own: more marriages leave the deaths as they were', () => {
    const moreMarriages: YearProfile = { ...tiny, volumes: { ...tiny.volumes, marriages: { n: 40, cites: 'test' } } };
    const deaths = (p: YearPlan) => p.days.flatMap((d) => d.events.filter((e) => e.kind === 'death').map((e) => [d.date, e]));
    expect(deaths(buildPlan(moreMarriages, 2024, 1))).toEqual(deaths(plan));
  });

  it('counts what the drive will tally: the registers by step, the 低保 approvals by case, meals and visits one by one', () => {
    const p = plan.population;
    expect(plannedCounts(plan)).toEqual({
      'registers/elders': p.elders.length,
      'registers/households': tiny.population.dibaoHouseholds + tiny.population.tekunPersons,
      'registers/tekunApprovals': tiny.population.tekunPersons,
      'registers/dibaoApplications': tiny.population.dibaoHouseholds,
      'registers/children': 21,
      // The tiny profile's registers less what the reference data holds in its townships.
      'registers/institutions': 0,
      'registers/facilities': 6,
      'registers/townships': 1,
      'registers/careWorkers': 3,
      'registers/staff': 9,
      'registers/cemeteries': 2,
      'dibao-approvals': tiny.population.dibaoHouseholds,
      payroll: 36,
      'divorce-expiry': 12,
      death: tiny.volumes.deaths.n,
      marriage: tiny.volumes.marriages.n,
      'divorce-application': tiny.volumes.divorceApplications.n,
      'divorce-registration': tiny.volumes.divorceRegistrations.n,
      'orphan-registration': 1,
      'adoption-assessment': 1,
      adoption: 1,
      'help-need': 12,
      'help-need-close': planFigures(plan).helpNeedsClosed,
      pairing: 6,
      'pairing-visit': 18,
      'study-grant': 2,
      'student-aid': 6,
      volunteer: 3,
      'volunteer-activity': 2,
      'charity-fund': planFigures(plan).charityFunds,
      'charity-donation': 3,
      'charity-grant': 4,
      ceremony: 5,
      counselling: 11,
      mediation: 2,
      'place-name': 30,
      // The rows of places of the cemeteries and kinds the tiny year's ashes are laid in (five, for this seed), and the ashes.
      'cemetery-places': 5,
      'ash-placement': tiny.volumes.ashPlacements.n,
      'standard-raise': 1,
      'dibao-application': tiny.volumes.dibaoApplications.n,
      'dibao-notice': tiny.volumes.dibaoApplications.n - tiny.volumes.dibaoRefusals.n,
      'dibao-decision': tiny.volumes.dibaoApplications.n,
      'dibao-stop': tiny.volumes.dibaoStopsIncome.n + tiny.volumes.dibaoStopsMovedAway.n,
      'dibao-objection': tiny.volumes.dibaoObjections.n,
      'dibao-objection-resolution': tiny.volumes.dibaoObjections.n,
      'tekun-application': tiny.volumes.tekunApplications.n,
      'tekun-decision': tiny.volumes.tekunApplications.n,
      'temporary-relief': tiny.volumes.temporaryReliefGrants.n,
      'vagrant-intake': tiny.volumes.vagrantPersons.n,
      'vagrant-family-search': tiny.volumes.vagrantPersons.n,
      'vagrant-close': tiny.volumes.vagrantPersons.n,
      'cash-plus-provider': 1,
      'cash-plus-plan': tiny.volumes.cashPlusTekunPersons.n + tiny.volumes.cashPlusElderPersons.n,
      'cash-plus-visits': 5 * (tiny.volumes.cashPlusTekunPersons.n + tiny.volumes.cashPlusElderPersons.n),
      'cash-plus-settlement': 5,
      'registers/diners': tiny.population.diners,
      'home-care-providers': 3,
      'canteen-settlement': 12 * 11,
      'home-care-settlement': planFigures(plan).homeCareSettlements,
      'home-care-visits': tiny.volumes.homeCareVisits.n,
      meals: tiny.volumes.subsidisedMeals.n,
      // 一卡通: the registers' accounts, the days payees get their card later (two, for this seed) and the days people come in (an orphan, 低保 and 特困 applicants); each month's batches and returns; corrections January to November.
      'payee-accounts': 1 + tiny.volumes.payeesWithoutAccount.n + new Set([...of('orphan-registration'), ...of('dibao-application'), ...of('tekun-application')].map((x) => x.date)).size,
      'payment-batches': 12,
      'bank-return': 12,
      'account-corrections': 11,
    });
  });

  it('refuses a profile that does not add up, before planning anything', () => {
    const broken: YearProfile = { ...tiny, volumes: { ...tiny.volumes, deathsUnder60: { n: 7, cites: 'test' } } };
    expect(profileProblems(broken)).toEqual(['deaths by age add up to 38, not 37']);
    expect(() => buildPlan(broken, 2024, 1)).toThrow(/cannot be planned: deaths by age add up to 38/);
  });
});

describe('the office of an event', () => {
  const offices: Office[] = [
    { id: 'b', code: 'B', openedOn: '2010-01-01', closedOn: null },
    { id: 'a', code: 'A', openedOn: '2010-01-01', closedOn: '2024-06-01' },
    { id: 'c', code: 'C', openedOn: '2024-02-14', closedOn: null },
  ];
  it.each([
    ['2024-01-10', 0, 'a'],
    ['2024-01-10', 1, 'b'],
    ['2024-01-10', 2, 'a'],
    ['2024-02-14', 2, 'c'],
    ['2024-06-01', 0, 'b'],
    ['2024-06-01', 1, 'c'],
  ])('on %s number %i is %s: among those open that day, by code', (day, no, id) => {
    expect(officeFor(offices, day, no)?.id).toBe(id);
  });
  it('is none when no office is open', () => expect(officeFor(offices, '2000-01-01', 0)).toBeNull());
});
