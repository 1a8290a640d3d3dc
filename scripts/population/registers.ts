// The city's registers beside its people (DOMAIN §4, §5, §6): community elderly care facilities,
// institutions and their certified care workers, child directors and supervisors, public-welfare
// cemeteries and ash halls, and how many communities each township has. What the reference data
// already holds of them (reference-sample.ts) is not generated again, so that both together are
// the profile's figures. Pure given the Random.
import { daysBefore, pad, type Geography, type PersonFactory } from './people';
import type { Random } from './prng';
import type { PopulationProfile } from './profile';
import { cityPrefix, REFERENCE_SAMPLE, type ReferenceSample } from './reference-sample';

export type FacilityType = keyof PopulationProfile['facilities'];
export type CemeteryKind = keyof PopulationProfile['cemeteries'];

/** One body of elderly-care POST /api/v1/facilities. */
export interface FacilitySeed {
  code: string;
  facilityName: string;
  facilityType: FacilityType;
  divisionCode: string;
  address: string;
  openedOn: string;
}
/** One body of elderly-care POST /api/v1/institutions. */
export interface InstitutionSeed {
  code: string;
  institutionName: string;
  divisionCode: string;
  bedCount: number;
}
export type CertificateLevel = 'JUNIOR' | 'INTERMEDIATE' | 'SENIOR' | 'TECHNICIAN' | 'SENIOR_TECHNICIAN';
/** A worker of the institution of that code: POST /api/v1/institutions/{id}/care-workers. */
export interface CareWorkerSeed {
  institutionCode: string;
  name: string;
  residentId: string;
  certificateLevel: CertificateLevel;
  certificateNumber: string;
  workingFrom: string;
}
/** One body of child-welfare POST /api/v1/staff. */
export interface StaffSeed {
  role: 'CHILD_DIRECTOR' | 'CHILD_SUPERVISOR';
  name: string;
  residentId: string;
  phone: string;
  divisionCode: string;
  appointedOn: string;
}
/** One body of civil-registration POST /api/v1/cemeteries. */
export interface CemeterySeed {
  code: string;
  name: string;
  kind: CemeteryKind;
  divisionCode: string;
  address: string;
  plotCapacity: number;
  nicheCapacity: number;
}
/** Communities and villages of a township: the facility coverage's denominator. */
export interface TownshipCommunities {
  divisionCode: string;
  communities: number;
}

export interface Registers {
  facilities: FacilitySeed[];
  institutions: InstitutionSeed[];
  careWorkers: CareWorkerSeed[];
  staff: StaffSeed[];
  cemeteries: CemeterySeed[];
  townships: TownshipCommunities[];
}

export const emptyRegisters = (): Registers => ({ facilities: [], institutions: [], careWorkers: [], staff: [], cemeteries: [], townships: [] });

const FACILITY_NAMES: Record<FacilityType, [code: string, name: string]> = {
  STREET_CENTRE: ['SS', '街道综合养老服务中心'],
  COMMUNITY_HOME_CARE_CENTRE: ['JJ', '社区居家养老服务站'],
  RURAL_HAPPINESS_HOME: ['XF', '农村幸福院'],
  ACTIVITY_ROOM: ['HD', '老年活动室'],
};

/** [A] the levels of the certificates, from 五级 up. */
const CERTIFICATE_WEIGHTS: Array<[CertificateLevel, number]> = [
  ['JUNIOR', 0.4],
  ['INTERMEDIATE', 0.35],
  ['SENIOR', 0.2],
  ['TECHNICIAN', 0.04],
  ['SENIOR_TECHNICIAN', 0.01],
];

function weighted<T>(random: Random, weights: ReadonlyArray<[T, number]>): T {
  let x = random.next();
  for (const [value, w] of weights) if ((x -= w) < 0) return value;
  return weights[weights.length - 1][0];
}

function villagesByTownship(geo: Geography): Map<string, string[]> {
  const map = new Map<string, string[]>(geo.townships.map((t) => [t, []]));
  for (const v of geo.villages) map.get(v.slice(0, 9))?.push(v);
  return map;
}

/** How many more of each kind the city needs beside the sample; refused when the sample has more. */
function wanted<K extends string>(figures: Record<K, number>, have: (key: K) => number, what: string): Record<K, number> {
  return Object.fromEntries(
    (Object.keys(figures) as K[]).map((key) => {
      const n = figures[key] - have(key);
      if (n < 0) throw new Error(`the profile wants ${figures[key]} ${key} ${what}, the reference data holds ${have(key)} in the city already`);
      return [key, n];
    }),
  ) as Record<K, number>;
}

