// Tallies of the annual statistics for the programmes kept by kind (study grants by kind, student
// aid by school stage and term). Pure: the rows are what the database summed per key.

export interface KeyedSum {
  key: string;
  count: number | string;
  amountFen: number | string;
}

export interface Tally {
  count: number;
  amountFen: number;
}

/**
 * Every known key with its count and amount (zero when no row names it), and the totals. A key
 * outside the list would be a row the statistics cannot label: it fails loudly rather than vanish.
 */
export function tallyByKey<K extends string>(keys: readonly K[], rows: readonly KeyedSum[]): { byKey: Record<K, Tally>; total: Tally } {
  const byKey = Object.fromEntries(keys.map((k) => [k, { count: 0, amountFen: 0 }])) as Record<K, Tally>;
  for (const row of rows) {
    if (!(keys as readonly string[]).includes(row.key)) throw new RangeError(`unknown key ${row.key} in the statistics`);
    const tally = byKey[row.key as K];
    tally.count += Number(row.count);
    tally.amountFen += Number(row.amountFen);
  }
  const all = Object.values<Tally>(byKey);
  return { byKey, total: { count: all.reduce((n, t) => n + t.count, 0), amountFen: all.reduce((n, t) => n + t.amountFen, 0) } };
}
