import { dibaoBenefit, dibaoRaiseArrearsFen, type DibaoFigures, type HouseholdFacts } from './raise-arrears';

// The test's own oracle of 补发, checked by hand against DOMAIN §1's figures (728 → 735 urban,
// 6,188 → 6,431 rural a year, add-ons 10% of the standard).
const ageRule = { elderlyFromAge: 60, minorUnderAge: 18, changesFrom: 'MONTH_AFTER_BIRTHDAY' as const };
const addOns = { ELDERLY: { percent: 10 }, MINOR: { percent: 10 }, SEVERELY_DISABLED: { percent: 10 }, SERIOUSLY_ILL: { percent: 10 }, SINGLE_PARENT: { percent: 10 } };
const before: DibaoFigures = { urban: 72800, rural: 618800, addOns, ageCategories: ageRule };
const raised: DibaoFigures = { ...before, urban: 73500, rural: 643100 };
const adult = { residentId: '110105198001010011', monthlyIncomeFen: 0, categories: [] as string[], deceasedOn: null };

describe('the arrears a 低保 raise owes a household', () => {
  it.each<[string, HouseholdFacts, number, number]>([
    ['an urban adult with no income or add-on: the whole gap', { area: 'URBAN', members: [adult] }, 72800, 700],
    ['an urban adult with income: the income stays, the gap grows by the raise', { area: 'URBAN', members: [{ ...adult, monthlyIncomeFen: 30000 }] }, 42800, 700],
    ['an urban severely disabled adult: the add-on grows with the standard', { area: 'URBAN', members: [{ ...adult, categories: ['SEVERELY_DISABLED'] }] }, 72800 + 7280, 770],
    // Born 1 July 1964: 60 on 1 July 2024, ELDERLY only from August (age read on the month before's last day).
    ['turning 60 in the month: no ELDERLY add-on yet', { area: 'URBAN', members: [{ ...adult, residentId: '110105196407010011' }] }, 72800, 700],
    ['aged 60 on the last day of June: ELDERLY', { area: 'URBAN', members: [{ ...adult, residentId: '110105196406300011' }] }, 80080, 770],
    // 6188 / 12 = 515.6666… yuan; + 10% = 567.2333… → 56723 fen; raised 6431 / 12 × 1.1 = 589.5083… → 58951.
    ['a rural elder: thirds of a fen rounded half-up at the end', { area: 'RURAL', members: [{ ...adult, residentId: '110105195001010011' }] }, 56723, 58951 - 56723],
    ['a member who died in an earlier month no longer counts', { area: 'URBAN', members: [adult, { ...adult, residentId: '110105198001020021', deceasedOn: '2024-06-20' }] }, 72800, 700],
    ['a member who died in the month counts in full', { area: 'URBAN', members: [adult, { ...adult, residentId: '110105198001020021', deceasedOn: '2024-07-02' }] }, 145600, 1400],
    ['income above the standard: no benefit before, none after', { area: 'URBAN', members: [{ ...adult, monthlyIncomeFen: 80000 }] }, 0, 0],
  ])('%s', (_name, household, july, arrears) => {
    expect(dibaoBenefit(household, '2024-07', before)).toBe(july);
    expect(dibaoRaiseArrearsFen(household, '2024-07', before, raised)).toBe(arrears);
  });
});
