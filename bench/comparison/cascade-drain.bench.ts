// bench/comparison, second part: the cascades a public security file sets off, drained through
// every service. The platform runs as separate processes (civil-registration, social-assistance,
// elderly-care, child-welfare, canteen, data-exchange) on a vhost and databases of this run; the
// covered-person register is seeded with the city's covered population; the same N-line file as
// bench:comparison is posted, and the clock runs from the POST until every death it raised is
// recorded by civil-registration (source PUBLIC_SECURITY) and taken by every consumer of
// civil-registration.death.registered.v1 (its inbox row). Reported: deaths/s through all services.
// The people are in the register only, not enrolled in each programme: every consumer receives,
// checks and records each death, and finds nothing of its own to stop — this measures the
// event path, not a programme's stop (bench:cascade's subject).
// Usage: npm run bench:comparison:drain [-- --lines 1000000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadReferenceData } from '../../scripts/load-reference-data';
import globalSetup from '../../test/support/global-setup';
import globalTeardown from '../../test/support/global-teardown';
import { PG, testDatabaseName } from '../../test/support/test-env';
import { Platform, token, type ServiceName } from '../../test/system/support/platform';
import { benchArgs } from '../bench-args';
import { postFile, seedRegister, writeFile } from './public-security-file';

const { lines: N } = benchArgs('bench:comparison:drain', { lines: 1_000_000 });
const PURPOSE = 'bench_comparison';
const SERVICES: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'data-exchange'];
const CONSUMERS: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen'];
const FEED = token(['feed-public-security'], 'bench-public-security', '110000');
const seconds = (t0: number): number => (performance.now() - t0) / 1000;

async function count(service: ServiceName, sql: string): Promise<number> {
  const client = new Client({ ...PG, database: testDatabaseName(`${PURPOSE}_${service.replace('-', '_')}`) });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  await globalSetup();
  const platform = new Platform(PURPOSE);
  const dir = mkdtempSync(join(tmpdir(), 'cap-bench-drain-'));
  try {
    await platform.start(SERVICES, { CLOCK_FIXED_DATE: '2024-09-05' });
    await loadReferenceData(platform.urls());
    const register = new Client({ ...PG, database: testDatabaseName(`${PURPOSE}_data_exchange`) });
    await register.connect();
    await seedRegister(register);
    await register.end();
    const file = join(dir, 'household-registration.csv');
    const { matching, deaths } = await writeFile(file, N);

    const t0 = performance.now();
    const res = await postFile(file, N, Number(new URL(platform.urls()['data-exchange']).port), FEED);
    const importSeconds = seconds(t0);
    if (res.status !== 200) throw new Error(`import: ${res.status} ${res.body.slice(0, 500)}`);
    const recorded = () => count('civil-registration', `SELECT count(*) AS n FROM death_record WHERE source = 'PUBLIC_SECURITY'`);
    const taken = (service: ServiceName) => count(service, `SELECT count(*) AS n FROM inbox WHERE event_type = 'civil-registration.death.registered.v1'`);
    const done = new Map<ServiceName, number>();
    let recordedAt = 0;
    const deadline = Date.now() + 30 * 60_000;
    while (done.size < CONSUMERS.length) {
      if (Date.now() > deadline) throw new Error(`not drained after 30 minutes: ${JSON.stringify(Object.fromEntries(done))}`);
      if (!recordedAt && (await recorded()) === deaths) recordedAt = seconds(t0);
      for (const service of CONSUMERS) if (!done.has(service) && (await taken(service)) === deaths) done.set(service, seconds(t0));
      await new Promise((r) => setTimeout(r, 200));
    }
    const drained = Math.max(...done.values());
    console.log(`bench/comparison (drain): ${N.toLocaleString('en')}-line public security file, ${deaths.toLocaleString('en')} deaths and ${(matching - deaths).toLocaleString('en')} moves of covered people; six services as processes`);
    console.log(`  import answered after ${importSeconds.toFixed(2)} s; every death recorded (source PUBLIC_SECURITY) after ${recordedAt.toFixed(2)} s`);
    console.log(`  taken by every consumer after ${drained.toFixed(2)} s: ${[...done].map(([s, t]) => `${s} ${t.toFixed(2)} s`).join(', ')}`);
    console.log(`  deaths/s through all services: ${Math.round(deaths / drained).toLocaleString('en')} (from the POST to the last consumer's inbox)`);
  } finally {
    await platform.stop();
    rmSync(dir, { recursive: true, force: true });
    await globalTeardown();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