function take<T>(items: readonly T[], n: number, what: string): T[] {
  if (items.length < n) throw new Error(`the geography has room for ${items.length} more ${what}, the profile wants ${n}`);
  return items.slice(0, n);
}

/** Facilities beside the sample's: a community centre in every township first, each in a community of its own. */
function facilities(random: Random, geo: Geography, profile: PopulationProfile, sample: ReferenceSample, asOf: string): FacilitySeed[] {
  const ofType = (type: string) => sample.facilities.filter((f) => f.facilityType === type).map((f) => f.divisionCode);
  const need = wanted(profile.facilities, (type) => ofType(type).length, 'facilities');
  const out: FacilitySeed[] = [];
  const add = (type: FacilityType, divisionCode: string, suffix = ''): void => {
    const [code, name] = FACILITY_NAMES[type];
    out.push({
      code: `${code}-${divisionCode}${suffix}`,
      facilityName: `${name}（${divisionCode}${suffix}）`,
      facilityType: type,
      divisionCode,
      address: `${divisionCode} 综合服务中心`,
      openedOn: daysBefore(asOf, random.int(60, 3650)),
    });
  };
  const villagesOf = villagesByTownship(geo);

  const streets = new Set(ofType('STREET_CENTRE'));
  for (const t of take(random.shuffle(geo.townships.filter((t) => !streets.has(t))), need.STREET_CENTRE, 'street centres')) add('STREET_CENTRE', t);

  const centres = new Set(ofType('COMMUNITY_HOME_CARE_CENTRE'));
  const covered = new Set([...centres].map((v) => v.slice(0, 9)));
  const uncovered = geo.townships.filter((t) => !covered.has(t));
  if (uncovered.length > need.COMMUNITY_HOME_CARE_CENTRE) throw new Error(`${uncovered.length} townships have no community centre, the profile gives ${need.COMMUNITY_HOME_CARE_CENTRE} more`);
  for (const t of uncovered) {
    const v = random.pick(villagesOf.get(t) ?? []);
    if (v === undefined) throw new Error(`township ${t} has no community for its centre`);
    centres.add(v);
    add('COMMUNITY_HOME_CARE_CENTRE', v);
  }
  const more = need.COMMUNITY_HOME_CARE_CENTRE - uncovered.length;
  for (const v of take(random.shuffle(geo.villages.filter((v) => !centres.has(v))), more, 'community centres')) add('COMMUNITY_HOME_CARE_CENTRE', v);

  const homes = new Set(ofType('RURAL_HAPPINESS_HOME'));
  for (const v of take(random.shuffle(geo.villages.filter((v) => !homes.has(v))), need.RURAL_HAPPINESS_HOME, 'rural happiness homes')) add('RURAL_HAPPINESS_HOME', v);

  // A room in every community first, then more where they are many.
  const rooms = new Map<string, number>();
  for (const v of ofType('ACTIVITY_ROOM')) rooms.set(v, (rooms.get(v) ?? 0) + 1);
  const first = random.shuffle(geo.villages.filter((v) => !rooms.has(v))).slice(0, need.ACTIVITY_ROOM);
  const extra = Array.from({ length: need.ACTIVITY_ROOM - first.length }, () => random.pick(geo.villages));
  for (const v of [...first, ...extra]) {
    const n = (rooms.get(v) ?? 0) + 1;
    rooms.set(v, n);
    add('ACTIVITY_ROOM', v, `-${pad(n, 2)}`);
  }
  return out;
}

/** The sample's institutions are city 1's; another city gets as many, with the same beds, in its counties. */
function institutions(city: number, geo: Geography, profile: PopulationProfile, sample: ReferenceSample): { codes: string[]; generated: InstitutionSeed[] } {
  const beds = (list: readonly { bedCount: number }[]) => list.reduce((n, i) => n + i.bedCount, 0);
  const check = (list: readonly { bedCount: number }[], where: string): void => {
    if (list.length !== profile.institutions || beds(list) !== profile.institutionBeds) {
      throw new Error(`${where} has ${list.length} institutions with ${beds(list)} beds, the profile wants ${profile.institutions} with ${profile.institutionBeds}`);
    }
  };
  if (sample.institutions.length > 0) {
    check(sample.institutions, `the reference data of city ${city}`);
    return { codes: sample.institutions.map((i) => i.code), generated: [] };
  }
  const pattern = REFERENCE_SAMPLE.institutions;
  check(pattern, 'the reference data');
  const generated = pattern.map((p, i) => {
    const divisionCode = geo.counties[i % geo.counties.length];
    return { code: `YL-${cityPrefix(city)}-${pad(i + 1, 2)}`, institutionName: `养老机构${pad(i + 1, 2)}（${divisionCode}）`, divisionCode, bedCount: p.bedCount };
  });
  return { codes: generated.map((i) => i.code), generated };
}

