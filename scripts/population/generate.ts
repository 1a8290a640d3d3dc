// Deterministic synthetic population (DOMAIN figures via profile.ts): elders, 低保 and 特困
// households, children in each category with their parents, canteen diners, and the city's
// registers beside them (registers.ts: facilities, institutions, care workers, child directors and
// supervisors, cemeteries). Pure: the seed, the profile and the as-of date decide everything.
// Every resident ID is a valid GB 11643 number, unique across the whole population.
import { AGE_100_PLUS, AGE_60_79, AGE_80_99, birthDateForAge, daysBefore, geography, pad, PersonFactory, type Geography, type Person } from './people';
import { mulberry32, type Random } from './prng';
import { totalPopulation, type PopulationProfile } from './profile';
import { REFERENCE_SAMPLE, sampleOfCity } from './reference-sample';
import { emptyRegisters, generateRegisters, type Registers } from './registers';

export interface MemberSeed {
  residentId: string;
  name: string;
  relation: 'APPLICANT' | 'SPOUSE' | 'CHILD';
  incomes: Array<{ source: 'WAGES' | 'PENSION'; monthlyFen: number }>;
  categories: string[];
}
export interface HouseholdSeed {
  program: 'DIBAO' | 'TEKUN';
  area: 'URBAN' | 'RURAL';
  regionCode: string;
  financialAssetsFen: number;
  members: MemberSeed[];
  /** For 特困: the person applying and their care situation. */
  tekun?: { residentId: string; careForm: 'DISPERSED' | 'CENTRAL'; unableActivities: number; institution?: string };
}
export type ChildCategory = 'ORPHAN' | 'DE_FACTO_UNSUPPORTED' | 'IN_DIFFICULTY' | 'RURAL_LEFT_BEHIND';
export interface GuardianSeed {
  residentId: string;
  name: string;
  relation: 'FATHER' | 'MOTHER';
  deceasedOn?: string;
  jailedSince?: string;
  severelyDisabled?: boolean;
  seriouslyIll?: boolean;
  awayForWork?: boolean;
}
export interface ChildSeed {
  residentId: string;
  name: string;
  birthDate: string;
  villageCode: string;
  carerName: string;
  carerRelation: string;
  guardians: GuardianSeed[];
  riskTier: 'RED' | 'ORANGE' | 'GREEN';
  category: ChildCategory;
}
export interface DinerSeed {
  residentId: string;
  name: string;
  cardNumber: string;
  /** 0-based index into the canteens of the platform, sorted by name. */
  canteenNo: number;
}
export interface Population {
  seed: number;
  asOf: string;
  totalPopulation: number;
  elders: Person[];
  households: HouseholdSeed[];
  children: ChildSeed[];
  diners: DinerSeed[];
  /** The city's registers beside its people, the reference data's part left out. */
  registers: Registers;
}

export type { Person } from './people';

/** City 2024 rural 低保 standard, 6431 yuan a year, per month in fen: incomes are kept below it. */
export const RURAL_DIBAO_MONTHLY_FEN = Math.floor(643_100 / 12);

function member(person: Person, relation: MemberSeed['relation'], categories: string[]): MemberSeed {
  return { residentId: person.residentId, name: person.name, relation, incomes: [], categories };
}

export function dibaoHousehold(random: Random, people: PersonFactory, geo: Geography, takeElder: () => Person): HouseholdSeed {
  const shape = random.next();
  let members: MemberSeed[];
  // ELDERLY and MINOR are derived by the service from the birth date, never sent.
  let elderlyApplicant = false;
  if (shape < 0.45) {
    elderlyApplicant = random.chance(0.7);
    members = elderlyApplicant
      ? [member(takeElder(), 'APPLICANT', [])]
      : [member(people.person(geo, random.int(30, 59)), 'APPLICANT', [random.pick(['SERIOUSLY_ILL', 'SEVERELY_DISABLED'])])];
  } else if (shape < 0.8) {
    elderlyApplicant = random.chance(0.5);
    members = elderlyApplicant
      ? [member(takeElder(), 'APPLICANT', []), member(takeElder(), 'SPOUSE', [])]
      : [member(people.person(geo, random.int(25, 50)), 'APPLICANT', ['SINGLE_PARENT']), member(people.person(geo, random.int(1, 15)), 'CHILD', [])];
  } else {
    members = [member(people.person(geo, random.int(28, 50)), 'APPLICANT', []), member(people.person(geo, random.int(28, 50)), 'SPOUSE', [])];
    for (let i = random.int(1, 2); i > 0; i--) members.push(member(people.person(geo, random.int(1, 16)), 'CHILD', []));
  }
  // Per-capita income below 60% of the (lower) rural standard: eligible in town and country.
  const total = Math.floor(random.next() * 0.6 * RURAL_DIBAO_MONTHLY_FEN) * members.length;
  if (total > 0) members[0].incomes = [{ source: elderlyApplicant ? 'PENSION' : 'WAGES', monthlyFen: total }];
  return {
    program: 'DIBAO',
    area: random.chance(0.6) ? 'URBAN' : 'RURAL',
    regionCode: random.pick(geo.townships),
    financialAssetsFen: random.int(0, 6 * RURAL_DIBAO_MONTHLY_FEN * members.length),
    members,
  };
}

