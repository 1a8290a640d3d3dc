// DOMAIN §6: cremation rate = cremated / (deaths - exempt burials). Exempt burials are lawful, so
// they leave the denominator; a 100% rate means every death that had to be cremated was.

/** The rate as a fraction rounded to 4 places (0.9876 = 98.76%), or null when nobody had to be cremated. */
export function cremationRate(deaths: number, cremated: number, exemptBurials: number): number | null {
  for (const [name, n] of [['deaths', deaths], ['cremated', cremated], ['exemptBurials', exemptBurials]] as const) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative whole number, got ${n}`);
  }
  const base = deaths - exemptBurials;
  if (base < cremated) throw new RangeError('cremated cannot exceed deaths minus exempt burials');
  if (base === 0) return null;
  return Math.round((cremated / base) * 10_000) / 10_000;
}
