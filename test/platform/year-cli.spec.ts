import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointPath, readCheckpoint, writeCheckpoint } from '../../scripts/year/checkpoint';
import { clockRefusals, firstDayToDrive, type ClockReading } from '../../scripts/year/clock-check';
import { newDriveState } from '../../scripts/year/drive';
import { formatDuration, ProgressDisplay, progressLine } from '../../scripts/year/progress';
import { backlogOf } from '../../scripts/year/settle';
import { NOT_DRIVEN_YET, summaryText } from '../../scripts/year/summary';
import { newTally, recordOutcome, refused, refusalsByCode, DONE, PRESENT } from '../../scripts/year/tally';
import { parseYearArgs } from '../../scripts/year/year-args';

describe('npm run year arguments', () => {
  it('takes a year and a scale, with seed, concurrency and checkpoint directory defaulted', () => {
    expect(parseYearArgs(['--year', '2024', '--scale', 'tiny'])).toEqual({ ok: true, options: { year: 2024, scale: 'tiny', seed: 1, concurrency: 8, checkpointDir: 'reports/year' } });
    expect(parseYearArgs(['--year', '2024', '--scale', 'province', '--seed', '7', '--concurrency', '16', '--checkpoint-dir', '/tmp/y'])).toMatchObject({ ok: true, options: { scale: 'province', seed: 7, concurrency: 16, checkpointDir: '/tmp/y' } });
  });

  it.each([
    [['--scale', 'city'], '--year is required'],
    [['--year', '24', '--scale', 'city'], '--year must be a year between 2000 and 2100, got "24"'],
    [['--year', '2024'], '--scale must be tiny, city, province, got nothing'],
    [['--year', '2024', '--scale', 'town'], '--scale must be tiny, city, province, got "town"'],
    [['--year', '2024', '--scale', 'city', '--seed', '1.5'], '--seed must be an integer from 0 to 4294967295, got "1.5"'],
    [['--year', '2024', '--scale', 'city', '--seed', '4294967296'], '--seed must be an integer from 0 to 4294967295, got "4294967296"'],
    [['--year', '2024', '--scale', 'city', '--concurrency', '0'], '--concurrency must be 1 to 64, got "0"'],
    [['--year', '2024', '--scale', 'city', '--days', '3'], 'unknown argument "--days"'],
    [['--year', '', '--scale', 'city'], '--year needs a value'],
  ])('refuses %j: %s', (argv, error) => expect(parseYearArgs(argv)).toEqual({ ok: false, help: false, error }));
});

describe('the clocks a year can be driven on', () => {
  const at = (service: string, today: string, mode = 'simulated'): ClockReading => ({ service, status: 200, mode, today });

  it('starts on the year’s first day, or the day after the checkpoint’s last', () => {
    expect(firstDayToDrive(2024, null)).toBe('2024-01-01');
    expect(firstDayToDrive(2024, '2024-02-29')).toBe('2024-03-01');
  });

  it('are simulated ones no later than the first day to drive', () => {
    expect(clockRefusals([at('civil-registration', '2024-01-01'), at('payments', '2023-12-01')], '2024-01-01', false)).toEqual([]);
    expect(clockRefusals([at('civil-registration', '2024-03-01')], '2024-03-01', true)).toEqual([]);
  });

  it('refuses, one line per service at fault, saying what to do', () => {
    const refusals = clockRefusals(
      [at('civil-registration', '2024-05-02'), at('elderly-care', '2026-12-06', 'system'), { service: 'canteen', status: 0, detail: 'fetch failed' }, { service: 'payments', status: 401, detail: 'AUTH.INVALID_TOKEN' }],
      '2024-01-01',
      false,
    );
    expect(refusals).toEqual([
      expect.stringMatching(/^civil-registration is at 2024-05-02, past 2024-01-01: simulated time moves only forward, so a new year needs a platform started afresh .* CLOCK_SIMULATED_START=2024-01-01$/),
      'elderly-care runs on the system clock, not a simulated one: start it with CLOCK_SIMULATED_START=2024-01-01',
      'canteen: not reachable (fetch failed); start the platform with CLOCK_SIMULATED_START=2024-01-01',
      'payments: GET /api/v1/clock answered 401 AUTH.INVALID_TOKEN',
    ]);
    expect(clockRefusals([at('civil-registration', '2024-05-02')], '2024-03-01', true)).toEqual(['civil-registration is at 2024-05-02, past 2024-03-01 where the checkpoint resumes: simulated time moves only forward']);
  });
});

