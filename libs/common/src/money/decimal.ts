// Exact decimal arithmetic for the few places where a decimal fraction meets money: a yuan amount
// typed as '735.50', or a policy factor such as 1.3. Binary floats cannot hold 0.1 exactly, so
// the value is read as an integer count of 10^-scale units and computed with BigInt.

export interface ExactDecimal {
  /** The value is units × 10^-scale. */
  units: bigint;
  scale: number;
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * Reads '735.50', '-0.05', '1.3' or '1e-7'. A number is read through its shortest round-trip
 * string (String(1.3) === '1.3'), which is the decimal the author of the number meant.
 */
export function parseExactDecimal(value: number | string): ExactDecimal | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  const match = DECIMAL.exec(String(value));
  if (!match) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let units = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === '-' ? -units : units, scale };
}

/** units / 10^scale rounded to an integer, half away from zero. */
export function roundHalfAwayFromZero(value: ExactDecimal): bigint {
  if (value.scale === 0) return value.units;
  const divisor = 10n ** BigInt(value.scale);
  const negative = value.units < 0n;
  const magnitude = negative ? -value.units : value.units;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return negative ? -rounded : rounded;
}
