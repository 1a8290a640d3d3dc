// The progress of a year as one line: the simulated date, events done of the total, the rate of
// this run and the time left at that rate. Redrawn in place on a terminal; elsewhere (CI logs) one
// line per simulated month. The formatting is pure.

export interface ProgressSnapshot {
  /** The simulated day being driven. */
  date: string;
  done: number;
  total: number;
  /** Events done and milliseconds spent since this run began (a resumed run's rate is its own), the registers left out. */
  runDone: number;
  runMs: number;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

const thousands = (n: number): string => n.toLocaleString('en-US');

export function progressLine(s: ProgressSnapshot): string {
  const rate = s.runMs > 0 ? (s.runDone * 1000) / s.runMs : 0;
  const eta = rate > 0 ? formatDuration(((s.total - s.done) / rate) * 1000) : '—';
  return `${s.date}  ${thousands(s.done)}/${thousands(s.total)} events  ${rate.toFixed(1)}/s  ETA ${eta}`;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Shows snapshots: in place on a terminal, or a line when the month changes. */
export class ProgressDisplay {
  private lastMonth = '';
  private drawn = false;

  constructor(private readonly stream: ProgressStream) {}

  show(snapshot: ProgressSnapshot, force = false): void {
    const line = progressLine(snapshot);
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}\x1b[K`);
      this.drawn = true;
      return;
    }
    const month = snapshot.date.slice(0, 7);
    if (force || month !== this.lastMonth) this.stream.write(`${line}\n`);
    this.lastMonth = month;
  }

  /** A line of its own (a log line), without breaking the progress line. */
  note(text: string): void {
    if (this.stream.isTTY && this.drawn) this.stream.write('\r\x1b[K');
    this.stream.write(`${text}\n`);
    this.drawn = false;
  }

  end(): void {
    if (this.stream.isTTY && this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}
