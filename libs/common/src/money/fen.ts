// Money is an integer number of fen (分, 1/100 yuan) everywhere: storage, events and the API
// (`amountFen`). Integers add exactly; yuan as floats do not (0.1 + 0.2 !== 0.3).
import { parseExactDecimal, roundHalfAwayFromZero } from './decimal';

/** An integer amount in fen, within Number.MAX_SAFE_INTEGER. A plain number, so it serialises as one. */
export type Fen = number;

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Returns the amount, or throws a RangeError for a fraction, NaN, Infinity or an unsafe integer. */
export function assertFen(value: number, label = 'amount'): Fen {
  if (!isFen(value)) throw new RangeError(`${label} must be a safe integer number of fen, got ${value}`);
  return value;
}

/**
 * '735.50' -> 73550, exactly. At most two decimals that are not zero ('735.505' throws rather than
 * rounding silently). A number is read as its shortest decimal, so 735.5 works but
 * 0.1 + 0.2 (0.30000000000000004) throws: compute in fen and round with roundHalfUpToFen instead.
 */
export function yuanToFen(yuan: number | string): Fen {
  const decimal = parseExactDecimal(yuan);
  if (!decimal) throw new RangeError(`not a yuan amount: "${yuan}"`);
  // units × 10^(2 - scale) fen; scale > 2 is only allowed when the extra digits are zeros.
  const fenTimesScale = decimal.units * 100n;
  const divisor = 10n ** BigInt(decimal.scale);
  if (fenTimesScale % divisor !== 0n) throw new RangeError(`yuan amount has fractions of a fen: "${yuan}"`);
  return assertFen(Number(fenTimesScale / divisor), `yuan amount "${yuan}"`);
}

/** 73500 -> '735.00', -5 -> '-0.05'. For display and reports; the API carries fen. */
export function fenToYuanString(fen: Fen): string {
  assertFen(fen);
  const magnitude = Math.abs(fen);
  const yuan = `${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
  return fen < 0 ? `-${yuan}` : yuan;
}

/**
 * Rounds a fractional amount of fen half-up (DOMAIN §0: derived standards keep full precision
 * until the final amount). Negative amounts round half away from zero (-2.5 -> -3), so an
 * overpayment and its refund round to the same magnitude, unlike Math.round (-2.5 -> -2).
 *
 * The input is a binary float, so a true half may arrive as x.49999999999999 (1.005 * 100). A
 * tolerance of one part in 10^12 (at least 1e-9 fen) counts those as halves; no real amount
 * sits that close below a half by intent.
 */
export function roundHalfUpToFen(amount: number): Fen {
  if (!Number.isFinite(amount)) throw new RangeError(`cannot round ${amount} to fen`);
  const magnitude = Math.abs(amount);
  const floor = Math.floor(magnitude);
  const tolerance = Math.max(1e-9, magnitude * 1e-12);
  const rounded = magnitude - floor >= 0.5 - tolerance ? floor + 1 : floor;
  // `|| 0` turns -0 (from -0.2) into 0, which JSON and equality checks treat more predictably.
  return assertFen((amount < 0 ? -rounded : rounded) || 0, 'rounded amount');
}

/**
 * fen × factor, rounded half-up (away from zero). Exact for decimal factors: 73500 × 1.3 is
 * computed as 73500 × 13 / 10, not with the binary float 1.3. Pass a string ('1.3') or a number.
 */
export function multiplyFen(fen: Fen, factor: number | string): Fen {
  assertFen(fen);
  const decimal = parseExactDecimal(factor);
  if (!decimal) throw new RangeError(`not a decimal factor: "${factor}"`);
  const product = roundHalfAwayFromZero({ units: BigInt(fen) * decimal.units, scale: decimal.scale });
  return assertFen(Number(product), 'product');
}

/** Sum of fen amounts; throws instead of losing precision past Number.MAX_SAFE_INTEGER. */
export function sumFen(amounts: readonly Fen[]): Fen {
  return amounts.reduce<Fen>((total, amount, i) => assertFen(total + assertFen(amount, `amounts[${i}]`), 'sum'), 0);
}
