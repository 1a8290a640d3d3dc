// The year's registers are loaded on 1 January such that the living on the year's last day are
// the profile's figures (scripts/population/year-end.ts), counted as the services count them.
import { deriveCategories } from '../../apps/child-welfare/src/categories/rules/child-category.rule';
import { ageOn } from '../../libs/common/src/resident-id/resident-id';
import { generatePopulation, residentIdsOf, type Population } from '../../scripts/population/generate';
import { mulberry32 } from '../../scripts/population/prng';
import { CITY_PROFILE, type PopulationProfile } from '../../scripts/population/profile';
import { calibrateToYearEnd, categoryOnceGone, countAtYearEnd } from '../../scripts/population/year-end';

const AS_OF = '2024-01-01';
const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> =>
  items.reduce<Record<string, number>>((m, item) => ((m[key(item)] = (m[key(item)] ?? 0) + 1), m), {});

describe('the year’s registers at the year’s end', () => {
  const SMALL: PopulationProfile = {
    ...CITY_PROFILE,
    aged60Plus: 1263,
    aged80Plus: 160,
    aged100Plus: 3,
    dibaoHouseholds: 60,
    tekunPersons: 15,
    children: { ORPHAN: 5, DE_FACTO_UNSUPPORTED: 8, IN_DIFFICULTY: 20, RURAL_LEFT_BEHIND: 30 },
    diners: 40,
    townships: 3,
    villages: 6,
    facilities: { STREET_CENTRE: 1, COMMUNITY_HOME_CARE_CENTRE: 4, RURAL_HAPPINESS_HOME: 3, ACTIVITY_ROOM: 8 },
    careWorkers: 2,
    cemeteries: { URBAN_PUBLIC_WELFARE_CEMETERY: 1, RURAL_PUBLIC_WELFARE_CEMETERY: 3, RURAL_ASH_HALL: 4 },
  };
  const YEAR_END = '2024-12-31';
  const generated = generatePopulation(SMALL, 3, AS_OF);
  // The year's dead: elders of every age, among them some turning 80 or 100, and parents of children of each category.
  const pick = mulberry32(9);
  const elders = pick.shuffle(generated.elders);
  // A living parent each of the first children of a category.
  const parents = (category: string, n: number) =>
    generated.children
      .filter((c) => c.category === category)
      .slice(0, n)
      .flatMap((c) => c.guardians.filter((g) => !g.deceasedOn).slice(-1).map((g) => g.residentId));
  const gone = new Set([
    ...elders.filter((e) => ageOn(e.birthDate, AS_OF) >= 80).slice(0, 40),
    ...elders.filter((e) => ageOn(e.birthDate, AS_OF) < 80).slice(0, 30),
  ].map((e) => e.residentId).concat(parents('RURAL_LEFT_BEHIND', 7), parents('IN_DIFFICULTY', 4), parents('DE_FACTO_UNSUPPORTED', 2)));
  const calibrated = calibrateToYearEnd(generated, SMALL, mulberry32(5), YEAR_END, gone);

  it('has the profile’s figures among the living on the last day, counted as the services count them', () => {
    expect(countAtYearEnd(generated, gone, YEAR_END)).not.toEqual(countAtYearEnd(calibrated, gone, YEAR_END));
    expect(countAtYearEnd(calibrated, gone, YEAR_END)).toEqual({ aged60Plus: 1263, aged80Plus: 160, aged100Plus: 3, children: SMALL.children });
    // child-welfare's own rule, with the parents the year lost dead by the last day.
    const categories = calibrated.children.map((c) => {
      const guardians = c.guardians.map((g) => ({
        relation: g.relation,
        deceasedOn: g.deceasedOn ?? (gone.has(g.residentId) ? YEAR_END : null),
        missingSince: null,
        jailedSince: g.jailedSince ?? null,
        severelyDisabled: g.severelyDisabled ?? false,
        seriouslyIll: g.seriouslyIll ?? false,
        awayForWork: g.awayForWork ?? false,
        guardianshipRevoked: false,
      }));
      const derived = deriveCategories({ birthDate: c.birthDate, guardians }, YEAR_END, { missingMonths: 6, jailedMonths: 6 });
      expect([c.residentId, derived]).toEqual([c.residentId, [categoryOnceGone(c, gone)]]);
      return derived[0];
    });
    expect(countBy(categories, (c) => c)).toEqual(SMALL.children);
  });

  it('keeps the dead, the assisted, the diners and the registers, and gives new people IDs of their own', () => {
    const ids = residentIdsOf(calibrated);
    for (const id of gone) expect(ids.has(id)).toBe(true);
    for (const h of generated.households) for (const m of h.members) expect(ids.has(m.residentId)).toBe(true);
    for (const d of generated.diners) expect(ids.has(d.residentId)).toBe(true);
    expect(calibrated.registers).toBe(generated.registers);
    const all = [...calibrated.elders.map((e) => e.residentId), ...calibrated.children.flatMap((c) => [c.residentId, ...c.guardians.map((g) => g.residentId)])];
    expect(new Set(all).size).toBe(all.length);
    // The registry takes no one under 60 on the day of loading.
    expect(calibrated.elders.every((e) => ageOn(e.birthDate, AS_OF) >= 60)).toBe(true);
  });

  it('is the same for the same inputs', () => {
    const again: Population = calibrateToYearEnd(generatePopulation(SMALL, 3, AS_OF), SMALL, mulberry32(5), YEAR_END, gone);
    expect(JSON.stringify(again)).toBe(JSON.stringify(calibrated));
  });
});
