import { GroupCommitQueue, type QueuedItem } from './group-commit-queue';

interface Item extends QueuedItem {
  n: number;
  resolve(value: number): void;
}

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

function enqueue(queue: GroupCommitQueue<Item>, n: number): Promise<number> {
  return new Promise<number>((resolve, reject) => queue.push({ n, resolve, reject }));
}

describe('GroupCommitQueue', () => {
  const logger = { warn: jest.fn() };

  /** One batch in flight; the first waits for `gate` so that the items pushed meanwhile queue up. The writer resolves each item to n × factor. */
  function gatedQueue(maxBatch: number, factor = 1) {
    const batches: number[][] = [];
    const gate = deferred();
    const queue = new GroupCommitQueue<Item>(
      'test',
      async (batch) => {
        batches.push(batch.map((i) => i.n));
        if (batches.length === 1) await gate.promise;
        batch.forEach((i) => i.resolve(i.n * factor));
        return [];
      },
      { maxInFlight: 1, stallMs: 20, maxBatch },
      logger,
    );
    return { queue, batches, gate };
  }

  it('writes a lone item at once and the items that arrive meanwhile as the next batch', async () => {
    const { queue, batches, gate } = gatedQueue(10, 10);
    const first = enqueue(queue, 1);
    const rest = [2, 3, 4].map((n) => enqueue(queue, n));
    gate.release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('splits at maxBatch', async () => {
    const { queue, batches, gate } = gatedQueue(2);
    const all = [1, 2, 3, 4, 5].map((n) => enqueue(queue, n));
    gate.release();
    await Promise.all(all);
    expect(batches.map((b) => b.length)).toEqual([1, 2, 2]);
  });

  it('writes a group pushed together in one batch, in its order, past maxBatch, and lets lone items join a group that fits', async () => {
    const { queue, batches, gate } = gatedQueue(3);
    const group = (ns: number[]) => {
      const items: Item[] = [];
      const done = ns.map((n) => new Promise<number>((resolve, reject) => items.push({ n, resolve, reject })));
      queue.pushAll(items);
      return done;
    };
    const all = [enqueue(queue, 1), ...group([2, 3, 4, 5]), enqueue(queue, 6), ...group([7, 8]), enqueue(queue, 9), ...group([])];
    gate.release();
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(batches).toEqual([[1], [2, 3, 4, 5], [6, 7, 8], [9]]);
  });

  it('retries the items a failed batch left one by one, rejecting only the one that fails again', async () => {
    const queue = new GroupCommitQueue<Item>(
      'test',
      async (batch) => {
        if (batch.length > 1) return batch.map((item) => ({ item, error: new Error('batch failed') }));
        if (batch[0].n === 2) return [{ item: batch[0], error: new Error('bad item') }];
        batch[0].resolve(batch[0].n);
        return [];
      },
      { maxInFlight: 1, stallMs: 20, maxBatch: 10 },
      logger,
    );
    // 1 is written alone at once; 2 and 3 arrive while it is in flight and form the next batch.
    const results = await Promise.allSettled([1, 2, 3].map((n) => enqueue(queue, n)));
    // The first went alone and succeeded; 2 and 3 formed a failed batch and were retried singly.
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([1, 'bad item', 3]);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('test batch of 2 failed for 2'));
  });

  it('starts a second batch beside a stalled one only after stallMs', async () => {
    const gate = deferred();
    const started: number[] = [];
    const queue = new GroupCommitQueue<Item>(
      'test',
      async (batch) => {
        started.push(batch[0].n);
        if (batch[0].n === 1) await gate.promise;
        batch.forEach((i) => i.resolve(i.n));
        return [];
      },
      { maxInFlight: 2, stallMs: 30, maxBatch: 10 },
      logger,
    );
    const first = enqueue(queue, 1);
    const second = enqueue(queue, 2);
    expect(started).toEqual([1]);
    expect(await second).toBe(2); // written beside the stalled first batch
    expect(started).toEqual([1, 2]);
    gate.release();
    expect(await first).toBe(1);
  });
});
