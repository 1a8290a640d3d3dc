// The raises of a year in the reference data (seeds/reference/policy-parameters.json): a period
// that takes effect during the year and follows a period of the same key ending the day before,
// such as the 低保, 特困 and child-allowance standards from 2024-07-01 (DOMAIN §1, §2, §5). On the
// first day of a simulated year the bureau knew only the standards in force then: the platform of
// a year is loaded with the data as it stood that day (each raise held back, the period it follows
// open-ended, as the standard was until the city announced the new one) and the year enters each
// raise on a day of its own, after the months it pays arrears for. Pure.
import { addDays } from '../libs/common/src/time/calendar-date';
import type { ReferenceData, SeedRow } from './load-reference-data';

export interface PolicyRaise {
  service: string;
  key: string;
  /** The period of the raise, as the reference data has it. */
  row: SeedRow;
  /** The period it follows, which ends the day before. */
  before: SeedRow;
}

/**
 * The raises that take effect after `firstDay` and within its calendar year. A period of the next
 * year (the next holiday calendar) is not a raise of this one: it is known ahead, as it is published.
 */
export function raisesOfYear(data: ReferenceData, firstDay: string): PolicyRaise[] {
  const lastDay = `${firstDay.slice(0, 4)}-12-31`;
  const raises: PolicyRaise[] = [];
  for (const [service, rows] of Object.entries(data)) {
    for (const row of rows) {
      if (row.effectiveFrom <= firstDay || row.effectiveFrom > lastDay) continue;
      const before = rows.find((r) => r.key === row.key && r.effectiveTo === addDays(row.effectiveFrom, -1));
      if (before) raises.push({ service, key: row.key, row, before });
    }
  }
  return raises;
}

/** The reference data as it stood on `firstDay`: the year's raises held back, the periods they follow open-ended. */
export function referenceDataOn(data: ReferenceData, firstDay: string): ReferenceData {
  const raises = raisesOfYear(data, firstDay);
  const heldBack = new Set(raises.map((r) => r.row));
  const opened = new Set(raises.map((r) => r.before));
  return Object.fromEntries(
    Object.entries(data).map(([service, rows]) => [
      service,
      rows.filter((row) => !heldBack.has(row)).map((row) => (opened.has(row) ? { ...row, effectiveTo: null } : row)),
    ]),
  );
}
