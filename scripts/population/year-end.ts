// The summary's figures of people are head counts at the year's end (15,997 aged 80+ and 43 aged
// 100+ on 31 December, 5,882 left-behind children ...), and during the year people die, turn 80 or
// 100, and a child whose parent dies changes category. A year's registers are therefore loaded on
// 1 January such that the living on its last day are the profile's figures: the population is
// generated with the figures on 1 January, the year's deaths are planned from it, and then, city by
// city,
//   - an age band of elders (by age on the last day: 60–79, 80–99, 100+) short of its figure gets
//     more elders, one over it loses elders that no household, diner or death refers to;
//   - so is a category of children, once the deaths have changed some children's category (a
//     left-behind child whose parent dies is a child in difficulty from then on, DOMAIN §5): one
//     over its figure loses children whose parents live through the year.
// Pure given the Random.
import { ageOn } from '../../libs/common/src/resident-id/resident-id';
import { child, residentIdsOf, type ChildCategory, type ChildSeed, type Population } from './generate';
import { AGE_100_PLUS, AGE_60_79, AGE_80_99, geography, PersonFactory, type Person } from './people';
import type { Random } from './prng';
import type { PopulationProfile } from './profile';
import { cityPrefix } from './reference-sample';

export const CHILD_CATEGORIES: readonly ChildCategory[] = ['ORPHAN', 'DE_FACTO_UNSUPPORTED', 'IN_DIFFICULTY', 'RURAL_LEFT_BEHIND'];

/**
 * The category of a generated child once the parents in `gone` have died, as child-welfare derives
 * it (gone, incapable, away for work): both gone an orphan, gone or incapable both de facto
 * unsupported, one of them in difficulty, else (both away) left behind.
 */
export function categoryOnceGone(c: ChildSeed, gone: ReadonlySet<string>): ChildCategory {
  const isGone = c.guardians.map((g) => g.deceasedOn !== undefined || gone.has(g.residentId));
  const gones = isGone.filter(Boolean).length;
  const incapable = c.guardians.filter((g, i) => !isGone[i] && (g.severelyDisabled || g.seriouslyIll || g.jailedSince !== undefined)).length;
  if (gones === c.guardians.length) return 'ORPHAN';
  if (gones + incapable === c.guardians.length) return 'DE_FACTO_UNSUPPORTED';
  return gones + incapable > 0 ? 'IN_DIFFICULTY' : 'RURAL_LEFT_BEHIND';
}

interface Band {
  min: number;
  max: number;
  target: (p: PopulationProfile) => number;
  age: (random: Random) => number;
}
const BANDS: readonly Band[] = [
  { min: 100, max: Infinity, target: (p) => p.aged100Plus, age: AGE_100_PLUS },
  { min: 80, max: 99, target: (p) => p.aged80Plus - p.aged100Plus, age: AGE_80_99 },
  { min: 60, max: 79, target: (p) => p.aged60Plus - p.aged80Plus, age: AGE_60_79 },
];

export interface YearEndCounts {
  aged60Plus: number;
  aged80Plus: number;
  aged100Plus: number;
  children: Record<ChildCategory, number>;
}

/** The living elders by age and the children by category on `yearEnd`, after the deaths of `gone`. */
export function countAtYearEnd(population: Population, gone: ReadonlySet<string>, yearEnd: string): YearEndCounts {
  const ages = population.elders.filter((e) => !gone.has(e.residentId)).map((e) => ageOn(e.birthDate, yearEnd));
  const children = Object.fromEntries(CHILD_CATEGORIES.map((c) => [c, 0])) as Record<ChildCategory, number>;
  for (const c of population.children) children[categoryOnceGone(c, gone)]++;
  return { aged60Plus: ages.length, aged80Plus: ages.filter((a) => a >= 80).length, aged100Plus: ages.filter((a) => a >= 100).length, children };
}

/**
 * The population to load on its as-of day (the year's first) so that on `yearEnd`, once `gone`
 * (the year's dead) are gone, it has the profile's figures per city. `gone` is kept whole, and so
 * is everyone a household or a diner refers to.
 */
export function calibrateToYearEnd(population: Population, profile: PopulationProfile, random: Random, yearEnd: string, gone: ReadonlySet<string>): Population {
  const people = new PersonFactory(random, population.asOf).reserve(residentIdsOf(population));
  const needed = new Set(gone);
  for (const h of population.households) for (const m of h.members) needed.add(m.residentId);
  for (const d of population.diners) needed.add(d.residentId);
  const removed = new Set<string>();
  const elders: Person[] = [];
  const children: ChildSeed[] = [];

  for (let city = 1; city <= profile.cities; city++) {
    const geo = geography(city, profile);
    const inCity = (code: string): boolean => code.startsWith(cityPrefix(city));
    const living = population.elders.filter((e) => inCity(e.townshipCode) && !gone.has(e.residentId));
    for (const band of BANDS) {
      const inBand = (birthDate: string): boolean => {
        const age = ageOn(birthDate, yearEnd);
        return age >= band.min && age <= band.max;
      };
      const members = living.filter((e) => inBand(e.birthDate));
      const short = band.target(profile) - members.length;
      if (short < 0) {
        const spare = random.shuffle(members.filter((e) => !needed.has(e.residentId)));
        if (spare.length < -short) throw new Error(`city ${city}: ${members.length} elders aged ${band.min}+ live at the year's end, the profile wants ${band.target(profile)}, and only ${spare.length} can be left out`);
        for (const e of spare.slice(0, -short)) removed.add(e.residentId);
      }
      for (let added = 0; added < short; ) {
        // Aged 60+ on the first day already (the registry takes no one younger), in the band on the last.
        const person = people.person(geo, band.age(random));
        if (ageOn(person.birthDate, population.asOf) >= 60 && inBand(person.birthDate)) {
          elders.push(person);
          added++;
        }
      }
    }

    const cityChildren = population.children.filter((c) => inCity(c.villageCode));
    for (const category of CHILD_CATEGORIES) {
      const atEnd = cityChildren.filter((c) => categoryOnceGone(c, gone) === category).length;
      const short = profile.children[category] - atEnd;
      for (let i = 0; i < short; i++) children.push(child(random, people, geo, population.asOf, category));
      if (short >= 0) continue;
      // Left out: children of the category whose parents all live through the year.
      const spare = random.shuffle(cityChildren.filter((c) => c.category === category && !c.guardians.some((g) => gone.has(g.residentId))));
      if (spare.length < -short) throw new Error(`city ${city}: the year's deaths leave ${atEnd} ${category} children, the profile wants ${profile.children[category]}, and only ${spare.length} can be left out`);
      for (const c of spare.slice(0, -short)) removed.add(c.residentId);
    }
  }
  return {
    ...population,
    elders: [...population.elders.filter((e) => !removed.has(e.residentId)), ...elders],
    children: [...population.children.filter((c) => !removed.has(c.residentId)), ...children],
  };
}
