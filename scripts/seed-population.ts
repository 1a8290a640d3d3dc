// `npm run seed -- --scale city|province [--dry-run]`: generates the deterministic synthetic
// population (scripts/population/) and loads it through the services' own APIs: elders by the
// bulk import, households with their 低保/特困 applications and approvals, children, canteen
// diners. Needs the services running with reference data (npm start). A 低保 application goes
// through its public notice (公示) first: under the city's 7-day notice its approval is refused
// until the notice ends, and the case is counted as `inPublicNotice` (not as a refusal), to be
// approved by a person once it has ended.
import { jwtSecretFromEnv } from '../libs/common/src/auth/auth-config';
import { signToken } from '../libs/common/src/auth/jwt';
import { ageOn } from '../libs/common/src/resident-id/resident-id';
import { countPopulation, generatePopulation } from './population/generate';
import { loadPopulation } from './population/load';
import { profileFor } from './population/profile';
import { parseSeedArgs, SEED_USAGE } from './population/seed-args';
import { serviceBaseUrls } from './report/collect';
import { optionsOrExitCode } from '../libs/common/src/cli/cli-args';
import { runCli } from '@app/common/cli/run-cli';

async function main(argv: string[]): Promise<number> {
  const options = optionsOrExitCode(parseSeedArgs(argv), SEED_USAGE);
  if (typeof options === 'number') return options;
  const { scale, seed, asOf, dryRun, concurrency } = options;
  const population = generatePopulation(profileFor(scale), seed, asOf);
  const counts = countPopulation(population, ageOn);
  process.stdout.write(`${JSON.stringify({ scale, seed, asOf, ...counts }, null, 2)}\n`);
  if (dryRun) return 0;

  const secret = jwtSecretFromEnv(process.env, (message) => process.stderr.write(`warning: ${message}\n`));
  const token = (sub: string): string => signToken({ sub, roles: ['admin'], division: '000000' }, { secret, expiresIn: '12h' });
  const summary = await loadPopulation(population, {
    baseUrls: serviceBaseUrls(process.env),
    clerkToken: token('seed-clerk'),
    approverToken: token('seed-approver'),
    http: (url, init) => fetch(url, init),
    concurrency,
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  const refused = Object.values(summary).reduce((n, step) => n + Object.values(step.refused).reduce((a, b) => a + b, 0), 0);
  return refused === 0 ? 0 : 1;
}

runCli(main);