function tekunHousehold(random: Random, people: PersonFactory, geo: Geography, takeElder: () => Person): HouseholdSeed {
  const elderly = random.chance(0.8);
  const person = elderly ? takeElder() : people.person(geo, random.int(20, 59));
  const seed = member(person, 'APPLICANT', elderly ? [] : ['SEVERELY_DISABLED']);
  const pension = random.chance(0.5) ? Math.floor(random.next() * 0.3 * RURAL_DIBAO_MONTHLY_FEN) : 0;
  if (pension > 0) seed.incomes = [{ source: 'PENSION', monthlyFen: pension }];
  return {
    program: 'TEKUN',
    area: random.chance(0.6) ? 'URBAN' : 'RURAL',
    regionCode: person.townshipCode,
    financialAssetsFen: random.int(0, 3 * RURAL_DIBAO_MONTHLY_FEN),
    members: [seed],
    tekun: tekunCare(person, random.chance(0.85) ? 'DISPERSED' : 'CENTRAL', random.int(0, 6)),
  };
}

/** Central care is paid to the institution the person lives in: the township's home for the aged. */
function tekunCare(person: Person, careForm: 'DISPERSED' | 'CENTRAL', unableActivities: number): NonNullable<HouseholdSeed['tekun']> {
  const care = { residentId: person.residentId, careForm, unableActivities };
  return careForm === 'CENTRAL' ? { ...care, institution: `${person.townshipCode}乡镇敬老院（示例）` } : care;
}

function incapacity(random: Random, asOf: string): Partial<GuardianSeed> {
  const kind = random.int(0, 2);
  if (kind === 0) return { severelyDisabled: true };
  if (kind === 1) return { seriouslyIll: true };
  // In prison for longer than the 6-month threshold.
  return { jailedSince: daysBefore(asOf, random.int(7 * 31, 4 * 365)) };
}

export function child(random: Random, people: PersonFactory, geo: Geography, asOf: string, category: ChildCategory): ChildSeed {
  // At most 13 on the as-of date, so still a minor under 16 when loaded up to two years later.
  const person = people.person(geo, random.int(1, 13));
  const parent = (relation: 'FATHER' | 'MOTHER'): GuardianSeed => {
    const birthDate = birthDateForAge(random, person.birthDate, random.int(relation === 'FATHER' ? 22 : 20, 40));
    const p = people.person(geo, 0, relation === 'FATHER' ? 'M' : 'F', birthDate);
    return { residentId: p.residentId, name: p.name, relation };
  };
  const father = parent('FATHER');
  const mother = parent('MOTHER');
  const diedOn = (): string => daysBefore(asOf, random.int(31, Math.max(31, Math.floor((Date.parse(asOf) - Date.parse(person.birthDate)) / 86_400_000))));
  if (category === 'ORPHAN') {
    father.deceasedOn = diedOn();
    mother.deceasedOn = diedOn();
  } else if (category === 'DE_FACTO_UNSUPPORTED') {
    if (random.chance(0.5)) father.deceasedOn = diedOn();
    else Object.assign(father, incapacity(random, asOf));
    Object.assign(mother, incapacity(random, asOf));
  } else if (category === 'IN_DIFFICULTY') {
    const affected = random.chance(0.5) ? father : mother;
    if (random.chance(0.3)) affected.deceasedOn = diedOn();
    else Object.assign(affected, random.chance(0.5) ? { severelyDisabled: true } : { seriouslyIll: true });
  } else {
    father.awayForWork = true;
    mother.awayForWork = true;
  }
  const riskTier = category === 'RURAL_LEFT_BEHIND' ? (random.chance(0.9) ? 'GREEN' : 'ORANGE') : random.chance(0.1) ? 'RED' : random.chance(0.5) ? 'ORANGE' : 'GREEN';
  const carerRelation = random.pick(['GRANDMOTHER', 'GRANDFATHER', 'AUNT', 'UNCLE']);
  return {
    residentId: person.residentId,
    name: person.name,
    birthDate: person.birthDate,
    villageCode: random.pick(geo.villages),
    carerName: people.name(),
    carerRelation,
    guardians: [father, mother],
    riskTier,
    category,
  };
}

