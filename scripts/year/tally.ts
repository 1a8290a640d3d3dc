// What the drive did, per kind of event: done, already there (a rerun of a day), refused by
// problem code. Kept in the checkpoint, so a resumed year reports the whole year. Pure.
import type { StepTally } from '../population/load';

export interface KindTally {
  done: number;
  /** Already there: a day driven again after an interruption finds what it did before. */
  present: number;
  /** By problem code (or HTTP_<status>). */
  refused: Record<string, number>;
}

export interface Tally {
  kinds: Record<string, KindTally>;
  /** The first refusals in full, to see what went wrong. */
  examples: string[];
}

export type Outcome = { result: 'done' } | { result: 'present' } | { result: 'refused'; code: string; detail: string };

export const DONE: Outcome = { result: 'done' };
export const PRESENT: Outcome = { result: 'present' };
export const refused = (code: string, detail: string): Outcome => ({ result: 'refused', code, detail });

const MAX_EXAMPLES = 20;

export function newTally(): Tally {
  return { kinds: {}, examples: [] };
}

function kindTally(tally: Tally, kind: string): KindTally {
  return (tally.kinds[kind] ??= { done: 0, present: 0, refused: {} });
}

export function recordOutcome(tally: Tally, kind: string, outcome: Outcome, what: string): void {
  const t = kindTally(tally, kind);
  if (outcome.result === 'done') t.done++;
  else if (outcome.result === 'present') t.present++;
  else {
    t.refused[outcome.code] = (t.refused[outcome.code] ?? 0) + 1;
    if (tally.examples.length < MAX_EXAMPLES) tally.examples.push(`${what}: ${outcome.code} ${outcome.detail.slice(0, 300)}`);
  }
}

/** A step of the population loader (scripts/population/load.ts) as a kind of its own. */
export function recordStep(tally: Tally, kind: string, step: StepTally): void {
  const t = kindTally(tally, kind);
  t.done += step.created;
  t.present += step.present;
  for (const [code, n] of Object.entries(step.refused)) t.refused[code] = (t.refused[code] ?? 0) + n;
  for (const example of step.examples) if (tally.examples.length < MAX_EXAMPLES) tally.examples.push(`${kind}: ${example}`);
}

/** Every refusal by problem code, with the kinds it came from. */
export function refusalsByCode(tally: Tally): Array<{ code: string; n: number; kinds: string[] }> {
  const byCode = new Map<string, { n: number; kinds: Set<string> }>();
  for (const [kind, t] of Object.entries(tally.kinds)) {
    for (const [code, n] of Object.entries(t.refused)) {
      const entry = byCode.get(code) ?? { n: 0, kinds: new Set<string>() };
      entry.n += n;
      entry.kinds.add(kind);
      byCode.set(code, entry);
    }
  }
  return [...byCode.entries()].map(([code, e]) => ({ code, n: e.n, kinds: [...e.kinds].sort() })).sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
}
