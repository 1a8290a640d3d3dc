// The volumes of the simulated year per scale, each citing where its figure comes from, so that
// the report the year produces can be read against them. The city's figures are the bureau's 2024
// work summary (DOMAIN.md, marked "city"); [A] marks a split we had to assume. `tiny` is the same
// shape for a few hundred people, with integers chosen (not a fraction of the city rounded), for
// the CI run that checks its report exactly. A province is ten such cities. Pure.
import { CITY_PROFILE, type PopulationProfile } from '../population/profile';

export type YearScale = 'tiny' | 'city' | 'province';
export const YEAR_SCALES: readonly YearScale[] = ['tiny', 'city', 'province'];

/** A figure of the year and where it comes from. */
export interface Cited {
  n: number;
  cites: string;
}

export interface YearVolumes {
  /** Deaths registered in the year, of people of the registers so that their cascades run. */
  deaths: Cited;
  /** Of them: aged 80+ on 1 January (high-age allowance), 60–79, and adults under 60. */
  deathsAged80Plus: Cited;
  deathsAged60To79: Cited;
  deathsUnder60: Cited;
  /** Of the deaths: Hui, buried (the burial exemption); every other death is cremated. */
  huiBurials: Cited;
  /** Marriages registered in the year, of which retroactive registrations (补办). */
  marriages: Cited;
  retroactiveMarriages: Cited;
  /** Joint divorce applications received in the year, and divorces registered from them in it. */
  divorceApplications: Cited;
  divorceRegistrations: Cited;
  /** Subsidised canteen meals of the year's diners and the subsidy they carry (fen); one meal a diner a day. */
  subsidisedMeals: Cited;
  mealSubsidyFen: Cited;
  /** Home-care (居家养老) visits in the year, the elders they serve and the subsidy they carry (fen). */
  homeCareElders: Cited;
  homeCareVisits: Cited;
  homeCareSubsidyFen: Cited;
}

export interface YearProfile {
  scale: YearScale;
  /** The registers loaded on the first day (scripts/population). */
  population: PopulationProfile;
  volumes: YearVolumes;
}

const CITY_VOLUMES: YearVolumes = {
  deaths: { n: 3_715, cites: 'DOMAIN §6 Funeral: city 2024, 3,715 deaths' },
  deathsAged80Plus: { n: 1_860, cites: '[A] half of the deaths, of the 15,997 aged 80+ (DOMAIN §4)' },
  deathsAged60To79: { n: 1_485, cites: '[A] 40% of the deaths' },
  deathsUnder60: { n: 370, cites: '[A] the remaining 10%, adults of the assistance registers' },
  huiBurials: { n: 47, cites: 'DOMAIN §6 Funeral: city 2024, 47 Hui burials' },
  marriages: { n: 3_104, cites: 'DOMAIN §6 Marriage: city 2024, 3,104 marriages' },
  retroactiveMarriages: { n: 450, cites: 'DOMAIN §6 Marriage: city 2024, 450 retroactive registrations (补办), kind RETROACTIVE' },
  divorceApplications: { n: 681, cites: 'DOMAIN §6 Divorce by agreement: city 2024, 681 applications' },
  divorceRegistrations: { n: 418, cites: 'DOMAIN §6 Divorce by agreement: city 2024, 418 registrations' },
  subsidisedMeals: {
    n: 429_400,
    cites: 'DOMAIN §7 Canteen: city 2024, 429.4k subsidised meals. The summary counts two years (seeds/city-2024-figures.json); [A] the year serves them all in 2024, so that the report reads against the figure',
  },
  mealSubsidyFen: {
    n: 127_050_000,
    cites: 'DOMAIN §7 Canteen: 1.2705 million yuan (≈ 2.96 yuan a meal, two years as above); with the tiers of the reference data (2/3/5 yuan) that mean asks for many meals of diners aged 80+, 90+ or on 低保/特困',
  },
  homeCareElders: { n: 42, cites: 'DOMAIN §4 Home care: city, 42 elders, 1,104 visits, 200k yuan' },
  homeCareVisits: { n: 1_104, cites: 'DOMAIN §4 Home care: city, 1,104 visits' },
  homeCareSubsidyFen: { n: 20_000_000, cites: 'DOMAIN §4 Home care: city, 200k yuan of subsidy, ≈ 181 yuan a visit: mostly half-day care visits of the reference catalogue' },
};