describe('the checkpoint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'year-checkpoint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is named by year, scale and seed, and read back as written', () => {
    const path = checkpointPath(dir, 2024, 'city', 3);
    expect(path).toBe(join(dir, '2024-city-3.json'));
    expect(readCheckpoint(path, 2024, 'city', 3)).toBeNull();
    const checkpoint = { version: 1 as const, year: 2024, scale: 'city' as const, seed: 3, ...newDriveState(), lastCompletedDay: '2024-04-30', refs: { 'marriage:1': 'id' }, updatedAt: 'now' };
    writeCheckpoint(path, checkpoint);
    expect(readCheckpoint(path, 2024, 'city', 3)).toEqual(checkpoint);
  });

  it('of another year, scale or seed is refused rather than resumed', () => {
    const path = join(dir, 'other.json');
    writeFileSync(path, JSON.stringify({ version: 1, year: 2024, scale: 'tiny', seed: 1 }));
    expect(() => readCheckpoint(path, 2024, 'city', 1)).toThrow(/is not a checkpoint of 2024 city seed 1; move it away/);
    expect(readFileSync(path, 'utf8')).toContain('tiny');
  });
});

describe('the progress line', () => {
  it('shows the simulated date, events done of all, this run’s rate and the time left at it', () => {
    expect(progressLine({ date: '2024-03-14', done: 1500, total: 7956, runDone: 1000, runMs: 20_000 })).toBe('2024-03-14  1,500/7,956 events  50.0/s  ETA 2m 09s');
    expect(progressLine({ date: '2024-01-01', done: 0, total: 10, runDone: 0, runMs: 0 })).toBe('2024-01-01  0/10 events  0.0/s  ETA —');
    expect([formatDuration(9_400), formatDuration(61_000), formatDuration(3_725_000)]).toEqual(['9s', '1m 01s', '1h 02m']);
  });

  it('is redrawn in place on a terminal, and written once a month elsewhere', () => {
    const written: string[] = [];
    const snapshot = (date: string) => ({ date, done: 1, total: 2, runDone: 1, runMs: 1000 });
    const log = new ProgressDisplay({ isTTY: false, write: (t) => written.push(t) });
    for (const date of ['2024-01-01', '2024-01-02', '2024-02-01', '2024-02-02']) log.show(snapshot(date));
    expect(written.map((w) => w.slice(0, 10))).toEqual(['2024-01-01', '2024-02-01']);
    const tty: string[] = [];
    const screen = new ProgressDisplay({ isTTY: true, write: (t) => tty.push(t) });
    screen.show(snapshot('2024-01-01'));
    screen.note('registers: elders 5000/126300');
    expect(tty).toEqual([`\r${progressLine(snapshot('2024-01-01'))}\x1b[K`, '\r\x1b[K', 'registers: elders 5000/126300\n']);
  });
});

describe('the summary', () => {
  it('shows per kind what was planned and answered, refusals by problem code, and what is not driven yet', () => {
    const tally = newTally();
    recordOutcome(tally, 'death', DONE, 'd1');
    recordOutcome(tally, 'death', PRESENT, 'd2');
    recordOutcome(tally, 'marriage', refused('MARRIAGE.ALREADY_MARRIED', 'already'), '2024-05-20 marriage:4');
    recordOutcome(tally, 'divorce-application', refused('YEAR.MARRIAGE_NOT_REGISTERED', 'none'), 'x');
    recordOutcome(tally, 'marriage', refused('MARRIAGE.ALREADY_MARRIED', 'again'), 'y');
    expect(refusalsByCode(tally)).toEqual([
      { code: 'MARRIAGE.ALREADY_MARRIED', n: 2, kinds: ['marriage'] },
      { code: 'YEAR.MARRIAGE_NOT_REGISTERED', n: 1, kinds: ['divorce-application'] },
    ]);
    const text = summaryText({ year: 2024, scale: 'city', seed: 1, planned: { death: 3715, marriage: 3104 }, tally, lastCompletedDay: '2024-02-29', lastDayOfYear: '2024-12-31', drivenMs: 61_000, runMs: 5_000, deadLetters: { 'elderly-care': 2 } });
    expect(text).toContain('driven up to 2024-02-29; run again to resume; 1m 01s of driving in all, 5s in this run.');
    expect(text).toMatch(/death\s+3715\s+1\s+1\s+0\n/);
    expect(text).toMatch(/marriage\s+3104\s+0\s+0\s+2\n/);
    expect(text).toContain('  MARRIAGE.ALREADY_MARRIED  2  (marriage)');
    expect(text).toContain('  2024-05-20 marriage:4: MARRIAGE.ALREADY_MARRIED already');
    expect(text).toContain('Dead letters (events whose handling failed; npm run dlq): elderly-care 2');
    for (const item of NOT_DRIVEN_YET) expect(text).toContain(item);
  });
});

describe('the services’ backlog', () => {
  it('is read from their /metrics', () => {
    const metrics = [
      '# HELP civil_affairs_outbox_backlog Outbox events not yet published',
      'civil_affairs_outbox_backlog{service="social-assistance"} 3',
      'civil_affairs_queue_messages{service="social-assistance",queue="events"} 12',
      'civil_affairs_queue_messages{service="social-assistance",queue="dlq"} 1',
    ].join('\n');
    expect(backlogOf(metrics)).toEqual({ outbox: 3, queued: 12, deadLetters: 1 });
    expect(backlogOf('')).toEqual({ outbox: 0, queued: 0, deadLetters: 0 });
  });
});
