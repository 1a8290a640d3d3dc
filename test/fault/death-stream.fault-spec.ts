import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadReferenceData } from '../../scripts/load-reference-data';
import { Platform, type ServiceName } from '../system/support/platform';
import { expectedFigures, expectedWindow, markdownTable, platformFigures, windowFigures, type ScenarioResult, type WindowFigures } from './support/death-figures';
import { apiOver, CONSUMERS, DeathStream, deathsApplied, JUNE, resident, seedPopulation, SEPTEMBER } from './support/death-stream';
import { count, cutConnections, query, queueDepths, queueStatus, restartBroker, sleep } from './support/faults';
import { Watchdog } from './support/watchdog';

// Capability 6 (docs/resilience.md): a population enrolled in several services, then a steady
// stream of deaths through civil-registration's API while (b) a consumer is SIGKILLed and
// restarted, (c) a consumer's PostgreSQL connections are cut again and again and (a) RabbitMQ is
// restarted for real. Afterwards every death has had each of its effects exactly once and no
// event is left in a dead-letter queue. Only HTTP, the databases (read-only) and rabbitmqctl.
// The population, the stream and the figures are shared with the cluster suite (test/cluster).
//
// FAULT_POPULATION / FAULT_RATE shrink the run while developing; FAULT_SCENARIOS picks faults
// (default all three: broker,kill,pg-cut). The documented run uses the defaults.
const POPULATION = Number(process.env.FAULT_POPULATION ?? 2_000);
const RATE = Number(process.env.FAULT_RATE ?? 20); // deaths per second
/** Deaths kept back while faults are still being injected, sent at TAIL_RATE, so every fault meets load. */
const RESERVE = Math.ceil(POPULATION / 10);
const TAIL_RATE = 4;
const SCENARIOS = (process.env.FAULT_SCENARIOS ?? 'kill,pg-cut,broker').split(',').map((s) => s.trim());
const KILLED: ServiceName = 'elderly-care';
const CUT: ServiceName = 'social-assistance';