function careWorkers(random: Random, people: PersonFactory, geo: Geography, city: number, profile: PopulationProfile, codes: readonly string[], asOf: string): CareWorkerSeed[] {
  if (profile.careWorkers > 0 && codes.length === 0) throw new Error(`city ${city} has no institution for its care workers`);
  return Array.from({ length: profile.careWorkers }, (_v, i) => {
    const person = people.person(geo, random.int(25, 58));
    return {
      institutionCode: random.pick(codes),
      name: person.name,
      residentId: person.residentId,
      certificateLevel: weighted(random, CERTIFICATE_WEIGHTS),
      certificateNumber: `YLHL-${cityPrefix(city)}-${pad(i + 1, 5)}`,
      workingFrom: daysBefore(asOf, random.int(30, 3650)),
    };
  });
}

/** A supervisor per township and a director per village (DOMAIN §5). */
function staff(random: Random, people: PersonFactory, geo: Geography, asOf: string): StaffSeed[] {
  const appoint = (role: StaffSeed['role'], divisionCode: string): StaffSeed => {
    const person = people.person(geo, random.int(26, 55));
    return { role, name: person.name, residentId: person.residentId, phone: `13${pad(random.int(0, 999_999_999), 9)}`, divisionCode, appointedOn: daysBefore(asOf, random.int(30, 2000)) };
  };
  return [...geo.townships.map((t) => appoint('CHILD_SUPERVISOR', t)), ...geo.villages.map((v) => appoint('CHILD_DIRECTOR', v))];
}

/** Beside the sample's: the urban cemetery at a county, rural ones at townships, ash halls at villages, each place once. */
function cemeteries(random: Random, geo: Geography, profile: PopulationProfile, sample: ReferenceSample): CemeterySeed[] {
  const need = wanted(profile.cemeteries, (kind) => sample.cemeteries.filter((c) => c.kind === kind).length, 'cemeteries');
  const taken = new Set(sample.cemeteries.map((c) => c.divisionCode));
  const places = (divisions: readonly string[], n: number, what: string) => take(random.shuffle(divisions.filter((d) => !taken.has(d))), n, what);
  const niches = () => random.int(2, 8) * 100;
  return [
    ...places(geo.counties, need.URBAN_PUBLIC_WELFARE_CEMETERY, 'urban cemeteries').map((d) => ({ code: `GM-${d}`, name: `城市公益性公墓（${d}）`, kind: 'URBAN_PUBLIC_WELFARE_CEMETERY' as const, divisionCode: d, address: `${d} 公墓路1号`, plotCapacity: 10_000, nicheCapacity: 6_000 })),
    ...places(geo.townships, need.RURAL_PUBLIC_WELFARE_CEMETERY, 'rural cemeteries').map((d) => ({ code: `GM-${d}`, name: `农村公益性公墓（${d}）`, kind: 'RURAL_PUBLIC_WELFARE_CEMETERY' as const, divisionCode: d, address: `${d} 公墓`, plotCapacity: random.int(8, 20) * 100, nicheCapacity: niches() })),
    ...places(geo.villages, need.RURAL_ASH_HALL, 'ash halls').map((d) => ({ code: `GT-${d}`, name: `骨灰堂（${d}）`, kind: 'RURAL_ASH_HALL' as const, divisionCode: d, address: `${d} 村委会旁`, plotCapacity: 0, nicheCapacity: niches() })),
  ];
}

/** The registers of city `city` beside the part of the reference sample in it (`sample`). */
export function generateRegisters(random: Random, people: PersonFactory, geo: Geography, city: number, profile: PopulationProfile, sample: ReferenceSample, asOf: string): Registers {
  const villagesOf = villagesByTownship(geo);
  const empty = geo.townships.find((t) => villagesOf.get(t)?.length === 0);
  if (empty) throw new Error(`township ${empty} has no village: the profile needs as many villages as townships at least`);
  const { codes, generated } = institutions(city, geo, profile, sample);
  return {
    facilities: facilities(random, geo, profile, sample, asOf),
    institutions: generated,
    careWorkers: careWorkers(random, people, geo, city, profile, codes.sort(), asOf),
    staff: staff(random, people, geo, asOf),
    cemeteries: cemeteries(random, geo, profile, sample),
    townships: geo.townships.map((t) => ({ divisionCode: t, communities: villagesOf.get(t)!.length })),
  };
}
