// Arguments of `npm run year`. Pure.
import { parseCliArgs, refuse, type ParsedArgs } from '../../libs/common/src/cli/cli-args';
import { YEAR_SCALES, type YearScale } from './profile';

export const YEAR_USAGE = `Drives the city's year through the services' public APIs, day by day on their simulated clocks.

usage: npm run year -- --year <YYYY> --scale tiny|city|province [--seed <n>] [--concurrency <n>] [--checkpoint-dir <dir>]

  --year            the calendar year, e.g. 2024
  --scale           tiny (a few hundred people, for CI), city (the city's 2024 figures) or province (ten cities)
  --seed            PRNG seed, default 1: the same seed gives the same people and the same events
  --concurrency     requests in flight within a kind of a day, default 8
  --checkpoint-dir  where the checkpoint <year>-<scale>-<seed>.json is kept, default reports/year

Needs every service running on a simulated clock at the year's first day, with the reference data:
CLOCK_SIMULATED_START=<year>-01-01 npm start (RATE_LIMIT_WRITES=0 on the services for a fast year).
A run stopped by Ctrl-C (or anything else) is resumed by running the same command again: it goes
on after the last day it completed. Services are reached at <SERVICE>_URL, else 127.0.0.1 on their
default ports; tokens are signed with JWT_SECRET (or the local-development secret).`;

export interface YearOptions {
  year: number;
  scale: YearScale;
  seed: number;
  concurrency: number;
  checkpointDir: string;
}

const YEAR_OPTIONS = {
  year: { type: 'string' },
  scale: { type: 'string' },
  seed: { type: 'string' },
  concurrency: { type: 'string' },
  'checkpoint-dir': { type: 'string' },
} as const;

export function parseYearArgs(argv: readonly string[]): ParsedArgs<YearOptions> {
  const parsed = parseCliArgs(argv, YEAR_OPTIONS);
  if (!parsed.ok) return parsed;
  const values = parsed.options.values;
  const empty = Object.entries(values).find(([, value]) => value === '');
  if (empty) return refuse(`--${empty[0]} needs a value`);
  if (values.year === undefined) return refuse('--year is required');
  if (!/^\d{4}$/.test(values.year) || Number(values.year) < 2000 || Number(values.year) > 2100) return refuse(`--year must be a year between 2000 and 2100, got "${values.year}"`);
  const scale = values.scale as YearScale | undefined;
  if (scale === undefined || !YEAR_SCALES.includes(scale)) return refuse(`--scale must be ${YEAR_SCALES.join(', ')}, got ${scale === undefined ? 'nothing' : `"${scale}"`}`);
  const seed = Number(values.seed ?? '1');
  if (!/^\d+$/.test(values.seed ?? '1') || seed > 0xffffffff) return refuse(`--seed must be an integer from 0 to 4294967295, got "${values.seed}"`);
  const concurrency = Number(values.concurrency ?? '8');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return refuse(`--concurrency must be 1 to 64, got "${values.concurrency}"`);
  return { ok: true, options: { year: Number(values.year), scale, seed, concurrency, checkpointDir: values['checkpoint-dir'] ?? 'reports/year' } };
}
