// `npm run year -- --year 2024 --scale tiny|city|province [--seed 1]`: plans the year from the
// profile and the seed (plan.ts), checks that every service is on a simulated clock no later than
// the first day to drive, then drives the days through the public APIs (drive.ts) with a progress
// line, a checkpoint after every day, and the summary at the end. Ctrl-C stops after the current
// day (a second Ctrl-C at once); the same command resumes.
import { jwtSecretFromEnv } from '../../libs/common/src/auth/auth-config';
import { optionsOrExitCode } from '../../libs/common/src/cli/cli-args';
import { runCli } from '../../libs/common/src/cli/run-cli';
import { serviceUrls } from '../load-reference';
import { createYearApi, signYearTokens, type YearApi } from './api';
import { checkpointPath, readCheckpoint, writeCheckpoint } from './checkpoint';
import { clockRefusals, firstDayToDrive, readClocks } from './clock-check';
import { driveYear, newDriveState, type DriveState } from './drive';
import { raiseRefusals } from './kinds/standard-raise';
import { buildPlan, eventCount, plannedCounts, type YearPlan } from './plan';
import { yearProfileFor } from './profile';
import { ProgressDisplay } from './progress';
import { summaryText } from './summary';
import { parseYearArgs, YEAR_USAGE, type YearOptions } from './year-args';

/** Ctrl-C: the first stops after the day being driven, the second at once. */
function stopOnInterrupt(display: ProgressDisplay): () => boolean {
  let asked = false;
  process.on('SIGINT', () => {
    if (asked) process.exit(130);
    asked = true;
    display.note('stopping after this day (Ctrl-C again to stop at once; the day is then driven again on resume)');
  });
  return () => asked;
}

async function main(argv: string[]): Promise<number> {
  const options = optionsOrExitCode(parseYearArgs(argv), YEAR_USAGE);
  if (typeof options === 'number') return options;
  const { year, scale, seed } = options;
  const plan = buildPlan(yearProfileFor(scale), year, seed);
  const path = checkpointPath(options.checkpointDir, year, scale, seed);
  const checkpoint = readCheckpoint(path, year, scale, seed);
  const state = checkpoint ?? newDriveState();
  const urls = serviceUrls();
  const api = createYearApi({ baseUrls: urls, http: (url, init) => fetch(url, init), tokens: signYearTokens(jwtSecretFromEnv(process.env, (m) => process.stderr.write(`warning: ${m}\n`))) });
  const lastDay = plan.days[plan.days.length - 1].date;
  if (state.lastCompletedDay !== lastDay) {
    const firstDay = firstDayToDrive(year, state.lastCompletedDay);
    const refusals = clockRefusals(await readClocks(api, Object.keys(urls)), firstDay, checkpoint !== null);
    // The July raise is the year's to enter: a platform that holds it from the start owes no arrears.
    if (refusals.length === 0) refusals.push(...(await raiseRefusals(api, raiseDayOf(plan), firstDay)));
    if (refusals.length > 0) {
      process.stderr.write(`The year cannot be driven:\n${refusals.map((r) => `  ${r}`).join('\n')}\n`);
      return 1;
    }
    if (checkpoint) process.stdout.write(`resuming after ${checkpoint.lastCompletedDay} (${path})\n`);
    await drive(options, plan, state, urls, api, path);
  }
  const planned = plannedCounts(plan);
  process.stdout.write(`${summaryText({ year, scale, seed, planned, tally: state.tally, lastCompletedDay: state.lastCompletedDay, lastDayOfYear: lastDay, drivenMs: state.drivenMs, runMs: runMs(), deadLetters: state.deadLetters })}\n`);
  const refusedAny = Object.values(state.tally.kinds).some((t) => Object.keys(t.refused).length > 0);
  return state.lastCompletedDay !== lastDay ? 3 : refusedAny ? 1 : 0;
}

const raiseDayOf = (plan: YearPlan): string | null => plan.days.find((d) => d.events.some((e) => e.kind === 'standard-raise'))?.date ?? null;

const started = Date.now();
const runMs = (): number => Date.now() - started;

async function drive(options: YearOptions, plan: YearPlan, state: DriveState, urls: Record<string, string>, api: YearApi, path: string): Promise<void> {
  const { year, scale, seed } = options;
  const display = new ProgressDisplay(process.stderr);
  const shouldStop = stopOnInterrupt(display);
  const total = eventCount(plan);
  const firstDay = firstDayToDrive(year, state.lastCompletedDay);
  let done = plan.days.filter((d) => d.date < firstDay).reduce((n, d) => n + d.events.length, 0);
  // The rate is of the days' events: the registers (a city's take minutes, as one event) are left out of it.
  let rateFrom = Date.now();
  let runDone = 0;
  let date = firstDay;
  const show = (force = false): void => display.show({ date, done, total, runDone, runMs: Date.now() - rateFrom }, force);
  try {
    await driveYear(plan, {
      api,
      clockServices: Object.keys(urls),
      state,
      concurrency: options.concurrency,
      log: (line) => display.note(line),
      shouldStop,
      onDayStart: (day) => {
        date = day.date;
      },
      onEvent: (event) => {
        done++;
        if (event.kind === 'registers') rateFrom = Date.now();
        else runDone++;
        show();
      },
      onDayDone: (day, s) => {
        writeCheckpoint(path, { version: 1, year, scale, seed, ...s, updatedAt: new Date().toISOString() });
        if (day.events.length === 0) show();
      },
    });
  } finally {
    show(true);
    display.end();
  }
}

runCli(main);