describe('a stream of deaths while the broker restarts, a consumer is killed and a database cut', () => {
  const platform = new Platform();
  const ids = Array.from({ length: POPULATION }, (_, n) => resident(n));
  const results: ScenarioResult[] = [];
  const timings: Record<string, number> = {};
  const api = apiOver((service) => [platform.url(service)]);
  const watchdog = new Watchdog(
    { '': platform },
    {
      deadLetters: async () => Object.entries(queueDepths()).filter(([name, n]) => name.endsWith('.dlq') && n > 0),
      queueStatus: async () => queueStatus(),
      hint: `npm run dlq -- list <service>, AMQP_URL=${process.env.AMQP_URL}`,
    },
  );
  const problems = watchdog.problems;

  beforeAll(async () => {
    let t = Date.now();
    await platform.start(['civil-registration', 'elderly-care', 'child-welfare', 'canteen'], SEPTEMBER);
    await platform.start(['social-assistance'], JUNE);
    await loadReferenceData(platform.urls());
    timings.bootMs = Date.now() - t;
    t = Date.now();
    await seedPopulation(api, ids, () => platform.restart('social-assistance', SEPTEMBER));
    timings.seedMs = Date.now() - t;
    process.stdout.write(`fault suite: booted in ${timings.bootMs} ms, seeded ${POPULATION} residents in ${timings.seedMs} ms\n`);
  }, 900_000);

  afterAll(async () => {
    await platform.stop();
  });

  it(`applies each of ${POPULATION} deaths exactly once in every service despite the faults, with empty dead-letter queues`, async () => {
    const stream = new DeathStream(ids, api, { rate: RATE, reserve: RESERVE, tailRate: TAIL_RATE });
    const started = stream.started;
    const streaming = stream.run();

    const faults = (async () => {
      await sleep(8_000);
      if (SCENARIOS.includes('kill')) {
        // (b) A consumer dies without warning (SIGKILL, mid-batch) and comes back 2 s later.
        const at = Date.now() - started;
        const before = stream.accepted;
        const from = stream.sent;
        await platform.stopOne(KILLED, 'SIGKILL');
        await sleep(2_000);
        const restarting = Date.now();
        await platform.startOne(KILLED);
        const readyMs = Date.now() - restarting;
        const faultMs = Date.now() - started - at;
        const deathsDuring = stream.accepted - before;
        results.push({ scenario: '(b) consumer SIGKILLed, restarted after 2 s', target: KILLED, at, faultMs, deathsDuring, recoveryMs: await watchdog.recovery([KILLED], stream.accepted), detail: `restart to ready ${readyMs} ms`, window: [from, stream.sent] });
        await sleep(3_000);
      }
      if (SCENARIOS.includes('pg-cut')) {
        // (c) The consumer's database connections are terminated every 200 ms for 5 s.
        const at = Date.now() - started;
        const before = stream.accepted;
        const from = stream.sent;
        const terminated = await cutConnections(CUT, 5_000);
        const faultMs = Date.now() - started - at;
        const deathsDuring = stream.accepted - before;
        results.push({ scenario: '(c) PostgreSQL connections of a consumer cut every 200 ms for 5 s', target: CUT, at, faultMs, deathsDuring, recoveryMs: await watchdog.recovery([CUT], stream.accepted), detail: `${terminated} backends terminated`, window: [from, stream.sent] });
        await sleep(3_000);
      }
      if (SCENARIOS.includes('broker')) {
        // (a) RabbitMQ itself: stop_app, 2 s away, start_app, await_startup. Every connection of
        // every service drops; the relays and consumers must come back by themselves.
        const at = Date.now() - started;
        const before = stream.accepted;
        const from = stream.sent;
        const faultMs = await restartBroker(2_000);
        const deathsDuring = stream.accepted - before;
        results.push({ scenario: '(a) RabbitMQ restarted (stop_app, start_app, await_startup)', target: 'broker (all services)', at, faultMs, deathsDuring, recoveryMs: await watchdog.recovery(CONSUMERS, stream.accepted), detail: 'every connection dropped', window: [from, stream.sent] });
      }
    })();

    await faults.finally(() => (stream.faultsDone = true));
    await streaming;
    timings.streamMs = stream.streamMs;
    timings.slowedTailFrom = stream.slowedTailFrom;
    process.stdout.write(`fault suite: ${stream.networkRetries} death report(s) sent again after a failed connection\n`);
    expect(stream.refused).toEqual([]);
    expect(stream.accepted).toBe(POPULATION);

    // Everything settles: every death applied by every consumer, outboxes published, queues empty.
    const settleFrom = Date.now();
    const settled =
      (await watchdog.until('every death applied everywhere', async () => (await Promise.all(CONSUMERS.map(deathsApplied))).every((n) => n === POPULATION), 300_000)) &&
      (await watchdog.until(
        'outboxes published and queues drained',
        async () => {
          for (const service of CONSUMERS) if ((await count(service, 'SELECT count(*) AS n FROM outbox WHERE published_at IS NULL')) > 0) return false;
          return Object.entries(queueDepths()).every(([name, n]) => name.endsWith('.dlq') || n === 0);
        },
        300_000,
      ));
    timings.settleMs = Date.now() - settleFrom;
    timings.totalMs = Date.now() - started;

    const figures = await platformFigures();
    // The same, for the deaths each fault could hurt (sent from its start until its recovery).
    const perScenario: Array<WindowFigures & { scenario: string; sent: number }> = [];
    for (const r of results) perScenario.push({ scenario: r.scenario, sent: r.window[1] - r.window[0], ...(await windowFigures(ids.slice(r.window[0], r.window[1]))) });
    const stopReasons = await query<{ reason: string; n: string }>('elderly-care', 'SELECT stop_reason AS reason, count(*) AS n FROM allowance GROUP BY 1 ORDER BY 1');
    const depths = queueDepths();
    const dlqDepth = Object.entries(depths).filter(([name]) => name.endsWith('.dlq'));
    const report = { population: POPULATION, rate: RATE, settled, problems, scenarios: results, perScenario, figures, allowanceStopReasons: Object.fromEntries(stopReasons.map((r) => [r.reason, Number(r.n)])), dlq: Object.fromEntries(dlqDepth), timings };
    mkdirSync(resolve(__dirname, '../../reports'), { recursive: true });
    writeFileSync(resolve(__dirname, '../../reports/resilience.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`fault suite report:\n${JSON.stringify(report, null, 2)}\n${markdownTable(results, perScenario, figures, dlqDepth, timings)}\n`);

    expect(results.map((r) => r.scenario.slice(0, 3)).sort()).toEqual(SCENARIOS.map((s) => ({ broker: '(a)', kill: '(b)', 'pg-cut': '(c)' })[s]).sort());
    expect(results.every((r) => r.deathsDuring > 0)).toBe(true);
    expect(figures).toEqual(expectedFigures(POPULATION, figures));
    expect(figures.allowancesOverpaid).toBeGreaterThan(0);
    for (const w of perScenario) {
      expect(w).toEqual(expectedWindow(w.scenario, w.sent));
      expect(w.sent).toBeGreaterThan(0);
    }
    expect(dlqDepth.length).toBe(CONSUMERS.length);
    expect(dlqDepth.filter(([, n]) => n > 0)).toEqual([]);
    // A consumer that dies of a fault fails the suite even when nothing was lost or doubled.
    expect(problems).toEqual([]);
  });
});
