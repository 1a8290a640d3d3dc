// Arguments of `npm run seed`. Pure.
import { parseCliArgs, refuse, type ParsedArgs } from '../../libs/common/src/cli/cli-args';
import type { Scale } from './profile';

export const SEED_USAGE = `Generates the synthetic population and loads it through the services' APIs.

usage: npm run seed -- --scale city|province [--seed <n>] [--as-of YYYY-MM-DD] [--dry-run] [--concurrency <n>]

  --scale        city (126,300 aged 60+, 15,997 aged 80+, 43 aged 100+, ...) or province (10 cities)
  --seed         PRNG seed, default 2024: the same seed gives the same people
  --as-of        the day ages are taken on, default 2024-12-31 (the city's summary)
  --dry-run      print the counts, load nothing
  --concurrency  requests in flight per step, default 8

Needs the five services running with reference data (npm start). Services are reached as for
npm run report (PORT_<SERVICE> or <SERVICE>_URL). Set RATE_LIMIT_WRITES=0 on the services for a
fast load; otherwise the loader waits out every 429.`;

export interface SeedOptions {
  scale: Scale;
  seed: number;
  asOf: string;
  dryRun: boolean;
  concurrency: number;
}

export type SeedArgs = ParsedArgs<SeedOptions>;

const SEED_OPTIONS = {
  scale: { type: 'string' },
  seed: { type: 'string' },
  'as-of': { type: 'string' },
  concurrency: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const parsed = parseCliArgs(argv, SEED_OPTIONS);
  if (!parsed.ok) return parsed;
  const { 'dry-run': dryRun = false, ...values } = parsed.options.values;
  const empty = Object.entries(values).find(([, value]) => value === '');
  if (empty) return refuse(`--${empty[0]} needs a value`);
  const scale = values.scale;
  if (scale !== 'city' && scale !== 'province') return refuse(`--scale must be city or province, got ${scale === undefined ? 'nothing' : `"${scale}"`}`);
  const seed = Number(values.seed ?? '2024');
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return refuse(`--seed must be an integer from 0 to 4294967295, got "${values.seed}"`);
  const asOf = values['as-of'] ?? '2024-12-31';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) || new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) !== asOf) {
    return refuse(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  }
  const concurrency = Number(values.concurrency ?? '8');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return refuse(`--concurrency must be 1 to 64, got "${values.concurrency}"`);
  return { ok: true, options: { scale, seed, asOf, dryRun, concurrency } };
}
