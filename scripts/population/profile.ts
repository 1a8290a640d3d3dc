// What the synthetic population must look like: the city's 2024 work summary (docs/domain.md)
// where it has a figure, marked [A] where we had to assume one. A province is ten such cities.
// The registers' figures are the city's whole registers: what the reference data
// (seeds/reference) already holds of them is generated no second time (scripts/population/registers.ts).

export type Scale = 'city' | 'province';

export interface PopulationProfile {
  /** Cities generated, each with the same geography and figures. */
  cities: number;
  /** People aged 60+ per city (city 2024: 126.3k, 18.2% of the population). */
  aged60Plus: number;
  /** Share of the population aged 60+ (city 2024: 18.2%). */
  aged60PlusShare: number;
  /** Aged 80+ per city, 100+ included (city 2024: 15,997). */
  aged80Plus: number;
  /** Aged 100+ per city (city 2024: 43). */
  aged100Plus: number;
  /** 低保 households per city [A: the summary gives payroll money, not households]. */
  dibaoHouseholds: number;
  /** 特困 persons per city, each in a household of their own [A]. */
  tekunPersons: number;
  /** Children per category per city: at-risk minors 4,907 = orphans + de facto unsupported + in difficulty [A: split]; left-behind 5,882. */
  children: { ORPHAN: number; DE_FACTO_UNSUPPORTED: number; IN_DIFFICULTY: number; RURAL_LEFT_BEHIND: number };
  /** Canteen diners per city [A: 429.4k subsidised meals a year is ≈ 6,000 regular diners]. */
  diners: number;
  /** Canteens per city (city 2024: 12). */
  canteens: number;
  /**
   * Townships and villages (and urban communities) per city: a child supervisor (儿童督导员) is
   * appointed per township and a child director (儿童主任) per village (city 2024: 21 and 222).
   */
  townships: number;
  villages: number;
  /**
   * Community elderly care facilities per city, by type (city 2024, DOMAIN §4: 1 street
   * comprehensive centre, 63 community home-care centres, 41 rural happiness homes, 761 activity
   * rooms). Every township has a community centre at least (the summary's 100% day-care coverage
   * of townships), no two centres in one community.
   */
  facilities: { STREET_CENTRE: number; COMMUNITY_HOME_CARE_CENTRE: number; RURAL_HAPPINESS_HOME: number; ACTIVITY_ROOM: number };
  /** Elderly care institutions per city and their beds (city 2024, DOMAIN §4: 15 with 1,349 beds, the reference data's). */
  institutions: number;
  institutionBeds: number;
  /** Certified care workers (养老护理员) at work in the institutions per city (city 2024, DOMAIN §4: 44). */
  careWorkers: number;
  /**
   * Public-welfare cemeteries per city (city 2024, DOMAIN §6: 1 urban + 180 rural cemeteries and
   * ash halls) [A: the 180 split as a rural cemetery per township, 21, and 159 village ash halls].
   */
  cemeteries: { URBAN_PUBLIC_WELFARE_CEMETERY: number; RURAL_PUBLIC_WELFARE_CEMETERY: number; RURAL_ASH_HALL: number };
}

export const CITY_PROFILE: PopulationProfile = {
  cities: 1,
  aged60Plus: 126_300,
  aged60PlusShare: 0.182,
  aged80Plus: 15_997,
  aged100Plus: 43,
  dibaoHouseholds: 9_700,
  tekunPersons: 1_450,
  children: { ORPHAN: 120, DE_FACTO_UNSUPPORTED: 310, IN_DIFFICULTY: 4_477, RURAL_LEFT_BEHIND: 5_882 },
  diners: 6_000,
  canteens: 12,
  townships: 21,
  villages: 222,
  facilities: { STREET_CENTRE: 1, COMMUNITY_HOME_CARE_CENTRE: 63, RURAL_HAPPINESS_HOME: 41, ACTIVITY_ROOM: 761 },
  institutions: 15,
  institutionBeds: 1_349,
  careWorkers: 44,
  cemeteries: { URBAN_PUBLIC_WELFARE_CEMETERY: 1, RURAL_PUBLIC_WELFARE_CEMETERY: 21, RURAL_ASH_HALL: 159 },
};

export function profileFor(scale: Scale): PopulationProfile {
  return scale === 'city' ? CITY_PROFILE : { ...CITY_PROFILE, cities: 10 };
}

/** The total population the elderly figures imply: 126,300 / 18.2% = 693,956 per city. */
export function totalPopulation(profile: PopulationProfile): number {
  return Math.round(profile.aged60Plus / profile.aged60PlusShare) * profile.cities;
}
