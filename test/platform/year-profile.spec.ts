import { CITY_PROFILE } from '../../scripts/population/profile';
import { profileProblems, YEAR_SCALES, yearProfileFor, type Cited } from '../../scripts/year/profile';

const numbers = (volumes: Record<string, Cited>): Record<string, number> => Object.fromEntries(Object.entries(volumes).map(([k, c]) => [k, c.n]));

describe('the year’s profile', () => {
  it('is, for the city, the figures of the 2024 work summary (DOMAIN §6), each citing where it comes from', () => {
    const { volumes, population } = yearProfileFor('city');
    expect(numbers({ ...volumes })).toMatchObject({ deaths: 3715, huiBurials: 47, marriages: 3104, retroactiveMarriages: 450, divorceApplications: 681, divorceRegistrations: 418 });
    expect(volumes.deaths.cites).toMatch(/DOMAIN §6.*3,715/);
    expect(volumes.huiBurials.cites).toMatch(/DOMAIN §6.*47 Hui/);
    expect(volumes.retroactiveMarriages.cites).toMatch(/补办/);
    expect(volumes.divorceRegistrations.cites).toMatch(/DOMAIN §6.*418/);
    expect(numbers({ ...volumes })).toMatchObject({ subsidisedMeals: 429_400, mealSubsidyFen: 127_050_000, homeCareElders: 42, homeCareVisits: 1_104, homeCareSubsidyFen: 20_000_000 });
    expect(volumes.subsidisedMeals.cites).toMatch(/DOMAIN §7.*429.4k.*two years/);
    expect(volumes.homeCareSubsidyFen.cites).toMatch(/DOMAIN §4.*200k yuan/);
    expect(population).toBe(CITY_PROFILE);
    // 52 vagrant persons from the summary; the rest of the assistance volumes are assumed, and say so.
    expect(volumes.vagrantPersons).toMatchObject({ n: 52, cites: expect.stringMatching(/DOMAIN §3.*52/) });
    expect(numbers({ ...volumes })).toMatchObject({ cashPlusTekunPersons: 258, cashPlusElderPersons: 174 });
    expect(volumes.cashPlusTekunPersons.cites).toMatch(/DOMAIN §3.*258/);
    const assumed = [volumes.dibaoApplications, volumes.dibaoRefusals, volumes.dibaoObjections, volumes.tekunApplications, volumes.tekunRefusals, volumes.dibaoStopsIncome, volumes.dibaoStopsMovedAway, volumes.temporaryReliefGrants, volumes.vagrantMinors, volumes.cashPlusVisits];
    expect(assumed.every((c) => c.cites.startsWith('[A]'))).toBe(true);
    // The split by age is assumed, and says so.
    expect([volumes.deathsAged80Plus, volumes.deathsAged60To79, volumes.deathsUnder60].every((c) => c.cites.startsWith('[A]'))).toBe(true);
    // 一卡通: the summary has no figure for accounts missing or failing; assumed, and said so.
    expect([volumes.payeesWithoutAccount, volumes.paymentFailuresPerMonth].every((c) => c.cites.startsWith('[A]'))).toBe(true);
  });

  it('has child welfare’s and registration’s smaller work of the summary (DOMAIN §5, §6), what is assumed marked [A]', () => {
    const { volumes } = yearProfileFor('city');
    expect(numbers({ ...volumes })).toMatchObject({
      helpNeeds: 1194,
      pairingCadres: 2010,
      adoptions: 4,
      volunteers: 130,
      volunteerChildrenServed: 1120,
      charityRaisedFen: 73_000_000,
      charityChildrenAided: 1279,
      groupCeremonies: 21,
      otherCeremonies: 420,
      counsellingCouples: 1107,
      mediationCouples: 186,
      placeNamesNamed: 19,
      placeNamesCollected: 2868,
      ashPlacements: 3668,
    });
    expect(volumes.ashPlacements.cites).toMatch(/^DOMAIN §6 Cemeteries: ash-burial rate.*100%.*3,715 deaths less the 47 Hui burials/);
    expect(volumes.ashPlacementsInPlots.cites).toMatch(/^\[A\]/);
    for (const key of ['helpNeeds', 'adoptions', 'volunteers', 'charityRaisedFen', 'groupCeremonies', 'counsellingCouples', 'placeNamesCollected'] as const) expect(volumes[key].cites).toMatch(/^DOMAIN §[56]/);
    expect(volumes.fucaiGrants.cites).toMatch(/145k yuan.*5,000 yuan a term.*= 29 grants/);
    for (const key of ['studentAidPerTerm', 'volunteerActivities', 'charityDonations'] as const) expect(volumes[key].cites).toMatch(/^\[A\]/);
  });

  it('is, for a province, ten cities', () => {
    const city = yearProfileFor('city');
    const province = yearProfileFor('province');
    expect(numbers({ ...province.volumes })).toEqual(Object.fromEntries(Object.entries(numbers({ ...city.volumes })).map(([k, n]) => [k, n * 10])));
    expect(province.population).toEqual({ ...CITY_PROFILE, cities: 10 });
    expect(province.volumes.deaths.cites).toMatch(/^ten cities: DOMAIN §6/);
  });

  it('is, for CI, a few hundred people with whole numbers chosen for them', () => {
    const { volumes, population } = yearProfileFor('tiny');
    expect(numbers({ ...volumes })).toEqual({
      deaths: 37,
      deathsAged80Plus: 15,
      deathsAged60To79: 16,
      deathsUnder60: 6,
      huiBurials: 2,
      marriages: 31,
      retroactiveMarriages: 5,
      divorceApplications: 7,
      divorceRegistrations: 4,
      helpNeeds: 12,
      pairingCadres: 6,
      adoptions: 1,
      fucaiGrants: 1,
      deFactoGrants: 1,
      studentAidPerTerm: 3,
      volunteers: 3,
      volunteerActivities: 2,
      volunteerChildrenServed: 12,
      charityRaisedFen: 730_000,
      charityDonations: 3,
      charityChildrenAided: 4,
      groupCeremonies: 1,
      otherCeremonies: 4,
      counsellingCouples: 11,
      mediationCouples: 2,
      placeNamesNamed: 1,
      placeNamesCollected: 29,
      ashPlacements: 35,
      ashPlacementsInPlots: 10,
      dibaoApplications: 6,
      dibaoRefusals: 2,
      dibaoObjections: 1,
      tekunApplications: 3,
      tekunRefusals: 1,
      dibaoStopsIncome: 2,
      dibaoStopsMovedAway: 1,
      temporaryReliefGrants: 4,
      vagrantPersons: 5,
      vagrantMinors: 1,
      cashPlusTekunPersons: 2,
      cashPlusElderPersons: 1,
      cashPlusVisits: 20,
      subsidisedMeals: 4_294,
      mealSubsidyFen: 1_270_500,
      homeCareElders: 4,
      homeCareVisits: 24,
      homeCareSubsidyFen: 434_500,
      payeesWithoutAccount: 2,
      paymentFailuresPerMonth: 1,
    });
    expect(population.aged60Plus + population.dibaoHouseholds + Object.values(population.children).reduce((a, b) => a + b, 0)).toBeLessThan(500);
    expect(population.diners).toBe(60);
  });

  it.each(YEAR_SCALES)('adds up for %s', (scale) => expect(profileProblems(yearProfileFor(scale))).toEqual([]));

  it.each([
    ['more Hui burials than deaths', { huiBurials: 40 }],
    ['more retroactive marriages than marriages', { retroactiveMarriages: 32 }],
    ['more divorce registrations than applications', { divorceRegistrations: 8 }],
    ['more divorce applications than marriages', { divorceApplications: 32, divorceRegistrations: 4 }],
    ['more deaths aged 80+ than people aged 80+', { deaths: 68, deathsAged80Plus: 46 }],
    ['huiBurials must be a whole number ≥ 0, got 1.5', { huiBurials: 1.5 }],
    ['more couples at ceremonies than marriages', { otherCeremonies: 30 }],
    ['more couples counselled than marriages registered anew', { counsellingCouples: 27 }],
    ['more couples mediated than divorce applications', { mediationCouples: 8 }],
    ['volunteer activities without volunteers', { volunteers: 0 }],
    ['charity donations of less than a yuan each', { charityRaisedFen: 299 }],
    ['more 低保 refusals than applications', { dibaoRefusals: 7 }],
    ['more vagrant minors than vagrant persons', { vagrantMinors: 6 }],
    ['more home-care elders than visits', { homeCareElders: 25 }],
    ['home-care visits but no elders', { homeCareElders: 0 }],
    ['more ash placements than cremations', { ashPlacements: 36 }],
    ['more 低保 objections than public notices', { dibaoObjections: 5 }],
    ['more 特困 refusals than applications', { tekunRefusals: 4 }],
    ['more ash placements in plots than ash placements', { ashPlacementsInPlots: 36 }],
  ])('refuses %s', (problem, change) => {
    const tiny = yearProfileFor('tiny');
    const volumes = { ...tiny.volumes, ...Object.fromEntries(Object.entries(change).map(([k, n]) => [k, { n, cites: 'test' }])) };
    expect(profileProblems({ ...tiny, volumes })).toContain(problem);
  });

  it('refuses meals without diners', () => {
    const tiny = yearProfileFor('tiny');
    expect(profileProblems({ ...tiny, population: { ...tiny.population, diners: 0 } })).toEqual(['meals but no diners']);
  });
});
