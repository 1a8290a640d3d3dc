// Group commit: requests that arrive while a batch is being written wait for the next batch, so
// that N concurrent writes cost a few round trips together instead of N transactions. A lone
// request is written at once: batching adds no waiting time, it fills the time a commit takes.

export interface GroupCommitOptions {
  /**
   * Batches written at the same time. Normally one: the requests that arrive while it commits form
   * the next, larger batch, which costs less per item than two half-size batches. Another starts
   * beside it only when the newest has been in flight for `stallMs`, so one stuck batch (waiting
   * on a lock) never stops every request of the instance.
   */
  maxInFlight: number;
  stallMs: number;
  maxBatch: number;
}

/** An item waiting in the queue; the writer settles it, the queue only ever rejects it. */
export interface QueuedItem {
  reject(err: unknown): void;
}

/**
 * Writes a batch and settles every item it decided; returns the items an error left undecided,
 * with that error (nothing of theirs may be stored).
 */
export type BatchWriter<T extends QueuedItem> = (batch: T[]) => Promise<Array<{ item: T; error: unknown }>>;

export interface GroupCommitLogger {
  warn(message: string): void;
}

export class GroupCommitQueue<T extends QueuedItem> {
  /** Groups of items waiting, in arrival order; a lone item is a group of one. */
  private readonly queue: T[][] = [];
  private inFlight = 0;
  private newestStartedAt = 0;
  private stallTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly name: string,
    private readonly write: BatchWriter<T>,
    private readonly options: GroupCommitOptions,
    private readonly logger: GroupCommitLogger,
  ) {}

  push(item: T): void {
    this.pushAll([item]);
  }

  /**
   * Items that belong together (the lines of a client's batch) are written in one batch, in their
   * order, never split: a group larger than `maxBatch` goes alone; smaller ones join others.
   */
  pushAll(items: readonly T[]): void {
    if (items.length === 0) return;
    this.queue.push([...items]);
    this.pump();
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      if (this.inFlight > 0) {
        const waited = Date.now() - this.newestStartedAt;
        if (waited < this.options.stallMs) {
          this.pumpAgainIn(this.options.stallMs - waited);
          return;
        }
      }
      const batch = this.take();
      this.inFlight += 1;
      this.newestStartedAt = Date.now();
      void this.flush(batch)
        // A bug past the per-item handling must not leave requests hanging (settled ones ignore it).
        .catch((err: unknown) => batch.forEach((item) => item.reject(err)))
        .finally(() => {
          this.inFlight -= 1;
          this.pump();
        });
    }
  }

  /** The first waiting group and the groups after it that fit with it in `maxBatch`. */
  private take(): T[] {
    const batch = this.queue.shift()!;
    while (this.queue.length > 0 && batch.length + this.queue[0].length <= this.options.maxBatch) batch.push(...this.queue.shift()!);
    return batch;
  }

  /** Looks again once the newest batch has been in flight for `stallMs` (one timer at a time). */
  private pumpAgainIn(ms: number): void {
    if (this.stallTimer) return;
    this.stallTimer = setTimeout(() => {
      this.stallTimer = undefined;
      this.pump();
    }, ms);
  }

  /** A batch that fails is retried one item at a time for the items it left, so one bad item cannot fail the others. */
  private async flush(batch: T[]): Promise<void> {
    const failed = await this.write(batch);
    if (failed.length === 0) return;
    if (batch.length === 1) {
      failed[0].item.reject(failed[0].error);
      return;
    }
    this.logger.warn(`${this.name} batch of ${batch.length} failed for ${failed.length}, writing those one by one: ${(failed[0].error as Error).message}`);
    await Promise.all(
      failed.map(async ({ item }) => {
        const [again] = await this.write([item]);
        if (again) item.reject(again.error);
      }),
    );
  }
}
