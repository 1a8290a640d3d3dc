import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadReferenceData } from '../../scripts/load-reference-data';
import { residentId } from '../support/resident-ids';
import type { ChildService } from '../support/child-service';
import { waitFor } from '../support/wait-for';
import { Platform, token, type ServiceName } from '../system/support/platform';
import { count, cutConnections, query, queueDepths, queueStatus, restartBroker, sleep } from './support/faults';

// Capability 6 (docs/resilience.md): a population enrolled in several services, then a steady
// stream of deaths through civil-registration's API while (b) a consumer is SIGKILLed and
// restarted, (c) a consumer's PostgreSQL connections are cut again and again and (a) RabbitMQ is
// restarted for real. Afterwards every death has had each of its effects exactly once and no
// event is left in a dead-letter queue. Only HTTP, the databases (read-only) and rabbitmqctl.
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
const CONSUMERS: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen'];

const JUNE = { CLOCK_FIXED_DATE: '2024-06-10' };
const SEPTEMBER = { CLOCK_FIXED_DATE: '2024-09-20' };
const DEATH_DATE = '2024-08-02';
const ROLES = ['admin', 'operator', 'reviewer', 'approver', 'official', 'canteen-operator'];
const MAKER = token(ROLES, 'fault-maker');
const CHECKER = token(ROLES, 'fault-checker');
const DEATH_EVENT = 'civil-registration.death.registered.v1';

interface ScenarioResult {
  scenario: string;
  target: string;
  /** ms from the stream's start to the fault. */
  at: number;
  /** How long the fault lasted (ms): down time, cutting time. */
  faultMs: number;
  /** Deaths accepted while the fault lasted. */
  deathsDuring: number;
  /** ms from the fault's end until the affected consumers had applied every death accepted by then. */
  recoveryMs: number;
  detail: string;
  /** Indexes [from, to) of the deaths sent from the fault's start until recovery: the ones it could hurt. */
  window: [number, number];
}

/** 80+ in 2024: born 1930–1943, distinct for n < 4,704. */
function resident(n: number): string {
  const year = 1930 + (n % 14);
  const month = 1 + (Math.floor(n / 14) % 12);
  const day = 1 + (Math.floor(n / 168) % 28);
  return residentId('110105', `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`, 100 + (n % 800));
}

