/**
 * At most one line per key per period. A line that comes sooner is held back and counted, and the
 * next line written for the key says how many were: for things that may repeat quickly, such as a
 * job's lock taken or refused on every tick of a short timer, or an admin endpoint called in a loop.
 */
export class LogThrottle {
  private readonly keys = new Map<string, { writtenAt: number; held: number }>();

  constructor(
    private readonly periodMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Whether the line for `key` is written now: the number of lines held back since the last one
   * written (0 or more), or undefined when this one is held back too.
   */
  admit(key: string): number | undefined {
    const now = this.now();
    const last = this.keys.get(key);
    if (last && now - last.writtenAt < this.periodMs) {
      last.held += 1;
      return undefined;
    }
    this.keys.set(key, { writtenAt: now, held: 0 });
    return last?.held ?? 0;
  }
}
