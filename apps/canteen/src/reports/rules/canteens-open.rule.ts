// The canteens of the year from the register's opening days (DOMAIN §4: "8 → 12 happiness
// canteens"): open at its start, opened in it, open at its end. The register has no closing day:
// a canteen once opened stays counted. Pure.

export interface CanteensOpen {
  /** Open on 1 January: opened on or before it. */
  atYearStart: number;
  /** Opened after 1 January, up to 31 December. */
  openedInYear: number;
  /** Open on 31 December: atYearStart + openedInYear. */
  atYearEnd: number;
}

export function canteensOpen(openedOn: readonly string[], year: number): CanteensOpen {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const atYearStart = openedOn.filter((day) => day <= start).length;
  const openedInYear = openedOn.filter((day) => day > start && day <= end).length;
  return { atYearStart, openedInYear, atYearEnd: atYearStart + openedInYear };
}