/** The whole population for `profile` as of `asOf` (YYYY-MM-DD); the same inputs give the same output. */
export function generatePopulation(profile: PopulationProfile, seed: number, asOf: string): Population {
  const random = mulberry32(seed);
  const people = new PersonFactory(random, asOf);
  const population: Population = { seed, asOf, totalPopulation: totalPopulation(profile), elders: [], households: [], children: [], diners: [], registers: emptyRegisters() };
  let card = 0;
  for (let city = 1; city <= profile.cities; city++) {
    const geo = geography(city, profile);
    const elders: Person[] = [];
    const bands: Array<[number, (r: Random) => number]> = [
      [profile.aged100Plus, AGE_100_PLUS],
      [profile.aged80Plus - profile.aged100Plus, AGE_80_99],
      [profile.aged60Plus - profile.aged80Plus, AGE_60_79],
    ];
    for (const [n, age] of bands) for (let i = 0; i < n; i++) elders.push(people.person(geo, age(random)));
    for (const elder of elders) population.elders.push(elder);

    // Elders on 低保/特困 come out of the registry, each at most once.
    const pool = random.shuffle(elders);
    const takeElder = (): Person => {
      const next = pool.pop();
      if (!next) throw new Error('not enough elders for the 低保/特困 households');
      return next;
    };
    for (let i = 0; i < profile.dibaoHouseholds; i++) population.households.push(dibaoHousehold(random, people, geo, takeElder));
    for (let i = 0; i < profile.tekunPersons; i++) population.households.push(tekunHousehold(random, people, geo, takeElder));

    for (const category of ['ORPHAN', 'DE_FACTO_UNSUPPORTED', 'IN_DIFFICULTY', 'RURAL_LEFT_BEHIND'] as const) {
      for (let i = 0; i < profile.children[category]; i++) population.children.push(child(random, people, geo, asOf, category));
    }

    for (const elder of random.shuffle(elders).slice(0, profile.diners)) {
      population.diners.push({ residentId: elder.residentId, name: elder.name, cardNumber: `SEED-${pad(++card, 8)}`, canteenNo: card % profile.canteens });
    }
  }
  // After all the people, so that a city's people are the same with or without its registers.
  const registers = population.registers;
  for (let city = 1; city <= profile.cities; city++) {
    const r = generateRegisters(random, people, geography(city, profile), city, profile, sampleOfCity(REFERENCE_SAMPLE, city), asOf);
    for (const key of Object.keys(registers) as Array<keyof Registers>) (registers[key] as unknown[]).push(...r[key]);
  }
  return population;
}

/** Every resident ID of the population: people, their parents, and the registers' staff and workers. */
export function residentIdsOf(population: Population): Set<string> {
  const ids = new Set<string>(population.elders.map((e) => e.residentId));
  for (const h of population.households) for (const m of h.members) ids.add(m.residentId);
  for (const c of population.children) {
    ids.add(c.residentId);
    for (const g of c.guardians) ids.add(g.residentId);
  }
  for (const w of population.registers.careWorkers) ids.add(w.residentId);
  for (const s of population.registers.staff) ids.add(s.residentId);
  return ids;
}

export interface PopulationCounts {
  totalPopulation: number;
  elders: number;
  aged80Plus: number;
  aged100Plus: number;
  dibaoHouseholds: number;
  dibaoPersons: number;
  tekunPersons: number;
  children: Record<ChildCategory, number>;
  diners: number;
  /** The registers generated beside the reference data's (which are not counted here). */
  registers: Record<keyof Registers, number>;
}

/** Figures of a generated population, ages taken on its as-of date. */
export function countPopulation(population: Population, ageOn: (birthDate: string, onDate: string) => number): PopulationCounts {
  const ages = population.elders.map((e) => ageOn(e.birthDate, population.asOf));
  const dibao = population.households.filter((h) => h.program === 'DIBAO');
  const children = { ORPHAN: 0, DE_FACTO_UNSUPPORTED: 0, IN_DIFFICULTY: 0, RURAL_LEFT_BEHIND: 0 };
  for (const c of population.children) children[c.category]++;
  return {
    totalPopulation: population.totalPopulation,
    elders: population.elders.length,
    aged80Plus: ages.filter((a) => a >= 80).length,
    aged100Plus: ages.filter((a) => a >= 100).length,
    dibaoHouseholds: dibao.length,
    dibaoPersons: dibao.reduce((n, h) => n + h.members.length, 0),
    tekunPersons: population.households.length - dibao.length,
    children,
    diners: population.diners.length,
    registers: Object.fromEntries(Object.entries(population.registers).map(([key, records]: [string, unknown[]]) => [key, records.length])) as Record<keyof Registers, number>,
  };
}
