// With several replicas, each relay claims outbox rows with FOR UPDATE SKIP LOCKED. Operators
// need to see that the replicas share the outbox and that a row one of them holds is skipped by
// the others, not published twice; a line per claim would flood the log (and cost the hot path
// its formatting), so each relay adds its claims up and writes one line per period, none while idle.

/** What a relay's claims did over one period. */
export interface ClaimTally {
  /** Rows published (claims that rolled back are not counted). */
  rows: number;
  /** Claims that published at least one row. */
  batches: number;
  /** Waiting rows the claims passed over because another relay held them. */
  skipped: number;
  /** Claims that passed over at least one such row. */
  contended: number;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The line for a period, or undefined when nothing happened in it. */
export function claimsSummary(tally: ClaimTally, periodMs: number): string | undefined {
  if (tally.rows === 0 && tally.skipped === 0) return undefined;
  const published = tally.rows === 0 ? 'published 0 rows' : `published ${plural(tally.rows, 'row', 'rows')} in ${plural(tally.batches, 'batch', 'batches')}`;
  const skipped =
    tally.skipped === 0
      ? 'no claim met a row locked by another relay'
      : `${plural(tally.contended, 'claim', 'claims')} skipped ${plural(tally.skipped, 'row', 'rows')} locked by another relay (FOR UPDATE SKIP LOCKED)`;
  // Whole seconds, but tenths for a period under ten seconds (a relay stopped soon after its last line).
  const seconds = periodMs >= 10_000 ? Math.round(periodMs / 1000) : Math.round(periodMs / 100) / 10;
  return `last ${seconds} s: ${published}; ${skipped}`;
}

/**
 * Adds up a relay's claims and writes claimsSummary once per `everyMs` (0: never). `record` is two
 * additions, cheap enough for every batch; the line is built only when a period ends.
 */
export class RelayClaimsLog {
  private tally: ClaimTally = { rows: 0, batches: 0, skipped: 0, contended: 0 };
  private since: number;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly write: (line: string) => void,
    private readonly everyMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.since = now();
  }

  /** Whether it ever writes, i.e. whether the claims need counting at all. */
  get enabled(): boolean {
    return this.everyMs > 0;
  }

  /** One committed claim: the rows it published and the waiting rows it found locked by another relay. */
  record(published: number, skipped: number): void {
    if (published > 0) {
      this.tally.rows += published;
      this.tally.batches += 1;
    }
    if (skipped > 0) {
      this.tally.skipped += skipped;
      this.tally.contended += 1;
    }
  }

  start(): void {
    if (this.everyMs <= 0 || this.timer) return;
    this.since = this.now();
    this.timer = setInterval(() => this.flush(), this.everyMs);
    // The summary must not keep a stopping process alive.
    this.timer.unref();
  }

  /** Ends the timer and writes what the last, partial period did. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.everyMs > 0) this.flush();
  }

  /** Writes the period's line (if anything happened) and starts a new period. */
  flush(): void {
    const now = this.now();
    const line = claimsSummary(this.tally, now - this.since);
    this.tally = { rows: 0, batches: 0, skipped: 0, contended: 0 };
    this.since = now;
    if (line) this.write(line);
  }
}