async function inPool<T>(items: T[], size: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

/** Effects of the deaths of `residents`, each of which should be there exactly once (twice for the two allowances). */
interface WindowFigures {
  deaths: number;
  dibaoStops: number;
  dibaoStopEvents: number;
  allowanceStops: number;
  allowanceStopEvents: number;
  funeralBenefits: number;
  dinersDeactivated: number;
}

async function windowFigures(residents: string[]): Promise<WindowFigures> {
  const q = (service: ServiceName, sql: string) => count(service, sql, [residents]);
  return {
    deaths: await q('civil-registration', 'SELECT count(*) AS n FROM death_record WHERE resident_id = ANY($1)'),
    dibaoStops: await q('social-assistance', `SELECT count(*) AS n FROM enrollment WHERE resident_id = ANY($1) AND stop_from_month = '2024-09'`),
    dibaoStopEvents: await q('social-assistance', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'social-assistance.enrollment.stopped.v1' AND envelope->'data'->>'residentId' = ANY($1)`),
    allowanceStops: await q('elderly-care', `SELECT count(*) AS n FROM allowance WHERE resident_id = ANY($1) AND stop_from_month = '2024-09'`),
    allowanceStopEvents: await q('elderly-care', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'elderly-care.allowance.stopped.v1' AND envelope->'data'->>'residentId' = ANY($1)`),
    funeralBenefits: await q('civil-registration', 'SELECT count(*) AS n FROM funeral_benefit WHERE resident_id = ANY($1)'),
    dinersDeactivated: await q('canteen', 'SELECT count(*) AS n FROM diner WHERE resident_id = ANY($1) AND NOT active'),
  };
}

/** The rows of docs/resilience.md's table. */
function markdownTable(results: ScenarioResult[], perScenario: WindowFigures[], figures: Record<string, number>, dlq: Array<[string, number]>, timings: Record<string, number>): string {
  const s = (ms: number) => (Number.isNaN(ms) ? 'did not recover' : `${(ms / 1000).toFixed(1)} s`);
  const rows = results.map((r, i) => {
    const w = perScenario[i];
    return `| ${r.scenario} | ${r.target} | ${s(r.at)} | ${s(r.faultMs)} | ${r.deathsDuring} | ${w.deaths} | ${w.dibaoStops} / ${w.allowanceStops} / ${w.dinersDeactivated} | ${w.funeralBenefits} | ${s(r.recoveryMs)} | ${r.detail} |`;
  });
  const dlqTotal = dlq.reduce((sum, [, n]) => sum + n, 0);
  return [
    '| scenario | target | at | fault lasted | deaths accepted during the fault | deaths in its window | 低保 / allowance / diner stops | funeral benefits | recovery | note |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    `| whole stream | all | | ${s(timings.streamMs)} | ${figures.deathsRecorded} | ${figures.deathsRecorded} | ${figures.dibaoEnrollmentsStopped} / ${figures.allowancesStopped} / ${figures.dinersDeactivated} | ${figures.funeralBenefits} | settled ${s(timings.settleMs)} after the stream | duplicate payment lines ${figures.duplicatePaymentLines}, duplicate events ${figures.duplicateEvents}, DLQ depth ${dlqTotal} |`,
  ].join('\n');
}

/** Services whose process ended without the suite stopping it, with the end of their output. */
function exitedServices(platform: Platform): Array<{ service: ServiceName; report: string }> {
  // Platform keeps its processes to itself; the suite only reads their state and output.
  const running = (platform as unknown as { running: Map<ServiceName, { child: ChildService }> }).running;
  return [...running.entries()]
    .filter(([, { child }]) => child.process.exitCode !== null || (child.process.signalCode !== null && child.process.signalCode !== 'SIGKILL'))
    .map(([service, { child }]) => ({ service, report: `exit ${child.process.exitCode ?? child.process.signalCode}\n${child.output.join('').split('\n').slice(-40).join('\n')}` }));
}

/** Each service's last warning and error lines (connection, retry, dead-letter messages). */
function recentWarnings(platform: Platform): Array<[ServiceName, string]> {
  const running = (platform as unknown as { running: Map<ServiceName, { child: ChildService }> }).running;
  return [...running.entries()].map(([service, { child }]) => {
    const lines = child.output.join('').split('\n').filter((line) => /"level":"(warn|error|fatal)"|WARN|ERROR/.test(line));
    return [service, lines.slice(-15).join('\n')];
  });
}

describe('a stream of deaths while the broker restarts, a consumer is killed and a database cut', () => {
  const platform = new Platform();
  const ids = Array.from({ length: POPULATION }, (_, n) => resident(n));
  const results: ScenarioResult[] = [];
  const timings: Record<string, number> = {};
  /** What went wrong on the way (a service that died, dead letters), reported after the figures. */
  const problems: string[] = [];

  /**
   * Polls `probe` like waitFor. A service that died on its own is recorded as a problem and
   * started again, as an orchestrator would, so the run can still show whether anything was lost
   * or doubled; a dead letter ends the wait at once (waiting cannot bring it back). Returns false
   * when it gave up.
   */
  async function until(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
    let deadLetters: Array<[string, number]> = [];
    try {
      await waitFor(
        what,
        async () => {
          for (const { service, report } of exitedServices(platform)) {
            problems.push(`${service} died while waiting for ${what}; restarted by the suite. Its last output:\n${report}`);
            await platform.startOne(service);
          }
          deadLetters = Object.entries(queueDepths()).filter(([name, n]) => name.endsWith('.dlq') && n > 0);
          return deadLetters.length > 0 || (await probe());
        },
        timeoutMs,
        500,
      );
    } catch {
      // Still write the report: where the deaths stopped is what the reader needs.
      const applied = await Promise.all(CONSUMERS.map(async (service) => `${service} ${await deathsApplied(service)}`));
      const unpublished = await Promise.all(CONSUMERS.map(async (service) => `${service} ${await count(service, 'SELECT count(*) AS n FROM outbox WHERE published_at IS NULL')}`));
      problems.push(`gave up after ${timeoutMs} ms waiting for ${what}: deaths applied ${applied.join(', ')}; unpublished outbox rows ${unpublished.join(', ')}; queues ${JSON.stringify(queueStatus())}`);
      for (const [service, warnings] of recentWarnings(platform)) problems.push(`${service}'s last warnings and errors:\n${warnings}`);
      return false;
    }
    if (deadLetters.length === 0) return true;
    problems.push(`dead letters while waiting for ${what}: ${JSON.stringify(deadLetters)} (npm run dlq -- list <service>, AMQP_URL=${process.env.AMQP_URL})`);
    return false;
  }

  /** A service's JSON answer, read field by field as JSON.parse gives it. */
  type ApiBody = ReturnType<typeof JSON.parse>;

  async function api(service: ServiceName, method: string, path: string, body: unknown, auth = MAKER, contentType = 'application/json'): Promise<{ status: number; body: ApiBody }> {
    const res = await fetch(`${platform.url(service)}${path}`, {
      method,
      headers: { Authorization: auth, 'Content-Type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  async function expectOk(what: string, call: Promise<{ status: number; body: ApiBody }>, ok = [200, 201]): Promise<ApiBody> {
    const res = await call;
    if (!ok.includes(res.status)) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const deathsApplied = (service: ServiceName): Promise<number> => count(service, `SELECT count(*) AS n FROM inbox WHERE event_type = $1`, [DEATH_EVENT]);

  beforeAll(async () => {
    let t = Date.now();
    await platform.start(['civil-registration', 'elderly-care', 'child-welfare', 'canteen'], SEPTEMBER);
    await platform.start(['social-assistance'], JUNE);
    await loadReferenceData(platform.urls());
    // The suite is about deaths, not the 低保 public notice (公示): its own policy gives the notice
    // 0 days from June 2024, so each case goes through the notice and is approved the same June day.
    const NOTICE = 'social-assistance.dibao.public-notice-period';
    await expectOk('end the 7-day notice', api('social-assistance', 'POST', '/api/v1/policy-parameters/end-open-period', { key: NOTICE, lastDay: '2024-05-31' }));
    await expectOk('0-day notice', api('social-assistance', 'POST', '/api/v1/policy-parameters', { key: NOTICE, value: { days: 0, dayKind: 'CALENDAR' }, effectiveFrom: '2024-06-01' }));
    timings.bootMs = Date.now() - t;

    // The population: each resident alone in a 低保 household (approved in June, paid from July),
    // an elder with the high-age allowance and, being 80+ on 低保, the service subsidy, and a
    // diner of a canteen.
    t = Date.now();
    const canteen = await expectOk('canteen', api('canteen', 'POST', '/api/v1/canteens', { name: '八里庄街道幸福食堂', operator: '康养餐饮', address: '朝阳区八里庄北里12号', region: '110105', slots: ['BREAKFAST', 'LUNCH', 'DINNER'] }));
    const lines = ids.map((id) => JSON.stringify({ residentId: id, name: '王秀英', region: '110105', local: true })).join('\n');
    const imported = await expectOk('elder import', api('elderly-care', 'POST', '/api/v1/elders/import', `${lines}\n`, MAKER, 'application/x-ndjson'));
    expect(JSON.stringify(imported)).not.toMatch(/"refused":\s*\[\s*\{/);
    await inPool(ids, 8, async (id, n) => {
      const household = await expectOk('household', api('social-assistance', 'POST', '/api/v1/households', { area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [{ residentId: id, name: '王秀英', relation: 'APPLICANT', incomes: [], categories: [] }] }));
      const application = await expectOk('dibao application', api('social-assistance', 'POST', '/api/v1/dibao/applications', { householdId: household.id }));
      await expectOk('dibao public notice', api('social-assistance', 'POST', `/api/v1/dibao/applications/${application.id}/public-notice`, { investigation: '入户调查属实' }));
      await expectOk('dibao approval', api('social-assistance', 'POST', `/api/v1/dibao/applications/${application.id}/approve`, {}, CHECKER));
      await expectOk('diner', api('canteen', 'POST', '/api/v1/diners', { residentId: id, cardNumber: `FAULT-${n}`, name: '王秀英', canteenId: canteen.id, localRegistration: true }));
    });
    await expectOk('high-age run', api('elderly-care', 'POST', '/api/v1/allowances/high-age/run', { month: '2024-07' }));
    // Every read model knows the enrollments before anyone dies (the funeral benefit's basis).
    await waitFor('enrollments known everywhere', async () =>
      (await count('civil-registration', 'SELECT count(*) AS n FROM enrollment_status')) >= POPULATION &&
      (await count('canteen', 'SELECT count(*) AS n FROM assistance_enrollment')) >= POPULATION &&
      (await count('elderly-care', `SELECT count(*) AS n FROM allowance WHERE kind = 'SERVICE_SUBSIDY'`)) >= POPULATION &&
      (await count('elderly-care', `SELECT count(*) AS n FROM allowance WHERE kind = 'HIGH_AGE'`)) >= POPULATION,
      180_000, 500);
    // September: payrolls for July to September, so a death in August leaves September overpaid.
    await platform.restart('social-assistance', SEPTEMBER);
    for (const month of ['2024-07', '2024-08', '2024-09']) {
      await expectOk(`低保 payroll ${month}`, api('social-assistance', 'POST', '/api/v1/payrolls', { month }));
      await expectOk(`allowance payroll ${month}`, api('elderly-care', 'POST', '/api/v1/payrolls', { month }));
    }
    timings.seedMs = Date.now() - t;
    process.stdout.write(`fault suite: booted in ${timings.bootMs} ms, seeded ${POPULATION} residents in ${timings.seedMs} ms\n`);
  }, 900_000);

  afterAll(async () => {
    await platform.stop();
  });

  it(`applies each of ${POPULATION} deaths exactly once in every service despite the faults, with empty dead-letter queues`, async () => {
    let accepted = 0;
    let faultsDone = false;
    let sent = 0;
    const refused: string[] = [];
    let networkRetries = 0;
    const started = Date.now();

    // The stream: one death at a time at a steady rate, each answered 201 (recorded with its event).
    const stream = (async () => {
      const pending: Promise<void>[] = [];
      let tailFrom: number | undefined;
      for (let n = 0; n < ids.length; n += 1) {
        // A steady RATE; if the faults outlast it (a slow restart), the last RESERVE deaths trickle
        // at TAIL_RATE until they are over, then go at RATE again.
        if (tailFrom === undefined && !faultsDone && n >= ids.length - RESERVE) tailFrom = n;
        const due = tailFrom === undefined ? started + (n * 1000) / RATE : Date.now() + (faultsDone ? 1000 / RATE : 1000 / TAIL_RATE);
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        const report = { residentId: ids[n], name: '王秀英', ethnicity: 'HAN', dateOfDeath: DEATH_DATE, placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' };
        const post = () => api('civil-registration', 'POST', '/api/v1/deaths', report);
        pending.push(
          // A report whose connection failed (a keep-alive socket closed under load) is sent again,
          // as a department's client would: the same death again answers 200 with the record.
          post()
            .catch(async () => {
              networkRetries += 1;
              await sleep(200);
              return post();
            })
            .then((res) => {
              if (res.status === 201 || res.status === 200) accepted += 1;
              else refused.push(`${res.status} ${res.body?.code ?? ''}`);
            })
            .catch((err: Error) => void refused.push(`${err.message}: ${String((err as Error & { cause?: unknown }).cause)}`)),
        );
        sent = n + 1;
      }
      await Promise.all(pending);
      timings.streamMs = Date.now() - started;
      timings.slowedTailFrom = tailFrom ?? -1;
    })();

    /** Waits until each service has applied every death accepted so far; returns the wait in ms. */
    async function recovery(services: ServiceName[]): Promise<number> {
      const from = Date.now();
      const target = accepted;
      const ok = await until(`${services.join(', ')} caught up with ${target} deaths`, async () => (await Promise.all(services.map(deathsApplied))).every((n) => n >= target), 300_000);
      return ok ? Date.now() - from : Number.NaN;
    }

    const faults = (async () => {
      await sleep(8_000);
      if (SCENARIOS.includes('kill')) {
        // (b) A consumer dies without warning (SIGKILL, mid-batch) and comes back 2 s later.
        const at = Date.now() - started;
        const before = accepted;
        const from = sent;
        await platform.stopOne(KILLED, 'SIGKILL');
        await sleep(2_000);
        const restarting = Date.now();
        await platform.startOne(KILLED);
        const faultMs = Date.now() - started - at;
        const deathsDuring = accepted - before;
        results.push({ scenario: '(b) consumer SIGKILLed, restarted after 2 s', target: KILLED, at, faultMs, deathsDuring, recoveryMs: await recovery([KILLED]), detail: `restart to ready ${Date.now() - restarting} ms`, window: [from, sent] });
        await sleep(3_000);
      }
      if (SCENARIOS.includes('pg-cut')) {
        // (c) The consumer's database connections are terminated every 200 ms for 5 s.
        const at = Date.now() - started;
        const before = accepted;
        const from = sent;
        const terminated = await cutConnections(CUT, 5_000);
        const faultMs = Date.now() - started - at;
        const deathsDuring = accepted - before;
        results.push({ scenario: '(c) PostgreSQL connections of a consumer cut every 200 ms for 5 s', target: CUT, at, faultMs, deathsDuring, recoveryMs: await recovery([CUT]), detail: `${terminated} backends terminated`, window: [from, sent] });
        await sleep(3_000);
      }
      if (SCENARIOS.includes('broker')) {
        // (a) RabbitMQ itself: stop_app, 2 s away, start_app, await_startup. Every connection of
        // every service drops; the relays and consumers must come back by themselves.
        const at = Date.now() - started;
        const before = accepted;
        const from = sent;
        const faultMs = await restartBroker(2_000);
        const deathsDuring = accepted - before;
        results.push({ scenario: '(a) RabbitMQ restarted (stop_app, start_app, await_startup)', target: 'broker (all services)', at, faultMs, deathsDuring, recoveryMs: await recovery(CONSUMERS), detail: 'every connection dropped', window: [from, sent] });
      }
    })();

    await faults.finally(() => (faultsDone = true));
    await stream;
    process.stdout.write(`fault suite: ${networkRetries} death report(s) sent again after a failed connection\n`);
    expect(refused).toEqual([]);
    expect(accepted).toBe(POPULATION);

    // Everything settles: every death applied by every consumer, outboxes published, queues empty.
    const settleFrom = Date.now();
    const settled =
      (await until('every death applied everywhere', async () => (await Promise.all(CONSUMERS.map(deathsApplied))).every((n) => n === POPULATION), 300_000)) &&
      (await until(
        'outboxes published and queues drained',
        async () => {
          for (const service of CONSUMERS) if ((await count(service, 'SELECT count(*) AS n FROM outbox WHERE published_at IS NULL')) > 0) return false;
          return Object.entries(queueDepths()).every(([name, n]) => name.endsWith('.dlq') || n === 0);
        },
        300_000,
      ));
    timings.settleMs = Date.now() - settleFrom;
    timings.totalMs = Date.now() - started;

    // Exactly one stop per enrollment, one funeral benefit per death, overpayments once, no duplicate payment line.
    const figures: Record<string, number> = {
      deathsRecorded: await count('civil-registration', 'SELECT count(*) AS n FROM death_record'),
      funeralBenefits: await count('civil-registration', `SELECT count(*) AS n FROM funeral_benefit WHERE basis = 'DIBAO_TEKUN'`),
      funeralBenefitEvents: await count('civil-registration', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'civil-registration.funeral-benefit.granted.v1'`),
      dibaoEnrollmentsStopped: await count('social-assistance', `SELECT count(*) AS n FROM enrollment WHERE stop_reason = 'DECEASED' AND stop_from_month = '2024-09'`),
      dibaoEnrollments: await count('social-assistance', 'SELECT count(*) AS n FROM enrollment'),
      dibaoStopEvents: await count('social-assistance', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'social-assistance.enrollment.stopped.v1'`),
      // Stopped from the month after the death; the reason is DECEASED, or the end of 低保 when
      // social-assistance's stop reached elderly-care before the death itself (both are right).
      allowancesStopped: await count('elderly-care', `SELECT count(*) AS n FROM allowance WHERE stop_from_month = '2024-09'`),
      allowances: await count('elderly-care', 'SELECT count(*) AS n FROM allowance'),
      allowanceStopEvents: await count('elderly-care', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'elderly-care.allowance.stopped.v1'`),
      dinersDeactivated: await count('canteen', 'SELECT count(*) AS n FROM diner WHERE NOT active AND deceased_on IS NOT NULL'),
      dibaoOverpayments: await count('social-assistance', 'SELECT count(*) AS n FROM overpayment'),
      dibaoOverpaidCases: await count('social-assistance', `SELECT count(DISTINCT l.case_id) AS n FROM payment_line l JOIN assistance_case c ON c.id = l.case_id WHERE l.kind = 'REGULAR' AND l.month >= c.stop_from_month`),
      allowanceOverpayments: await count('elderly-care', 'SELECT count(*) AS n FROM overpayment'),
      allowancesOverpaid: await count('elderly-care', 'SELECT count(DISTINCT p.allowance_id) AS n FROM allowance_payment p JOIN allowance a ON a.id = p.allowance_id WHERE p.month >= a.stop_from_month'),
      dibaoPaymentLines: await count('social-assistance', 'SELECT count(*) AS n FROM payment_line'),
      duplicatePaymentLines:
        (await count('social-assistance', 'SELECT count(*) AS n FROM (SELECT 1 FROM payment_line GROUP BY case_id, month, kind HAVING count(*) > 1) d')) +
        (await count('elderly-care', 'SELECT count(*) AS n FROM (SELECT 1 FROM allowance_payment GROUP BY allowance_id, month HAVING count(*) > 1) d')),
      duplicateEvents: 0,
    };
    // The same effect published twice would show as two events about one enrollment, allowance or death.
    figures.duplicateEvents =
      (await count('social-assistance', `SELECT count(*) AS n FROM (SELECT 1 FROM outbox WHERE routing_key = 'social-assistance.enrollment.stopped.v1' GROUP BY envelope->'data'->>'enrollmentId' HAVING count(*) > 1) d`)) +
      (await count('elderly-care', `SELECT count(*) AS n FROM (SELECT 1 FROM outbox WHERE routing_key = 'elderly-care.allowance.stopped.v1' GROUP BY envelope->'data'->>'allowanceId' HAVING count(*) > 1) d`)) +
      (await count('civil-registration', `SELECT count(*) AS n FROM (SELECT 1 FROM outbox WHERE routing_key = 'civil-registration.funeral-benefit.granted.v1' GROUP BY envelope->'data'->>'deathId' HAVING count(*) > 1) d`)) +
      (await count('social-assistance', `SELECT count(*) AS n FROM (SELECT 1 FROM outbox WHERE routing_key = 'social-assistance.overpayment.detected.v1' GROUP BY envelope->'data'->>'householdId', envelope->'data'->>'residentId' HAVING count(*) > 1) d`));
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
    expect(figures).toEqual({
      deathsRecorded: POPULATION,
      funeralBenefits: POPULATION,
      funeralBenefitEvents: POPULATION,
      dibaoEnrollmentsStopped: POPULATION,
      dibaoEnrollments: POPULATION,
      dibaoStopEvents: POPULATION,
      allowancesStopped: 2 * POPULATION,
      allowances: 2 * POPULATION,
      allowanceStopEvents: 2 * POPULATION,
      dinersDeactivated: POPULATION,
      dibaoOverpayments: figures.dibaoOverpaidCases,
      dibaoOverpaidCases: POPULATION,
      allowanceOverpayments: figures.allowancesOverpaid,
      allowancesOverpaid: figures.allowancesOverpaid,
      dibaoPaymentLines: 3 * POPULATION,
      duplicatePaymentLines: 0,
      duplicateEvents: 0,
    });
    expect(figures.allowancesOverpaid).toBeGreaterThan(0);
    for (const w of perScenario) {
      expect(w).toEqual({ scenario: w.scenario, sent: w.sent, deaths: w.sent, dibaoStops: w.sent, dibaoStopEvents: w.sent, allowanceStops: 2 * w.sent, allowanceStopEvents: 2 * w.sent, funeralBenefits: w.sent, dinersDeactivated: w.sent });
      expect(w.sent).toBeGreaterThan(0);
    }
    expect(dlqDepth.length).toBe(CONSUMERS.length);
    expect(dlqDepth.filter(([, n]) => n > 0)).toEqual([]);
    // A consumer that dies of a fault fails the suite even when nothing was lost or doubled.
    expect(problems).toEqual([]);
  });
});
