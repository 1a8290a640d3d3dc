/**
 * How many event streams each user has open on this console process, with a limit. Counting per
 * process is enough: a stream lives at most a minute, and a browser keeps its connection to one
 * replica behind a load balancer.
 */
export class StreamSlots {
  private readonly open = new Map<string, number>();

  constructor(private readonly perUser: number) {}

  /** A release function for a slot of `userId`, or null when the user already has the limit open. */
  take(userId: string): (() => void) | null {
    const count = this.open.get(userId) ?? 0;
    if (count >= this.perUser) return null;
    this.open.set(userId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(userId) ?? 1) - 1;
      if (left === 0) this.open.delete(userId);
      else this.open.set(userId, left);
    };
  }

  count(userId: string): number {
    return this.open.get(userId) ?? 0;
  }
}
