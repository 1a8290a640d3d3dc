// What a raise of the 低保 standard owes a household for a month paid at the old one (补发,
// DOMAIN §1): its benefit at the raised standard minus at the old, everything else as it was that
// month. An oracle of the test, written from DOMAIN's words over the household as the year's plan
// made it and the figures of the reference data, not from the service's rules. Pure.
import { roundHalfUpToFen } from '@app/common/money/fen';
import { ageOn } from '@app/common/resident-id/resident-id';
import { addDays } from '@app/common/time/calendar-date';

export interface HouseholdFacts {
  area: 'URBAN' | 'RURAL';
  members: ReadonlyArray<{ residentId: string; monthlyIncomeFen: number; categories: readonly string[]; deceasedOn: string | null }>;
}

export interface DibaoFigures {
  /** Urban fen per person per month; rural fen per person per year. */
  urban: number;
  rural: number;
  addOns: Readonly<Record<string, { percent: number } | { fixedFen: number }>>;
  ageCategories: { elderlyFromAge: number; minorUnderAge: number; changesFrom: 'MONTH_AFTER_BIRTHDAY' | 'BIRTHDAY_MONTH' };
}

const birthDateOf = (residentId: string): string => `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`;

/** The last day of `month` (YYYY-MM). */
function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return addDays(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`, -1);
}

/** 差额补助 of the month: (standard × members − income) + each member's highest add-on, rounded half-up at the end; 0 without a gap. */
export function dibaoBenefit(h: HouseholdFacts, month: string, f: DibaoFigures): number {
  const standard = h.area === 'URBAN' ? f.urban : f.rural / 12;
  // Alive in (part of) the month: the death month is paid in full.
  const counted = h.members.filter((m) => m.deceasedOn === null || m.deceasedOn >= `${month}-01`);
  const gap = standard * counted.length - counted.reduce((n, m) => n + m.monthlyIncomeFen, 0);
  if (counted.length === 0 || gap <= 0) return 0;
  // Age read on the last day of the month before (from the month after the birthday), or of the month.
  const readOn = f.ageCategories.changesFrom === 'BIRTHDAY_MONTH' ? lastDayOf(month) : addDays(`${month}-01`, -1);
  const addOns = counted.map((m) => {
    const birth = birthDateOf(m.residentId);
    const age = readOn < birth ? -1 : ageOn(birth, readOn);
    const categories = [...m.categories, ...(age >= f.ageCategories.elderlyFromAge ? ['ELDERLY'] : []), ...(age < f.ageCategories.minorUnderAge ? ['MINOR'] : [])];
    return Math.max(0, ...categories.map((c) => f.addOns[c]).map((rule) => (!rule ? 0 : 'percent' in rule ? (standard * rule.percent) / 100 : rule.fixedFen)));
  });
  return roundHalfUpToFen(gap + addOns.reduce((a, b) => a + b, 0));
}

/** The arrears of the month: the benefit at the raised figures minus the benefit at the old. */
export function dibaoRaiseArrearsFen(h: HouseholdFacts, month: string, before: DibaoFigures, raised: DibaoFigures): number {
  return dibaoBenefit(h, month, raised) - dibaoBenefit(h, month, before);
}
