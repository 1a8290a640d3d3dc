// The 26 items of the ability assessment sheet (GB/T 42195-2022) with each item's range, in the
// sheet's order, as elderly-care checks them (apps/elderly-care/README.md "Ability assessment").
// The service computes domain scores, total and level; the form only shows a running total. Pure.
import type { components } from '../../api/generated/elderly-care';

export type AssessmentItems = components['schemas']['AssessmentItemsDto'];
export type Domain = keyof AssessmentItems;

export const SHEET: ReadonlyArray<{ domain: Domain; items: ReadonlyArray<readonly [string, number]> }> = [
  {
    domain: 'selfCare',
    items: [['eating', 4], ['grooming', 4], ['bathing', 4], ['dressingUpper', 4], ['dressingLower', 4], ['urinaryControl', 4], ['bowelControl', 4], ['toileting', 4]],
  },
  { domain: 'basicMobility', items: [['bedPositioning', 4], ['bedChairTransfer', 4], ['walking', 4], ['stairs', 3]] },
  {
    domain: 'mentalState',
    items: [['timeOrientation', 4], ['placeOrientation', 4], ['personOrientation', 4], ['memory', 4], ['comprehension', 4], ['expression', 4], ['aggression', 1], ['depression', 1], ['consciousness', 2]],
  },
  { domain: 'perceptionSocial', items: [['vision', 2], ['hearing', 2], ['dailyAffairs', 4], ['transport', 3], ['socialContact', 4]] },
];

/** Most points of a domain: 32, 15, 28, 15 (90 in all). */
export const domainMax = (domain: Domain): number => SHEET.find((d) => d.domain === domain)!.items.reduce((n, [, max]) => n + max, 0);

/** Every item at its best, the form's starting point (an able person scores full marks). */
export function fullMarks(): AssessmentItems {
  return Object.fromEntries(SHEET.map(({ domain, items }) => [domain, Object.fromEntries(items)])) as unknown as AssessmentItems;
}

/** The running total of what the form holds; items not yet given count 0. */
export function runningTotal(items: Partial<Record<Domain, Record<string, number | null | undefined>>> | undefined): number {
  if (!items) return 0;
  return SHEET.reduce((sum, { domain, items: list }) => sum + list.reduce((n, [item]) => n + (Number(items[domain]?.[item]) || 0), 0), 0);
}
