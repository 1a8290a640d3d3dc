import { RelayWakes } from './relay-wakes';

describe('RelayWakes', () => {
  let now: number;

  beforeEach(() => {
    jest.useFakeTimers();
    now = Date.now();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  /** Whether the wait has ended after `ms` more milliseconds. */
  async function endedAfter(wait: { done: boolean }, ms: number): Promise<boolean> {
    await jest.advanceTimersByTimeAsync(ms);
    return wait.done;
  }

  function track(promise: Promise<void>): { done: boolean } {
    const wait = { done: false };
    void promise.then(() => (wait.done = true));
    return wait;
  }

  it.each([
    ['a NOTIFY while idle ends the wait after the delay', 20, [[19, false], [1, true]]],
    ['without a delay, at once', 0, [[0, true]]],
  ] as const)('%s', async (_, delay, steps) => {
    const wakes = new RelayWakes(delay, () => false);
    const wait = track(wakes.waitForWork(1_000));
    await jest.advanceTimersByTimeAsync(100);
    wakes.notify();
    for (const [ms, ended] of steps) expect(await endedAfter(wait, ms)).toBe(ended);
  });

  it('without a NOTIFY, waits for the poll', async () => {
    const wakes = new RelayWakes(20, () => false);
    const wait = track(wakes.waitForWork(1_000));
    expect(await endedAfter(wait, 999)).toBe(false);
    expect(await endedAfter(wait, 1)).toBe(true);
  });

  it('more NOTIFYs while gathering do not push the claim back', async () => {
    const wakes = new RelayWakes(20, () => false);
    const wait = track(wakes.waitForWork(1_000));
    wakes.notify();
    await jest.advanceTimersByTimeAsync(15);
    wakes.notify();
    expect(await endedAfter(wait, 5)).toBe(true);
  });

  it('a NOTIFY while busy counts from when it came', async () => {
    const wakes = new RelayWakes(20, () => false);
    wakes.notify(); // during a claim: nobody waits
    jest.setSystemTime(now + 15);
    const wait = track(wakes.waitForWork(1_000));
    expect(await endedAfter(wait, 4)).toBe(false);
    expect(await endedAfter(wait, 1)).toBe(true);
    // It was used up: the next wait is for the poll again.
    const next = track(wakes.waitForWork(1_000));
    expect(await endedAfter(next, 500)).toBe(false);
  });

  it('a NOTIFY during a backoff does not end it', async () => {
    const wakes = new RelayWakes(0, () => false);
    const wait = track(wakes.sleep(500, 'backoff'));
    wakes.notify();
    expect(await endedAfter(wait, 499)).toBe(false);
    expect(await endedAfter(wait, 1)).toBe(true);
  });

  it('now() ends any wait; a stopped relay does not wait', async () => {
    let stopped = false;
    const wakes = new RelayWakes(20, () => stopped);
    const wait = track(wakes.sleep(5_000, 'backoff'));
    wakes.now();
    expect(await endedAfter(wait, 0)).toBe(true);
    stopped = true;
    expect(await endedAfter(track(wakes.waitForWork(1_000)), 0)).toBe(true);
  });
});
