import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { loadReferenceData } from '../../scripts/load-reference-data';
import { loadReferenceRecords } from '../../scripts/load-reference-records';
import { createYearApi, signYearTokens, type YearApi } from '../../scripts/year/api';
import { checkpointPath, readCheckpoint, writeCheckpoint } from '../../scripts/year/checkpoint';
import { clockRefusals, readClocks } from '../../scripts/year/clock-check';
import { driveYear, newDriveState, type DriveState } from '../../scripts/year/drive';
import { PAYROLL_PROGRAMMES } from '../../scripts/year/events';
import { buildPlan, planFigures, plannedCounts, type YearPlan } from '../../scripts/year/plan';
import { yearProfileFor } from '../../scripts/year/profile';
import { summaryText } from '../../scripts/year/summary';
import { refusalsByCode } from '../../scripts/year/tally';
import { expectMealsAndHomeCare } from './support/year-elderly-checks';
import { Platform, type ServiceName } from './support/platform';

// The tiny year (a few hundred people) driven through the same code as `npm run year`, on the
// services' simulated clocks from 1 January: it is stopped at the end of March and resumed from
// its checkpoint file, as after a Ctrl-C, and what the services' annual reports say at the end is
// the tiny profile, exactly. Driven again from the start on a second platform with the same seed,
// it gives the same reports, to the fen.
const YEAR = 2024;
const SEED = 1;
const SERVICES: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen'];

