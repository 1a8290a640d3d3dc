import { claimsSummary, RelayClaimsLog, type ClaimTally } from './relay-claims-log';

describe('claimsSummary', () => {
  it.each<[ClaimTally, number, string | undefined]>([
    [{ rows: 0, batches: 0, skipped: 0, contended: 0 }, 30_000, undefined],
    [{ rows: 120, batches: 3, skipped: 0, contended: 0 }, 30_000, 'last 30 s: published 120 rows in 3 batches; no claim met a row locked by another relay'],
    [{ rows: 1, batches: 1, skipped: 50, contended: 1 }, 12_400, 'last 12 s: published 1 row in 1 batch; 1 claim skipped 50 rows locked by another relay (FOR UPDATE SKIP LOCKED)'],
    [{ rows: 0, batches: 0, skipped: 1, contended: 1 }, 300, 'last 0.3 s: published 0 rows; 1 claim skipped 1 row locked by another relay (FOR UPDATE SKIP LOCKED)'],
    [{ rows: 2_000, batches: 40, skipped: 950, contended: 19 }, 30_000, 'last 30 s: published 2000 rows in 40 batches; 19 claims skipped 950 rows locked by another relay (FOR UPDATE SKIP LOCKED)'],
  ])('%j over %i ms', (tally, periodMs, line) => {
    expect(claimsSummary(tally, periodMs)).toBe(line);
  });
});

describe('RelayClaimsLog', () => {
  let lines: string[];
  let now: number;
  beforeEach(() => {
    jest.useFakeTimers();
    lines = [];
    now = 0;
  });
  afterEach(() => jest.useRealTimers());

  const log = (everyMs: number): RelayClaimsLog => new RelayClaimsLog((line) => lines.push(line), everyMs, () => now);

  it('writes one line per period with what the claims did, and nothing for a period without rows published or skipped', async () => {
    const claims = log(30_000);
    claims.start();
    claims.record(50, 0);
    claims.record(50, 50);
    claims.record(0, 0);
    claims.record(0, 3);
    now = 30_000;
    await jest.advanceTimersByTimeAsync(30_000);
    expect(lines).toEqual(['last 30 s: published 100 rows in 2 batches; 2 claims skipped 53 rows locked by another relay (FOR UPDATE SKIP LOCKED)']);
    // Only empty claims: the relay was idle, and says nothing.
    claims.record(0, 0);
    now = 60_000;
    await jest.advanceTimersByTimeAsync(30_000);
    expect(lines).toHaveLength(1);
    claims.stop();
  });

  it('writes the last, partial period when stopped, and nothing after', async () => {
    const claims = log(30_000);
    claims.start();
    claims.record(7, 0);
    now = 4_000;
    claims.stop();
    expect(lines).toEqual(['last 4 s: published 7 rows in 1 batch; no claim met a row locked by another relay']);
    claims.record(1, 0);
    await jest.advanceTimersByTimeAsync(120_000);
    expect(lines).toHaveLength(1);
  });

  it('is enabled (and the relay counts skipped rows) only with a period', () => {
    expect(log(30_000).enabled).toBe(true);
    expect(log(0).enabled).toBe(false);
  });

  it('never writes with a period of 0', async () => {
    const claims = log(0);
    claims.start();
    claims.record(10, 10);
    await jest.advanceTimersByTimeAsync(120_000);
    claims.stop();
    expect(lines).toEqual([]);
  });
});
