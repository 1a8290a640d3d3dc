import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import { loadReferenceData } from '../../scripts/load-reference-data';
import { expectedFigures, expectedWindow, markdownTable, platformFigures, windowFigures, type ScenarioResult, type WindowFigures } from '../fault/support/death-figures';
import { apiOver, CONSUMERS, DeathStream, deathsApplied, JUNE, resident, seedPopulation, SEPTEMBER } from '../fault/support/death-stream';
import { count, sleep } from '../fault/support/faults';
import { Watchdog } from '../fault/support/watchdog';
import { ensureRunId, testVhost } from '../support/test-env';
import { waitFor } from '../support/wait-for';
import { Platform, type ServiceName } from '../system/support/platform';
import { BrokerCluster } from './support/broker-cluster';
import { clusterBrokerView, leadersByNode, periodRuns, periodsNotRunOnce, queues, underReplicated } from './support/cluster-view';

// The scale-out issue's broker cluster (docs/scale-out.md): a three-node RabbitMQ cluster of the
// suite's own on loopback, the services' quorum queues replicated on its three nodes, two
// replicas of each of the five services given the nodes as a list (replica A from node 1, B from
// node 2), and the fault suite's stream of deaths while (b) one replica of every service is
// SIGKILLed and started again and (a) the first node is stopped and, later, started again.
// Afterwards every death has had each of its effects exactly once, every dead-letter queue is
// empty, every queue has its three members back, and each scheduled job ran once per period.
// The population, the stream and the checks are the fault suite's (test/fault/support).
//
// CLUSTER_POPULATION shrinks the run while developing; the documented run uses 2,000.
const POPULATION = Number(process.env.CLUSTER_POPULATION ?? 2_000);
const RATE = 20; // deaths per second
/** The last fifth trickles while the faults last (a replica's restart is slow on two busy cores). */
const RESERVE = Math.ceil(POPULATION / 5);
const TAIL_RATE = 4;
/** Every scheduled job's period in this run (JOBS_EVERY_MS), so that the stream spans a dozen. */
const JOB_PERIOD_MS = 10_000;
const JOBS: Array<[ServiceName, string]> = [
  ['civil-registration', 'civil-registration:divorce-expiry'],
  ['elderly-care', 'elderly-care:high-age-allowance'],
  ['social-assistance', 'social-assistance:payroll'],
];
const NODE_DOWN_MS = 10_000;
const STOPPED_NODE = 0;