describe('the tiny year', () => {
  const profile = yearProfileFor('tiny');
  const plan: YearPlan = buildPlan(profile, YEAR, SEED);
  const dir = mkdtempSync(join(tmpdir(), 'year-'));
  const path = checkpointPath(dir, YEAR, 'tiny', SEED);
  let platform: Platform | undefined;
  let api: YearApi;
  let firstReports: Record<string, unknown> = {};

  async function startPlatform(purpose: string): Promise<void> {
    await platform?.stop();
    platform = new Platform(purpose);
    await platform.start(SERVICES, { CLOCK_SIMULATED_START: `${YEAR}-01-01` });
    await loadReferenceData(platform.urls());
    await loadReferenceRecords(platform.urls());
    api = createYearApi({ baseUrls: platform.urls(), http: (url, init) => fetch(url, init), tokens: signYearTokens(process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET) });
  }

  afterAll(async () => {
    await platform?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function drive(state: DriveState, stopAfter?: string): Promise<boolean> {
    const { stopped } = await driveYear(plan, {
      api,
      clockServices: SERVICES,
      state,
      concurrency: 4,
      log: () => undefined,
      shouldStop: () => stopAfter !== undefined && state.lastCompletedDay !== null && state.lastCompletedDay >= stopAfter,
      onDayDone: (_day, s) => writeCheckpoint(path, { version: 1, year: YEAR, scale: 'tiny', seed: SEED, ...s, updatedAt: new Date().toISOString() }),
    });
    return stopped;
  }

  const annual = async (service: ServiceName): Promise<Record<string, unknown>> =>
    (await api.call(service, 'GET', `/api/v1/reports/annual?year=${YEAR}`, 'auditor')).body as Record<string, unknown>;
  // The canteens' ids differ between platforms; their names and figures do not.
  const withoutIds = (report: unknown): unknown => JSON.parse(JSON.stringify(report, (key, value: unknown) => (key === 'canteenId' ? undefined : value)));
  const allReports = async (): Promise<Record<string, unknown>> => Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, withoutIds(await annual(s))] as const)));

  it('runs on the simulated clocks, stops, resumes from its checkpoint, and reports its own profile', async () => {
    await startPlatform('year');
    const started = Date.now();
    expect(clockRefusals(await readClocks(api, SERVICES), `${YEAR}-01-01`, false)).toEqual([]);

    expect(await drive(newDriveState(), `${YEAR}-03-31`)).toBe(true);
    const checkpoint = readCheckpoint(path, YEAR, 'tiny', SEED)!;
    expect(checkpoint.lastCompletedDay).toBe(`${YEAR}-03-31`);
    // The services are where the year stopped: a new year could not start on them, the resumed one can.
    expect(clockRefusals(await readClocks(api, SERVICES), `${YEAR}-01-01`, false)).toHaveLength(SERVICES.length);
    expect(clockRefusals(await readClocks(api, SERVICES), `${YEAR}-04-01`, true)).toEqual([]);
    const { version: _v, year: _y, scale: _s, seed: _seed, updatedAt: _u, ...state } = checkpoint;
    expect(await drive(state)).toBe(false);
    const planned = plannedCounts(plan);
    process.stdout.write(`${summaryText({ year: YEAR, scale: 'tiny', seed: SEED, planned, tally: state.tally, lastCompletedDay: state.lastCompletedDay, lastDayOfYear: `${YEAR}-12-31`, drivenMs: state.drivenMs, runMs: Date.now() - started, deadLetters: state.deadLetters })}\n`);

    expect(refusalsByCode(state.tally)).toEqual([]);
    expect(state.deadLetters).toEqual({});
    // Every planned event was done once, none found already there.
    const done = Object.fromEntries(Object.entries(state.tally.kinds).map(([kind, t]) => [kind, t.done]));
    expect(done).toEqual(planned);

    const v = profile.volumes;
    expect(await annual('civil-registration')).toMatchObject({
      deaths: v.deaths.n,
      exemptBurials: v.huiBurials.n,
      cremations: v.deaths.n - v.huiBurials.n,
      cremationRate: 1,
      marriages: v.marriages.n,
      retroactiveRegistrations: v.retroactiveMarriages.n,
      divorceApplications: v.divorceApplications.n,
      divorceRegistrations: v.divorceRegistrations.n,
      divorcesWithdrawn: 0,
    });
    const population = profile.population;
    expect(await annual('social-assistance')).toMatchObject({ DIBAO: { newHouseholds: population.dibaoHouseholds }, TEKUN: { newHouseholds: population.tekunPersons } });

    // Every month of every programme run by one approver and approved by the other on the month's first day.
    const months = Array.from({ length: 12 }, (_v, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
    for (const programme of PAYROLL_PROGRAMMES) {
      const standing = [];
      for (const month of months) {
        const { status, approvedBy, approvedOn } = (await api.call(programme, 'GET', `/api/v1/payrolls/${month}/summary`, 'auditor')).body as Record<string, unknown>;
        standing.push({ month, status, approvedBy, approvedOn });
      }
      expect([programme, standing]).toEqual([programme, months.map((month) => ({ month, status: 'APPROVED', approvedBy: 'year-approver-2', approvedOn: `${month}-01` }))]);
    }
    await expectMealsAndHomeCare(api, plan, planFigures(plan));
    firstReports = await allReports();
    // The money the year paid, and the deaths' cascades into the programmes: what a second run must repeat.
    const sa = firstReports['social-assistance'] as { DIBAO: { paidFen: number; stoppedPersons: number }; TEKUN: { paidFen: number } };
    const ec = firstReports['elderly-care'] as { highAgeAllowance: { totalFen: number; paidRecipients: number } };
    const cw = firstReports['child-welfare'] as { allowances: { totalFen: number } };
    const paid = { dibaoFen: sa.DIBAO.paidFen, tekunFen: sa.TEKUN.paidFen, dibaoStoppedPersons: sa.DIBAO.stoppedPersons, highAgeFen: ec.highAgeAllowance.totalFen, highAgeRecipients: ec.highAgeAllowance.paidRecipients, childAllowanceFen: cw.allowances.totalFen };
    process.stdout.write(`paid in the tiny year: ${JSON.stringify(paid)}\n`);
    expect(Object.values(paid).every((n) => n > 0)).toBe(true);
    process.stdout.write(`tiny year driven and checked in ${Math.round((Date.now() - started) / 1000)} s\n`);
  });

  it('gives the same annual reports when driven again with the same seed', async () => {
    expect(Object.keys(firstReports)).toEqual(SERVICES);
    await startPlatform('year_again');
    const started = Date.now();
    const state = newDriveState();
    expect(await drive(state)).toBe(false);
    expect(refusalsByCode(state.tally)).toEqual([]);
    expect(await allReports()).toEqual(firstReports);
    process.stdout.write(`tiny year driven again in ${Math.round((Date.now() - started) / 1000)} s\n`);
  });
});
