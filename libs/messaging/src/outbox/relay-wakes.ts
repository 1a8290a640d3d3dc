/** What a sleep of the relay is for, and so what a NOTIFY during it does. */
export type SleepKind = 'idle' | 'gathering' | 'backoff';

/**
 * When the relay claims next: at a NOTIFY plus `notifyDelayMs` (the rows of transactions
 * committing meanwhile ride the same claim), at the poll if no NOTIFY came, at once when stopped.
 */
export class RelayWakes {
  private wake?: () => void;
  /** When a NOTIFY arrived while the relay was busy (claiming, publishing): the next wait is at most what is left of the delay. */
  private notifiedAt?: number;
  /** What a NOTIFY does during the current sleep; undefined while busy (it is remembered in notifiedAt). */
  private onNotified?: () => void;

  constructor(
    private readonly notifyDelayMs: number,
    private readonly stopped: () => boolean,
  ) {}

  /** Ends the current sleep at once (stop, a new broker connection). */
  now(): void {
    this.wake?.();
  }

  notify(): void {
    if (this.onNotified) this.onNotified();
    else this.notifiedAt ??= Date.now();
  }

  /**
   * Until a NOTIFY and then the delay, or the poll. A NOTIFY that came while the relay was busy
   * counts from when it came: the rows it announced may be waiting already.
   */
  async waitForWork(pollMs: number): Promise<void> {
    const notifiedAt = this.notifiedAt;
    this.notifiedAt = undefined;
    if (notifiedAt === undefined) return this.sleep(pollMs, 'idle');
    const left = notifiedAt + this.notifyDelayMs - Date.now();
    if (left > 0) await this.sleep(left, 'gathering');
  }

  /**
   * Waits `ms`, or less: `now()` always ends the wait. A NOTIFY while idle ends it after the delay
   * (at once without one); while gathering rows after a NOTIFY it changes nothing (the claim that
   * follows sees every row committed before it); during a backoff after a failure it is only
   * remembered, so producers cannot make a relay hammer a broker that is down.
   */
  sleep(ms: number, kind: SleepKind): Promise<void> {
    if (this.stopped()) return Promise.resolve();
    return new Promise((resolve) => {
      let timer = setTimeout(() => finish(), ms);
      const finish = (): void => {
        clearTimeout(timer);
        if (this.wake === finish) {
          this.wake = undefined;
          this.onNotified = undefined;
        }
        resolve();
      };
      this.wake = finish;
      if (kind === 'idle') {
        this.onNotified = () => {
          this.onNotified = () => undefined;
          if (this.notifyDelayMs <= 0) return finish();
          clearTimeout(timer);
          timer = setTimeout(finish, this.notifyDelayMs);
        };
      } else if (kind === 'gathering') this.onNotified = () => undefined;
      else this.onNotified = undefined;
    });
  }
}
