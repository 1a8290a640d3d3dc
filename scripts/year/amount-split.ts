// How many of a year's subsidised things (meals, home-care visits) fall in each subsidy amount so
// that both the count and the money are the profile's figures, exactly. The services price each
// meal or visit themselves (by age, assistance, catalogue item); the plan can only choose who eats
// or is visited, when, and with what. Pure and deterministic.

export interface AmountClass {
  /** Fen per meal or visit. */
  amount: number;
  /** How many the class can take at most (a diner's days in it, say). */
  capacity: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/**
 * Whole numbers per class (in the order given), within the capacities, adding up to `count` and
 * to `total` fen. The split leans on every class alike as far as the mean allows: the classes are
 * filled in proportion to their capacity, tilted towards the dearer or cheaper ones (an
 * exponential tilt, the least arbitrary lean) until the mean is total / count; the last few fen
 * are then made exact by moving single items between classes. Throws when no split exists.
 */
export function splitByAmount(classes: readonly AmountClass[], count: number, total: number): number[] {
  if (new Set(classes.map((c) => c.amount)).size !== classes.length) throw new Error('the amounts of the classes must differ');
  if (count === 0) {
    if (total !== 0) throw new Error(`${total} fen cannot be spent on nothing`);
    return classes.map(() => 0);
  }
  const usable = classes.filter((c) => c.capacity > 0);
  const capacity = usable.reduce((n, c) => n + c.capacity, 0);
  if (capacity < count) throw new Error(`${count} do not fit: the classes take ${capacity}`);
  const [lowest, highest] = [extreme(usable, count, 1), extreme(usable, count, -1)];
  if (total < lowest || total > highest) throw new Error(`${total} fen for ${count} is outside what the amounts give: ${lowest} to ${highest} fen`);
  const step = usable.reduce((g, c) => gcd(g, c.amount - usable[0].amount), 0);
  if (step > 0 ? (total - count * usable[0].amount) % step !== 0 : total !== count * usable[0].amount) throw new Error(`${total} fen cannot be made of ${count} items of ${usable.map((c) => c.amount).join(', ')} fen`);
  const counts = rounded(usable, tilted(usable, count, total / count), count);
  makeExact(usable, counts, total);
  return classes.map((c) => (c.capacity > 0 ? counts[usable.indexOf(c)] : 0));
}

/** The least (order 1) or most (order -1) money `count` items can come to: cheapest or dearest first. */
function extreme(classes: readonly AmountClass[], count: number, order: 1 | -1): number {
  let left = count;
  let sum = 0;
  for (const c of [...classes].sort((a, b) => order * (a.amount - b.amount))) {
    const n = Math.min(left, c.capacity);
    sum += n * c.amount;
    left -= n;
  }
  return sum;
}

/** Real-valued counts: capacity × scale × e^(λ·z), capped at the capacity, summing to `count`, with mean `mean`. */
function tilted(classes: readonly AmountClass[], count: number, mean: number): number[] {
  const amounts = classes.map((c) => c.amount);
  const [lo, hi] = [Math.min(...amounts), Math.max(...amounts)];
  const z = amounts.map((a) => (hi === lo ? 0 : (a - lo) / (hi - lo)));
  const fill = (lambda: number): number[] => {
    const at = (scale: number) => classes.map((c, i) => Math.min(c.capacity, scale * c.capacity * Math.exp(lambda * z[i])));
    const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
    let [a, b] = [0, 1];
    while (sum(at(b)) < count) b *= 2;
    for (let i = 0; i < 100; i++) [a, b] = sum(at((a + b) / 2)) < count ? [(a + b) / 2, b] : [a, (a + b) / 2];
    return at(b);
  };
  const meanOf = (xs: number[]) => xs.reduce((n, x, i) => n + x * amounts[i], 0) / count;
  let [a, b] = [-60, 60];
  for (let i = 0; i < 100; i++) [a, b] = meanOf(fill((a + b) / 2)) < mean ? [(a + b) / 2, b] : [a, (a + b) / 2];
  return fill((a + b) / 2);
}

/** Floors, then the items left over to the largest remainders (the earlier class on a tie), within capacity. */
function rounded(classes: readonly AmountClass[], reals: number[], count: number): number[] {
  const counts = reals.map((x, i) => Math.min(classes[i].capacity, Math.floor(x)));
  let left = count - counts.reduce((n, x) => n + x, 0);
  const order = reals.map((x, i) => ({ i, rest: x - counts[i] })).sort((p, q) => q.rest - p.rest || p.i - q.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    const { i } = order[k];
    if (counts[i] < classes[i].capacity) {
      counts[i]++;
      left--;
    }
  }
  return counts;
}

/** Moves single items between classes, the largest move that does not overshoot first, until the money is `total`. */
function makeExact(classes: readonly AmountClass[], counts: number[], total: number): void {
  let missing = total - counts.reduce((n, x, i) => n + x * classes[i].amount, 0);
  while (missing !== 0) {
    let best: { from: number; to: number; by: number } | null = null;
    for (let from = 0; from < classes.length; from++) {
      for (let to = 0; to < classes.length; to++) {
        const by = classes[to].amount - classes[from].amount;
        if (counts[from] === 0 || counts[to] >= classes[to].capacity || by === 0 || Math.sign(by) !== Math.sign(missing) || Math.abs(by) > Math.abs(missing)) continue;
        if (!best || Math.abs(by) > Math.abs(best.by)) best = { from, to, by };
      }
    }
    if (!best) throw new Error(`no single move makes up the last ${missing} fen`);
    counts[best.from]--;
    counts[best.to]++;
    missing -= best.by;
  }
}

/** `count` shared out in proportion to the weights: floors, then the largest remainders (the earlier on a tie). */
export function apportion(count: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((n, w) => n + w, 0);
  if (count === 0 || sum === 0) return weights.map(() => 0);
  const reals = weights.map((w) => (count * w) / sum);
  const shares = reals.map((x) => Math.floor(x));
  let left = count - shares.reduce((n, x) => n + x, 0);
  const order = reals.map((x, i) => ({ i, rest: x - shares[i] })).sort((p, q) => q.rest - p.rest || p.i - q.i);
  for (let k = 0; left > 0; k++, left--) shares[order[k].i]++;
  return shares;
}