describe('a stream of deaths on a three-node RabbitMQ cluster while a node stops and a replica of every service is killed', () => {
  const runId = ensureRunId();
  const vhost = testVhost(runId);
  const cluster = BrokerCluster.create(runId);
  /** Replica A lists the nodes from the first, replica B from the second: their connections are spread. */
  const lists = { A: cluster.urls(vhost, [0, 1, 2]), B: cluster.urls(vhost, [1, 2, 0]) };
  const replicas = { A: new Platform('sys'), B: new Platform('sys') };
  const jobs = { JOBS_EVERY_MS: String(JOB_PERIOD_MS) };
  const ids = Array.from({ length: POPULATION }, (_, n) => resident(n));
  const results: ScenarioResult[] = [];
  const timings: Record<string, number> = {};
  const cluster0: Record<string, unknown> = {};
  const view = clusterBrokerView(cluster, vhost, CONSUMERS, lists.A);
  const watchdog = new Watchdog(replicas, view);
  const problems = watchdog.problems;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 2 });
  /** When every replica ran with the short job period: the periods checked begin a period later. */
  let jobsFrom = 0;

  beforeAll(async () => {
    let t = Date.now();
    process.env.AMQP_URL = lists.A;
    await cluster.start();
    await cluster.ctl(0, ['add_vhost', vhost]);
    await cluster.ctl(0, ['set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*']);
    timings.clusterStartMs = Date.now() - t;

    // Replica A of each service seeds the population, as the fault suite does. elderly-care and
    // social-assistance keep their jobs' own (hourly) periods meanwhile: their jobs would grant
    // September's allowances or close September's payroll before the suite's July and August.
    t = Date.now();
    const a = (env: Record<string, string>, withJobs: boolean) => ({ ...env, AMQP_URL: lists.A, ...(withJobs ? jobs : {}) });
    await replicas.A.start(['civil-registration', 'child-welfare', 'canteen'], a(SEPTEMBER, true));
    await replicas.A.start(['elderly-care'], a(SEPTEMBER, false));
    await replicas.A.start(['social-assistance'], a(JUNE, false));
    await loadReferenceData(replicas.A.urls());
    timings.bootMs = Date.now() - t;
    t = Date.now();
    await seedPopulation(apiOver((s) => [replicas.A.url(s)]), ids, () => replicas.A.restart('social-assistance', a(SEPTEMBER, false)));
    timings.seedMs = Date.now() - t;

    // Replica B of every service, and A of the two again with the short job period; one at a
    // time, as a boot takes a core for seconds and the machine has two.
    t = Date.now();
    for (const s of CONSUMERS) await replicas.B.startOne(s, { ...SEPTEMBER, AMQP_URL: lists.B, ...jobs });
    await replicas.A.restart('elderly-care', a(SEPTEMBER, true));
    await replicas.A.restart('social-assistance', a(SEPTEMBER, true));
    jobsFrom = Date.now();
    timings.replicasMs = jobsFrom - t;
    const declared = await queues(cluster, vhost);
    Object.assign(cluster0, { queues: declared.length, leaders: leadersByNode(declared), underReplicated: underReplicated(declared) });
    process.stdout.write(`cluster suite: cluster up in ${timings.clusterStartMs} ms, replica A booted in ${timings.bootMs} ms, seeded ${POPULATION} residents in ${timings.seedMs} ms, replica B in ${timings.replicasMs} ms; ${JSON.stringify(cluster0)}\n`);
  }, 900_000);

  afterAll(async () => {
    await Promise.all([replicas.A.stop(), replicas.B.stop()]);
    // The nodes' logs stay in reports/ for the reader of a failed run.
    await cluster.destroy(resolve(__dirname, '../../reports/cluster-logs'));
    redis.disconnect();
  });

  it(`applies each of ${POPULATION} deaths exactly once, empties every dead-letter queue and runs every job once per period`, async () => {
    // The quorum queues the services declared are replicated on the three nodes.
    expect(cluster0.underReplicated).toEqual([]);
    expect(cluster0.queues).toBeGreaterThanOrEqual(5 * CONSUMERS.length);

    const stream = new DeathStream(ids, apiOver((s) => [replicas.A.url(s), replicas.B.url(s)]), { rate: RATE, reserve: RESERVE, tailRate: TAIL_RATE });
    const started = stream.started;
    const streaming = stream.run();
    const faults = (async () => {
      await sleep(8_000);
      // (a) The first node goes down (the whole Erlang VM): replica A's connections and the
      // queues' leaders there; it comes back 10 s later and rejoins.
      const leaders = leadersByNode(await queues(cluster, vhost))[cluster.nodes[STOPPED_NODE].name] ?? 0;
      let at = Date.now() - started;
      let before = stream.accepted;
      let from = stream.sent;
      await cluster.stopNode(STOPPED_NODE);
      const stopMs = Date.now() - started - at;
      await sleep(NODE_DOWN_MS);
      const startFrom = Date.now();
      await cluster.startNode(STOPPED_NODE);
      const startMs = Date.now() - startFrom;
      let faultMs = Date.now() - started - at;
      let deathsDuring = stream.accepted - before;
      let recoveryMs = await watchdog.recovery(CONSUMERS, stream.accepted);
      const membersFrom = Date.now();
      await waitFor('every queue with its three members online', async () => underReplicated(await queues(cluster, vhost)).length === 0, 120_000, 2_000).catch(() => problems.push('queues still missing a member 120 s after the node came back'));
      results.push({ scenario: `(a) RabbitMQ node ${cluster.nodes[STOPPED_NODE].name} stopped, started again after ${NODE_DOWN_MS / 1000} s`, target: `broker node (${leaders} of ${cluster0.queues} queue leaders)`, at, faultMs, deathsDuring, recoveryMs, detail: `stop ${stopMs} ms, start to serving ${startMs} ms, members all online ${Date.now() - membersFrom} ms after recovery`, window: [from, stream.sent] });
      await sleep(3_000);

      // (b) One replica of every service dies without warning (SIGKILL, mid-batch, mid-request,
      // maybe holding a job's lock); 5 s later they are started again, one after the other.
      at = Date.now() - started;
      before = stream.accepted;
      from = stream.sent;
      await Promise.all(CONSUMERS.map((s) => replicas.A.stopOne(s, 'SIGKILL')));
      await sleep(5_000);
      const restarting = Date.now();
      for (const s of CONSUMERS) await replicas.A.startOne(s);
      const readyMs = Date.now() - restarting;
      faultMs = Date.now() - started - at;
      deathsDuring = stream.accepted - before;
      recoveryMs = await watchdog.recovery(CONSUMERS, stream.accepted);
      results.push({ scenario: '(b) replica A of every service SIGKILLed, restarted from 5 s later one by one', target: 'five services', at, faultMs, deathsDuring, recoveryMs, detail: `five restarts to ready ${readyMs} ms`, window: [from, stream.sent] });
    })();

    await faults.finally(() => (stream.faultsDone = true));
    await streaming;
    timings.streamMs = stream.streamMs;
    timings.slowedTailFrom = stream.slowedTailFrom;
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
          return (await queues(cluster, vhost)).every((q) => q.name.endsWith('.dlq') || q.messages === 0);
        },
        300_000,
      ));
    timings.settleMs = Date.now() - settleFrom;
    timings.totalMs = Date.now() - started;

    // Each scheduled job: one run per period, from the first period every replica ticked in to
    // the last one over, across the kill (a killed replica's lock is taken over within the period).
    await redis.connect();
    const lastPeriod = Math.floor(Date.now() / JOB_PERIOD_MS) - 1;
    const firstPeriod = Math.ceil((jobsFrom + JOB_PERIOD_MS) / JOB_PERIOD_MS);
    const jobRuns: Record<string, { periods: number; wrong: string[]; runners: number }> = {};
    for (const [service, lockName] of JOBS) jobRuns[lockName] = { periods: lastPeriod - firstPeriod + 1, ...periodsNotRunOnce(await periodRuns(redis, service, lockName), firstPeriod, lastPeriod) };
    /** Where a period falls in the stream (s from its start), to set a wrong one beside the faults. */
    const jobPeriods = { first: firstPeriod, last: lastPeriod, firstStartsAtS: (firstPeriod * JOB_PERIOD_MS - started) / 1000 };

    const figures = await platformFigures();
    const perScenario: Array<WindowFigures & { scenario: string; sent: number }> = [];
    for (const r of results) perScenario.push({ scenario: r.scenario, sent: r.window[1] - r.window[0], ...(await windowFigures(ids.slice(r.window[0], r.window[1]))) });
    const finalQueues = await queues(cluster, vhost);
    const dlqDepth = finalQueues.filter((q) => q.name.endsWith('.dlq')).map((q): [string, number] => [q.name, q.messages]);
    const report = { population: POPULATION, rate: RATE, jobPeriodMs: JOB_PERIOD_MS, settled, problems, cluster: { before: cluster0, after: { queues: finalQueues.length, leaders: leadersByNode(finalQueues), underReplicated: underReplicated(finalQueues) } }, scenarios: results, perScenario, figures, jobRuns, jobPeriods, dlq: Object.fromEntries(dlqDepth), timings, lateJobRuns: watchdog.linesMatching(/running period \d+ late/), warnings: Object.fromEntries(watchdog.recentWarnings()) };
    mkdirSync(resolve(__dirname, '../../reports'), { recursive: true });
    writeFileSync(resolve(__dirname, '../../reports/scale-out.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`cluster suite report:\n${JSON.stringify(report, null, 2)}\n${markdownTable(results, perScenario, figures, dlqDepth, timings)}\n`);

    expect(results.map((r) => r.scenario.slice(0, 3))).toEqual(['(a)', '(b)']);
    expect(results.every((r) => r.deathsDuring > 0 && !Number.isNaN(r.recoveryMs))).toBe(true);
    expect(figures).toEqual(expectedFigures(POPULATION, figures));
    expect(figures.allowancesOverpaid).toBeGreaterThan(0);
    for (const w of perScenario) {
      expect(w).toEqual(expectedWindow(w.scenario, w.sent));
      expect(w.sent).toBeGreaterThan(0);
    }
    expect(dlqDepth.length).toBe(CONSUMERS.length);
    expect(dlqDepth.filter(([, n]) => n > 0)).toEqual([]);
    expect(underReplicated(finalQueues)).toEqual([]);
    for (const [lockName, runs] of Object.entries(jobRuns)) {
      expect({ lockName, wrong: runs.wrong }).toEqual({ lockName, wrong: [] });
      expect(runs.periods).toBeGreaterThanOrEqual(5);
    }
    // A replica that dies of a fault fails the suite even when nothing was lost or doubled.
    expect(problems).toEqual([]);
  });
});
