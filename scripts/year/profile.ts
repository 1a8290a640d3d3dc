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
  /** Child welfare (kinds/child-*.ts): help needs raised in the year, each closed when handled. */
  helpNeeds: Cited;
  /** Cadres each paired with an at-risk child early in the year, who visit in rounds (kinds/child-pairings.ts). */
  pairingCadres: Cited;
  /** Adoptions, all of relatives' children: children orphaned in the year, adopted by an aunt and her husband. */
  adoptions: Cited;
  /** Study grants for the autumn term: 福彩圆梦 to orphans in school, and to de facto unsupported children. */
  fucaiGrants: Cited;
  deFactoGrants: Cited;
  /** Student aid paid through the education authority, per term, to orphans and de facto unsupported children at school age. */
  studentAidPerTerm: Cited;
  /** Volunteers registered in the year, the activities they serve at and the children those serve. */
  volunteers: Cited;
  volunteerActivities: Cited;
  volunteerChildrenServed: Cited;
  /** Charity: money raised in fen by so many donations to the counties' funds, children aided (one grant each). */
  charityRaisedFen: Cited;
  charityDonations: Cited;
  charityChildrenAided: Cited;
  /** Civil registration's smaller work (kinds/registration-services.ts, kinds/place-names.ts). */
  groupCeremonies: Cited;
  otherCeremonies: Cited;
  counsellingCouples: Cited;
  mediationCouples: Cited;
  placeNamesNamed: Cited;
  placeNamesCollected: Cited;
  /** Ashes of the year's cremations laid in public-welfare cemeteries and ash halls (kinds/ash-placements.ts), and of them in plots rather than niches. */
  ashPlacements: Cited;
  ashPlacementsInPlots: Cited;
  /** 低保 applications of households new to the registers during the year, and of them refused after the investigation. */
  dibaoApplications: Cited;
  dibaoRefusals: Cited;
  /** Of the approved 低保 applications, those whose public notice draws an objection (found unfounded). */
  dibaoObjections: Cited;
  /** 特困 applications of people new to the registers during the year, and of them refused. */
  tekunApplications: Cited;
  tekunRefusals: Cited;
  /** 低保 households of the registers stopped during the year other than by death: income rose (not from work), moved away. */
  dibaoStopsIncome: Cited;
  dibaoStopsMovedAway: Cited;
  /** Temporary relief (临时救助) grants to people of the registers. */
  temporaryReliefGrants: Cited;
  /** People taken in by the rescue station (流浪乞讨), and of them minors. */
  vagrantPersons: Cited;
  vagrantMinors: Cited;
  /** "物质+服务": dispersed 特困 people and economically difficult elders aged 80+ served, and their household-visits. */
  cashPlusTekunPersons: Cited;
  cashPlusElderPersons: Cited;
  cashPlusVisits: Cited;
  /** Subsidised canteen meals of the year's diners and the subsidy they carry (fen); one meal a diner a day. */
  subsidisedMeals: Cited;
  mealSubsidyFen: Cited;
  /** Home-care (居家养老) visits in the year, the elders they serve and the subsidy they carry (fen). */
  homeCareElders: Cited;
  homeCareVisits: Cited;
  homeCareSubsidyFen: Cited;
  /** 一卡通: payees of the registers without an account on 1 January (their lines held until they get one), and payees whose account fails at the bank each month from January to November. */
  payeesWithoutAccount: Cited;
  paymentFailuresPerMonth: Cited;
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
  helpNeeds: { n: 1_194, cites: 'DOMAIN §5 Risk ledger: city 1,194 help needs' },
  pairingCadres: { n: 2_010, cites: 'DOMAIN §5 Staff and pairing: city 2,010 cadres; [A] one at-risk child each' },
  adoptions: { n: 4, cites: 'DOMAIN §5 Adoption registration: city 2024, 4 registrations, all of relatives’ children' },
  fucaiGrants: { n: 29, cites: 'DOMAIN §5 Study grants: city 145k yuan of 福彩圆梦 grants at 5,000 yuan a term (policy child-welfare.study-grant-fen-per-term) = 29 grants' },
  deFactoGrants: { n: 5, cites: 'DOMAIN §5 Study grants: city 10k yuan for de facto unsupported children at 2,000 yuan a term = 5 grants' },
  studentAidPerTerm: {
    n: 280,
    cites: '[A] most of the registered orphans and de facto unsupported children aged 3+ (about 300 of 430 once the registers are made to hold the year-end figures); the summary’s 37,698 spring person-times are every pupil the education authorities aided, most of them not in the ledger',
  },
  volunteers: { n: 130, cites: 'DOMAIN §5 Volunteers and charity: city 130+ volunteers' },
  volunteerActivities: { n: 56, cites: '[A] about one activity a month in each of a few townships, 20 children each' },
  volunteerChildrenServed: { n: 1_120, cites: 'DOMAIN §5 Volunteers and charity: city 1,120+ children served' },
  charityRaisedFen: { n: 73_000_000, cites: 'DOMAIN §5 Volunteers and charity: city 730k yuan raised' },
  charityDonations: { n: 146, cites: '[A] 5,000 yuan a donation on average' },
  charityChildrenAided: { n: 1_279, cites: 'DOMAIN §5 Volunteers and charity: city 1,279 children aided' },
  groupCeremonies: { n: 21, cites: 'DOMAIN §6 Services around registration: city 21 group ceremonies (集体颁证)' },
  otherCeremonies: { n: 420, cites: 'DOMAIN §6 Services around registration: city 420+ other ceremonies, one couple each at their registration' },
  counsellingCouples: { n: 1_107, cites: 'DOMAIN §6 Services around registration: city 1,107 couples in premarital counselling' },
  mediationCouples: { n: 186, cites: 'DOMAIN §6 Services around registration: city 186 couples in divorce mediation' },
  placeNamesNamed: { n: 19, cites: 'DOMAIN §6 Place names: city 2024, 19 naming records' },
  placeNamesCollected: { n: 2_868, cites: 'DOMAIN §6 Place names: city 2024, 2,868 rural names collected' },
  ashPlacements: {
    n: 3_668,
    cites: 'DOMAIN §6 Cemeteries: ash-burial rate (骨灰安葬率) 100% of the year’s cremations (seeds/city-2024-figures.json ashBurialRate): the 3,715 deaths less the 47 Hui burials, every one laid in a public-welfare cemetery or a rural ash hall',
  },
  ashPlacementsInPlots: { n: 1_100, cites: '[A] the summary does not split plots from niches: about 30% of the ashes in plots (骨灰墓穴), the rest in niches, as land-saving burial (节地生态安葬) asks' },
  dibaoApplications: { n: 1_200, cites: '[A] about an eighth of the 9,700 低保 households (the summary gives no count of new ones)' },
  dibaoRefusals: { n: 200, cites: '[A] one in six applications refused after the household visit (per-capita income above the standard)' },
  dibaoObjections: { n: 50, cites: '[A] one in twenty of the 1,000 public notices of the year draws an objection (the summary gives no count), each found unfounded at the check' },
  tekunApplications: { n: 150, cites: '[A] about a tenth of the 1,450 特困 persons of the registers come new in a year (the summary gives no count of new ones)' },
  tekunRefusals: { n: 25, cites: '[A] one in six applications refused: the household visit finds a legal supporter able to support them' },
  dibaoStopsIncome: { n: 600, cites: '[A] the summary gives no count of stops; with the applications, the registers about balance' },
  dibaoStopsMovedAway: { n: 200, cites: '[A] a quarter of the stops other than by death' },
  temporaryReliefGrants: { n: 240, cites: '[A] twenty a month (the summary gives no count of 临时救助)' },
  vagrantPersons: { n: 52, cites: 'DOMAIN §3 Vagrant relief: city 2024, 52 persons helped (seeds/city-2024-figures.json vagrant.persons)' },
  vagrantMinors: { n: 4, cites: '[A] of the 52, minors (handed to the minor-protection centre unless 寻亲 finds a parent)' },
  cashPlusTekunPersons: { n: 258, cites: 'DOMAIN §3 "物质+服务": city, 258 特困 (seeds/city-2024-figures.json cashPlus.tekunPersons)' },
  cashPlusElderPersons: { n: 174, cites: 'DOMAIN §3 "物质+服务": city, 174 elders (cashPlus.elderPersons)' },
  cashPlusVisits: { n: 3_375, cites: '[A] the pilot (2023-07 to 2024-06) had 8,099 household-visits over 12 months (DOMAIN §3); the year has its 5 months from February, when the registers are paid: 8,099 × 5 / 12' },
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
  payeesWithoutAccount: { n: 150, cites: '[A] about 0.5% of the ~28,000 people paid every month (15,997 aged 80+, 9,700 低保 households, 1,450 特困, 430 orphans and de facto unsupported children) still waiting for their 惠民惠农 card on 1 January' },
  paymentFailuresPerMonth: { n: 60, cites: '[A] about 0.2% of the ~28,000 people paid each month: cards closed, unknown, frozen or in another name, returned FAILED by the bank (DOMAIN §8)' },
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
  // Chosen beside what the reference data holds in the tiny geography's three townships (3
  // community centres, 2 rural homes, 4 activity rooms, the street centre; the 15 institutions
  // with 1,349 beds; 1 urban and 5 rural cemeteries): a community centre more for the township
  // without one, and one more of each other kind, so that every kind is generated.
  facilities: { STREET_CENTRE: 1, COMMUNITY_HOME_CARE_CENTRE: 4, RURAL_HAPPINESS_HOME: 3, ACTIVITY_ROOM: 8 },
  careWorkers: 3,
  cemeteries: { URBAN_PUBLIC_WELFARE_CEMETERY: 1, RURAL_PUBLIC_WELFARE_CEMETERY: 3, RURAL_ASH_HALL: 4 },
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
  helpNeeds: { n: 12, cites: `${TINY} (1,194)` },
  pairingCadres: { n: 6, cites: `${TINY}: of the 13 at-risk children (2,010)` },
  adoptions: { n: 1, cites: `${TINY}: 0.04 raised to 1 so that an adoption is registered (4)` },
  fucaiGrants: { n: 1, cites: `${TINY}: of the 2 orphans (29)` },
  deFactoGrants: { n: 1, cites: `${TINY}: of the 3 de facto unsupported children (5)` },
  studentAidPerTerm: { n: 3, cites: `${TINY}: of the 5 orphans and de facto unsupported children (330)` },
  volunteers: { n: 3, cites: `${TINY} (130)` },
  volunteerActivities: { n: 2, cites: `${TINY} (56)` },
  volunteerChildrenServed: { n: 12, cites: `${TINY} (1,120)` },
  charityRaisedFen: { n: 730_000, cites: `${TINY} (730k yuan)` },
  charityDonations: { n: 3, cites: `${TINY}: one for each county with a fund (146)` },
  charityChildrenAided: { n: 4, cites: `${TINY} (1,279)` },
  groupCeremonies: { n: 1, cites: `${TINY}: 0.21 raised to 1 so that a group ceremony is held (21)` },
  otherCeremonies: { n: 4, cites: `${TINY} (420)` },
  counsellingCouples: { n: 11, cites: `${TINY} (1,107)` },
  mediationCouples: { n: 2, cites: `${TINY} (186)` },
  placeNamesNamed: { n: 1, cites: `${TINY}: 0.19 raised to 1 (19)` },
  placeNamesCollected: { n: 29, cites: `${TINY} (2,868)` },
  ashPlacements: { n: 35, cites: `${TINY}: every one of the 35 cremations (37 deaths less 2 Hui burials), as the city's 100% (3,668)` },
  ashPlacementsInPlots: { n: 10, cites: `${TINY} (1,100)` },
  dibaoApplications: { n: 6, cites: `${TINY}: of the registers' 16 低保 households, as the city's 1,200 of 9,700` },
  dibaoRefusals: { n: 2, cites: `${TINY} (200 of 1,200): 2 so that a refusal is exercised beside the approvals` },
  dibaoObjections: { n: 1, cites: `${TINY}: 0.2 raised to 1 so that an objection is raised and resolved (50)` },
  tekunApplications: { n: 3, cites: `${TINY} (150)` },
  tekunRefusals: { n: 1, cites: `${TINY}: 0.5 raised to 1 so that a refusal is exercised (25)` },
  dibaoStopsIncome: { n: 2, cites: `${TINY} (600)` },
  dibaoStopsMovedAway: { n: 1, cites: `${TINY} (200)` },
  temporaryReliefGrants: { n: 4, cites: `${TINY} (240)` },
  vagrantPersons: { n: 5, cites: `${TINY} (52)` },
  vagrantMinors: { n: 1, cites: `${TINY} (4)` },
  cashPlusTekunPersons: { n: 2, cites: `${TINY} (258)` },
  cashPlusElderPersons: { n: 1, cites: `${TINY} (174)` },
  cashPlusVisits: { n: 20, cites: `${TINY}: the three people's five months, one of them visited twice a month` },
  subsidisedMeals: { n: 4_294, cites: `${TINY} (429,400), for the 60 diners` },
  mealSubsidyFen: { n: 1_270_500, cites: `${TINY} (127,050,000 fen)` },
  homeCareElders: { n: 4, cites: `${TINY}: 0.42 raised to 4` },
  homeCareVisits: { n: 24, cites: `${TINY}: 11 raised to 24, six a visited elder` },
  homeCareSubsidyFen: { n: 434_500, cites: `${TINY}: about 181 yuan a visit, as in the city` },
  payeesWithoutAccount: { n: 2, cites: `${TINY}: two, so that held lines are seen` },
  paymentFailuresPerMonth: { n: 1, cites: `${TINY}: one a month, so that every month has a failure and its re-issue` },
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
  // Ceremonies, counselling and mediation are for this year's couples (kinds/registration-services.ts).
  if (v.otherCeremonies.n + 2 * v.groupCeremonies.n > v.marriages.n) problems.push('more couples at ceremonies than marriages');
  if (v.counsellingCouples.n > v.marriages.n - v.retroactiveMarriages.n) problems.push('more couples counselled than marriages registered anew');
  if (v.mediationCouples.n > v.divorceApplications.n) problems.push('more couples mediated than divorce applications');
  if (v.volunteerActivities.n > 0 && v.volunteers.n === 0) problems.push('volunteer activities without volunteers');
  if (v.volunteerChildrenServed.n > 0 && v.volunteerActivities.n === 0) problems.push('children served by volunteers without activities');
  if (v.charityRaisedFen.n < v.charityDonations.n * 100) problems.push('charity donations of less than a yuan each');
  if (v.charityChildrenAided.n > 0 && v.charityDonations.n === 0) problems.push('children aided by charity without donations');
  if (v.ashPlacements.n > v.deaths.n - v.huiBurials.n) problems.push('more ash placements than cremations');
  if (v.ashPlacementsInPlots.n > v.ashPlacements.n) problems.push('more ash placements in plots than ash placements');
  if (v.dibaoRefusals.n > v.dibaoApplications.n) problems.push('more 低保 refusals than applications');
  if (v.dibaoObjections.n > v.dibaoApplications.n - v.dibaoRefusals.n) problems.push('more 低保 objections than public notices');
  if (v.tekunRefusals.n > v.tekunApplications.n) problems.push('more 特困 refusals than applications');
  if (v.vagrantMinors.n > v.vagrantPersons.n) problems.push('more vagrant minors than vagrant persons');
  if (v.subsidisedMeals.n > 0 && profile.population.diners === 0) problems.push('meals but no diners');
  if (v.homeCareElders.n > v.homeCareVisits.n) problems.push('more home-care elders than visits');
  if (v.homeCareVisits.n > 0 && v.homeCareElders.n === 0) problems.push('home-care visits but no elders');
  const cities = profile.population.cities;
  if (v.deathsAged80Plus.n > profile.population.aged80Plus * cities) problems.push('more deaths aged 80+ than people aged 80+');
  return problems;
}