/** A few hundred people: enough of each kind of register for every cascade, small enough for CI. */
const TINY_POPULATION: PopulationProfile = {
  ...CITY_PROFILE,
  aged60Plus: 200,
  aged80Plus: 40,
  aged100Plus: 1,
  dibaoHouseholds: 16,
  tekunPersons: 5,
  children: { ORPHAN: 2, DE_FACTO_UNSUPPORTED: 3, IN_DIFFICULTY: 8, RURAL_LEFT_BEHIND: 8 },
  diners: 60,
  townships: 3,
  villages: 6,
};

const TINY = 'tiny: chosen, about a hundredth of the city';
const TINY_VOLUMES: YearVolumes = {
  deaths: { n: 37, cites: `${TINY} (3,715)` },
  deathsAged80Plus: { n: 15, cites: `${TINY}, of the 40 aged 80+` },
  deathsAged60To79: { n: 16, cites: TINY },
  deathsUnder60: { n: 6, cites: TINY },
  huiBurials: { n: 2, cites: `${TINY}: 0.47 raised to 2 so that the burial exemption is exercised` },
  marriages: { n: 31, cites: `${TINY} (3,104)` },
  retroactiveMarriages: { n: 5, cites: `${TINY} (450)` },
  divorceApplications: { n: 7, cites: `${TINY} (681)` },
  divorceRegistrations: { n: 4, cites: `${TINY} (418)` },
  subsidisedMeals: { n: 4_294, cites: `${TINY} (429,400), for the 60 diners` },
  mealSubsidyFen: { n: 1_270_500, cites: `${TINY} (127,050,000 fen)` },
  homeCareElders: { n: 4, cites: `${TINY}: 0.42 raised to 4` },
  homeCareVisits: { n: 24, cites: `${TINY}: 11 raised to 24, six a visited elder` },
  homeCareSubsidyFen: { n: 434_500, cites: `${TINY}: about 181 yuan a visit, as in the city` },
};

function times(volumes: YearVolumes, k: number, note: string): YearVolumes {
  return Object.fromEntries(Object.entries(volumes).map(([key, figure]: [string, Cited]) => [key, { n: figure.n * k, cites: `${note}: ${figure.cites}` }])) as unknown as YearVolumes;
}

export function yearProfileFor(scale: YearScale): YearProfile {
  if (scale === 'tiny') return { scale, population: TINY_POPULATION, volumes: TINY_VOLUMES };
  if (scale === 'city') return { scale, population: CITY_PROFILE, volumes: CITY_VOLUMES };
  return { scale, population: { ...CITY_PROFILE, cities: 10 }, volumes: times(CITY_VOLUMES, 10, 'ten cities') };
}

/** Why a profile cannot be planned (parts that do not add up, more of a part than there is of the whole). */
export function profileProblems(profile: YearProfile): string[] {
  const v = profile.volumes;
  const problems: string[] = [];
  for (const [key, figure] of Object.entries(v) as Array<[string, Cited]>) {
    if (!Number.isInteger(figure.n) || figure.n < 0) problems.push(`${key} must be a whole number ≥ 0, got ${figure.n}`);
  }
  const split = v.deathsAged80Plus.n + v.deathsAged60To79.n + v.deathsUnder60.n;
  if (split !== v.deaths.n) problems.push(`deaths by age add up to ${split}, not ${v.deaths.n}`);
  if (v.huiBurials.n > v.deaths.n) problems.push('more Hui burials than deaths');
  if (v.retroactiveMarriages.n > v.marriages.n) problems.push('more retroactive marriages than marriages');
  if (v.divorceRegistrations.n > v.divorceApplications.n) problems.push('more divorce registrations than applications');
  // This year's divorces come from this year's marriages (see plan.ts).
  if (v.divorceApplications.n > v.marriages.n) problems.push('more divorce applications than marriages');
  if (v.subsidisedMeals.n > 0 && profile.population.diners === 0) problems.push('meals but no diners');
  if (v.homeCareElders.n > v.homeCareVisits.n) problems.push('more home-care elders than visits');
  if (v.homeCareVisits.n > 0 && v.homeCareElders.n === 0) problems.push('home-care visits but no elders');
  const cities = profile.population.cities;
  if (v.deathsAged80Plus.n > profile.population.aged80Plus * cities) problems.push('more deaths aged 80+ than people aged 80+');
  return problems;
}
