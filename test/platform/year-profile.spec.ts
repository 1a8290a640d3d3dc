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
    // The split by age is assumed, and says so.
    expect([volumes.deathsAged80Plus, volumes.deathsAged60To79, volumes.deathsUnder60].every((c) => c.cites.startsWith('[A]'))).toBe(true);
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
      subsidisedMeals: 4_294,
      mealSubsidyFen: 1_270_500,
      homeCareElders: 4,
      homeCareVisits: 24,
      homeCareSubsidyFen: 434_500,
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
    ['more home-care elders than visits', { homeCareElders: 25 }],
    ['home-care visits but no elders', { homeCareElders: 0 }],
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
