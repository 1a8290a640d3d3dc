// `npm run clock -- --to 2024-02-01`: moves every service's simulated clock forward to a day (or
// an instant), as the year simulation does between its days; `npm run clock` alone shows each
// service's clock. The services must run with CLOCK_SIMULATED_START (never in production);
// addresses from <SERVICE>_URL as for the reference data, an admin token from JWT_SECRET.
import { jwtSecretFromEnv } from '../libs/common/src/auth/auth-config';
import { signToken } from '../libs/common/src/auth/jwt';
import { runCli } from '../libs/common/src/cli/run-cli';
import { serviceUrls } from './load-reference';

interface ClockAnswer {
  mode?: string;
  today?: string;
  code?: string;
  detail?: string;
}

/** `--to <date>` or nothing (show). */
export function targetOf(argv: string[]): string | null {
  const at = argv.indexOf('--to');
  if (at === -1) return null;
  const to = argv[at + 1];
  if (!to) throw new Error('--to needs a date (YYYY-MM-DD) or an ISO instant with its offset');
  return to;
}

async function main(argv: string[]): Promise<number> {
  const to = targetOf(argv);
  const token = signToken({ sub: 'clock-mover', roles: ['admin'], division: '000000' }, { secret: jwtSecretFromEnv(), expiresIn: '5m' });
  let failed = 0;
  // One service after another: the simulator moves on only once every service is on the new day.
  for (const [service, url] of Object.entries(serviceUrls())) {
    const res = await fetch(`${url}/api/v1/clock`, {
      method: to ? 'PUT' : 'GET',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(to ? { body: JSON.stringify({ at: to }) } : {}),
    });
    const body = (await res.json()) as ClockAnswer;
    if (!res.ok) failed += 1;
    console.log(res.ok ? `${service}: ${body.mode} ${body.today}` : `${service}: ${res.status} ${body.code} ${body.detail ?? ''}`);
  }
  return failed === 0 ? 0 : 1;
}

if (require.main === module) runCli(main);
