// DOMAIN §6: ash-burial rate (骨灰安葬率) = ashes buried or placed / cremations. The ashes counted
// are those of the year's cremations that have a plot or niche, so the rate cannot pass 100%.

/** The rate as a fraction rounded to 4 places, or null when nobody was cremated. */
export function ashBurialRate(cremations: number, ashesPlaced: number): number | null {
  for (const [name, n] of [['cremations', cremations], ['ashesPlaced', ashesPlaced]] as const) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative whole number, got ${n}`);
  }
  if (ashesPlaced > cremations) throw new RangeError('ashes placed cannot exceed cremations');
  if (cremations === 0) return null;
  return Math.round((ashesPlaced / cremations) * 10_000) / 10_000;
}
