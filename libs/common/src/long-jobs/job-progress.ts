/**
 * How far a long piece of work got, told by the work itself (lines written, bytes read). The
 * work calls it freely; the job writes it down at most once a second.
 */
export interface JobProgress {
  /** How much there is to do, once known. */
  setTotal(total: number): void;
  /** `amount` more done. */
  advance(amount: number): void;
}

/** For work run while the caller waits: nobody watches. */
export const UNWATCHED: JobProgress = { setTotal: () => undefined, advance: () => undefined };

/** The progress of one job as counted in memory, with whether it changed since last written. */
export class CountedProgress implements JobProgress {
  done = 0;
  total: number | null = null;
  private changed = false;

  setTotal(total: number): void {
    this.total = total;
    this.changed = true;
  }

  advance(amount: number): void {
    this.done += amount;
    // Never more done than there is to do: a total can be an estimate (bytes before decoding).
    if (this.total !== null && this.done > this.total) this.done = this.total;
    this.changed = true;
  }

  /** The figures to write, once per change. */
  takeChange(): { done: number; total: number | null } | null {
    if (!this.changed) return null;
    this.changed = false;
    return { done: this.done, total: this.total };
  }
}
