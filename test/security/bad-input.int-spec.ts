import { Logger } from '@nestjs/common';
import fc from 'fast-check';
import type { Client } from 'pg';
import request from 'supertest';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import type { RunningService, ServiceDefinition } from '@app/service-kit';
import { AppModule as CanteenModule } from '../../apps/canteen/src/app.module';
import { SERVICE as canteen } from '../../apps/canteen/src/service.definition';
import { AppModule as ChildWelfareModule } from '../../apps/child-welfare/src/app.module';
import { SERVICE as childWelfare } from '../../apps/child-welfare/src/service.definition';
import { AppModule as CivilRegistrationModule } from '../../apps/civil-registration/src/app.module';
import { SERVICE as civilRegistration } from '../../apps/civil-registration/src/service.definition';
import { AppModule as ElderlyCareModule } from '../../apps/elderly-care/src/app.module';
import { SERVICE as elderlyCare } from '../../apps/elderly-care/src/service.definition';
import { AppModule as DataExchangeModule } from '../../apps/data-exchange/src/app.module';
import { SERVICE as dataExchange } from '../../apps/data-exchange/src/service.definition';
import { AppModule as PaymentsModule } from '../../apps/payments/src/app.module';
import { SERVICE as payments } from '../../apps/payments/src/service.definition';
import banks from '../../seeds/reference/banks.json';
import { AppModule as SocialAssistanceModule } from '../../apps/social-assistance/src/app.module';
import { SERVICE as socialAssistance } from '../../apps/social-assistance/src/service.definition';
import { loadReferenceData } from '../../scripts/load-reference-data';
import { residentId } from '../support/resident-ids';
import { bearerToken, bootService, isolateService, openDatabase, releaseService } from '../support/service-under-test';
import { testDatabaseName } from '../support/test-env';
import { badRequests, type BadRequest } from './support/bad-bodies';
import { leaksIn, OutputCapture, ResponseLog, UNMASKED_ID } from './support/id-scan';
import { declaredRoutes, exampleBody, exampleQuery, expressRoutes, fill, WRITES, type OpenApi, type Route } from './support/routes';

// Capability 5 and the personal-data acceptance (docs/security.md): every POST/PUT/PATCH route of
// every service, found in the running app's router, gets random and malformed bodies. None may
// answer 5xx; every 4xx is problem+json with a code; a refused request writes no row in any table
// of the service's database (audit_log, outbox and inbox included). Every response of these calls
// and of the happy paths, and every log line written meanwhile, is scanned for resident IDs in
// clear. Seed fixed (BAD_INPUT_SEED overrides), printed; a failure prints route and input.
const SEED = Number(process.env.BAD_INPUT_SEED ?? 20241128);
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 40);
const DIVISION = '000000'; // the whole country: division checks never stand between the input and validation
const BASE_ROLES = ['admin', 'operator', 'reviewer', 'approver', 'auditor', 'official'];

const SERVICES: Array<[ServiceDefinition, unknown]> = [
  [civilRegistration, CivilRegistrationModule],
  [socialAssistance, SocialAssistanceModule],
  [elderlyCare, ElderlyCareModule],
  [childWelfare, ChildWelfareModule],
  [canteen, CanteenModule],
  [payments, PaymentsModule],
  [dataExchange, DataExchangeModule],
];

const responses = new ResponseLog();
/** Responses to callers with the unmask role who gave a reason: full IDs allowed there. */
const unmasked = new ResponseLog();
const capture = new OutputCapture();
capture.start();
process.stdout.write(`bad-input: fast-check seed ${SEED}, ${RUNS} runs per route\n`);

afterAll(() => capture.stop());

/** Row counts of every table of the service's database, in one round trip. */
async function snapshot(db: Client, tables: string[]): Promise<Record<string, number>> {
  const sql = tables.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM "${t}"`).join(' UNION ALL ');
  const { rows } = await db.query<{ t: string; n: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

function changed(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after).filter((t) => before[t] !== after[t]).map((t) => `${t}: ${before[t]} -> ${after[t]}`);
}

/** Route, error and the (shrunk) input, with long runs of one character abbreviated: `[×1200`. */
function describeFailure(label: string, details: fc.RunDetails<[BadRequest]>): string {
  const short = (text: string): string => text.replace(/(.)\1{19,}/g, (run, c: string) => `${c}×${run.length}`).slice(0, 600);
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `${label} (seed ${details.seed}, path "${details.counterexamplePath}"): ${short(error)}\n  input: ${short(JSON.stringify(details.counterexample?.[0]))}`;
}

/** Keys on Object.prototype: a polluted prototype shows up here in this very process. */
const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

describe.each(SERVICES.map(([d, m]) => [d.name, d, m] as const))('%s under bad input', (name, definition, appModule) => {
  const database = testDatabaseName(`badinput_${definition.database}`);
  let running: RunningService;
  let db: Client;
  let tables: string[];
  let doc: OpenApi;
  let routes: Route[];
  let auth: string;
  const http = () => request(running.app.getHttpServer());

  beforeAll(async () => {
    isolateService(database);
    process.env.RATE_LIMIT_WRITES = '0';
    process.env.CLOCK_FIXED_DATE = '2024-09-20';
    try {
      running = await bootService(appModule as never, definition);
    } finally {
      delete process.env.RATE_LIMIT_WRITES;
      delete process.env.CLOCK_FIXED_DATE;
    }
    // The city's policy parameters, as `npm start` loads them: without them requests fail for a
    // reason that has nothing to do with their input.
    await loadReferenceData({ [definition.name]: running.url });
    db = await openDatabase(database);
    tables = (await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)).rows.map((r) => r.table_name);
    doc = (await http().get('/api/docs-json').expect(200)).body as OpenApi;
    routes = expressRoutes(running.app);
    // Every role any route of the service asks for, and the platform's own: nothing is refused for
    // lack of a role, so the input is what gets judged. Never `unmask`: responses stay masked.
    const roles = [...new Set([...BASE_ROLES, ...declaredRoutes(running.app).roles])].filter((r) => r !== 'unmask');
    auth = bearerToken(roles, `bad-input-${name}`, DIVISION);
  });

  afterAll(async () => {
    await db?.end();
    await running?.app.close();
    // Only now: the file's vhost goes with it, and a relay whose vhost is gone publishes nothing,
    // so an accepted request's events would never leave the outbox and every wait for a quiet
    // database would run to its limit.
    releaseService();
  });

  it('finds every write route the controllers declare in the running router', () => {
    const found = routes.filter((r) => WRITES.has(r.method)).map((r) => `${r.method} ${r.path}`);
    const declared = declaredRoutes(running.app).routes.filter((r) => /^(post|put|patch) /.test(r));
    expect(found.length).toBeGreaterThan(1);
    expect(found).toEqual(expect.arrayContaining(declared));
    expect(found).toContain('post /api/v1/policy-parameters');
    process.stdout.write(`bad-input ${name}: ${found.length} write routes\n`);
  });

  it('answers random and malformed bodies on every write route without a 5xx, as problem+json, storing nothing', async () => {
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    const pristine = prototypeKeys();
    let baseline = await snapshot(db, tables);
    // fast-check abandons the run in flight when a route's time limit interrupts it: that request
    // may still land, and its rows must not count against the next route's refusals.
    const inFlight = new Set<Promise<unknown>>();
    for (const route of routes.filter((r) => WRITES.has(r.method))) {
      const label = `${route.method.toUpperCase()} ${route.path}`;
      const send = async (req: BadRequest) => {
        let call = http()[route.method](fill(route.path, req.params)).set('Authorization', auth);
        if (req.contentType !== undefined) call = call.set('Content-Type', req.contentType);
        return call.send(req.body);
      };
      const property = fc.asyncProperty(badRequests(route.params, exampleBody(doc, route)), async (req) => {
        const sent = send(req);
        inFlight.add(sent);
        const res = await sent.finally(() => inFlight.delete(sent));
        responses.add(`${label} (${req.kind})`, res.text);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const where = `${label} ${req.kind} -> ${res.status} ${res.text.slice(0, 300)}`;
        if (res.status >= 500) throw new Error(`5xx: ${where}`);
        if (prototypeKeys().join() !== pristine.join()) throw new Error(`Object.prototype polluted: ${where}`);
        if (res.status >= 400) {
          if (!String(res.headers['content-type']).startsWith('application/problem+json')) throw new Error(`4xx not problem+json (${res.headers['content-type']}): ${where}`);
          if (typeof res.body?.code !== 'string' || res.body.code === '') throw new Error(`4xx without code: ${where}`);
          const after = await snapshot(db, tables);
          const diff = changed(baseline, after);
          if (diff.length > 0) {
            baseline = after;
            throw new Error(`refused but stored (${diff.join(', ')}): ${where}`);
          }
        } else {
          // Accepted (the input was valid after all): what it stored, and what its events cause,
          // becomes the new baseline once the outbox is published.
          await waitQuiet();
          baseline = await snapshot(db, tables);
        }
      });
      const details = await fc.check(property, { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 25_000, markInterruptAsFailure: false });
      if (details.failed) failures.push(describeFailure(label, details));
      await Promise.allSettled([...inFlight]);
      await waitQuiet();
      baseline = await snapshot(db, tables);
    }
    process.stdout.write(`bad-input ${name}: answers by status ${JSON.stringify(statuses)}\n`);
    expect(failures).toEqual([]);
    // Bounded by RUNS per route and each route's own time limit; social-assistance alone has 33
    // write routes, which a slow moment of the host can push past the default two minutes.
  }, 15 * 60_000);

  /** Until the service's outbox is published and the table counts stop moving. */
  async function waitQuiet(): Promise<void> {
    let last = '';
    for (let i = 0; i < 60; i += 1) {
      const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL');
      const now = JSON.stringify(await snapshot(db, tables));
      if (Number(rows[0].n) === 0 && now === last) return;
      last = now;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('answers every route with its documented example (happy paths) without a 5xx', async () => {
    const failures: string[] = [];
    const id = residentId('110105', '19400101', 7);
    for (const route of routes) {
      if (route.path.startsWith('/api/docs') || !route.path.startsWith('/api/')) continue;
      const params = Object.fromEntries(route.params.map((p) => [p, /resident/i.test(p) ? id : '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01']));
      const call = http()[route.method](fill(route.path, params)).set('Authorization', auth).query(exampleQuery(doc, route));
      const res = WRITES.has(route.method) ? await call.send(exampleBody(doc, route)) : await call;
      responses.add(`happy ${route.method.toUpperCase()} ${route.path}`, res.text);
      if (res.status >= 500) failures.push(`${route.method.toUpperCase()} ${route.path} -> ${res.status} ${res.text.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
  });

  it('masks resident IDs unless an unmask caller gives a reason, who then sees them in full', async () => {
    const id = residentId('110105', '19400101', 11);
    // An error that mentions the resident, logged the way the services log (Nest's Logger, which
    // the service pointed at its JsonLogger).
    new Logger(`${name}-probe`).error(`could not settle resident ${id}`, new Error(`resident ${id} not found`).stack);
    const created = await happyPathOf(name, id);
    if (!created) throw new Error(`no happy path written for ${name}: add one to happyPathOf`);
    const masked = await http().get(created).set('Authorization', auth).expect(200);
    responses.add(`GET ${created}`, masked.text);
    expect(masked.text).toContain(maskResidentId(id));
    const unmaskToken = bearerToken(['unmask', ...BASE_ROLES], 'bad-input-unmask', DIVISION);
    const clear = await http().get(created).set('Authorization', unmaskToken).set('X-Unmask-Reason', 'bad-input test: the scan must see this').expect(200);
    unmasked.add(`GET ${created} (unmask + reason)`, clear.text);
    expect(clear.text).toMatch(UNMASKED_ID);
  });

  /**
   * Creates a record holding resident `id` through the service's main happy path, provokes the
   * errors that concern that resident, and returns a GET path that shows the record.
   */
  async function happyPathOf(service: string, id: string): Promise<string | undefined> {
    const post = async (path: string, body: unknown, expected: number[] = [200, 201]) => {
      const res = await http().post(path).set('Authorization', auth).send(body as object);
      responses.add(`happy POST ${path}`, res.text);
      if (!expected.includes(res.status)) throw new Error(`POST ${path}: expected ${expected.join('/')}, got ${res.status} ${res.text.slice(0, 500)}`);
      return res.body as Record<string, string>;
    };
    switch (service) {
      case 'civil-registration': {
        const death = { residentId: id, name: '王秀英', ethnicity: 'HAN', dateOfDeath: '2024-08-02', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' };
        const created = await post('/api/v1/deaths', death);
        await post('/api/v1/deaths', death, [200]);
        await post('/api/v1/deaths', { ...death, dateOfDeath: '2024-08-09' }, [409]);
        await post('/api/v1/deaths', { ...death, dateOfDeath: '2030-01-01' }, [409, 422]);
        await post('/api/v1/deaths/search', { residentId: id }, [200]);
        return `/api/v1/deaths/${created.id}`;
      }
      case 'social-assistance': {
        const member = { residentId: id, name: '王秀英', relation: 'APPLICANT', incomes: [], categories: ['SEVERELY_DISABLED'], phone: '13812341234' };
        const { phone: _phone, ...plain } = member;
        const household = await post('/api/v1/households', { area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [plain] });
        await post('/api/v1/households', { area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [member] }, [400]);
        await post('/api/v1/dibao/applications', { householdId: household.id });
        await post('/api/v1/dibao/applications', { householdId: household.id }, [409]);
        await post('/api/v1/dibao/applications', { householdId: household.id, singlePersonResidentId: residentId('110105', '19400101', 12) }, [409, 422]);
        return `/api/v1/households/${household.id}`;
      }
      case 'elderly-care': {
        const lines = [{ residentId: id, name: '王秀英', region: '110105', local: true }, { residentId: id, name: '王秀英', region: '110105', local: true }, { residentId: residentId('110105', '20100101', 3), name: '李', region: '110105', local: true }];
        const res = await http().post('/api/v1/elders/import').set('Authorization', auth).set('Content-Type', 'application/x-ndjson').send(lines.map((l) => JSON.stringify(l)).join('\n'));
        responses.add('happy POST /api/v1/elders/import', res.text);
        expect(res.status).toBe(200);
        await post('/api/v1/elders/search', { residentId: residentId('110105', '19400101', 13) }, [404]);
        await post('/api/v1/elders/search', { residentId: id }, [200]);
        // The elder's page is read by its opaque id, found through the name search (IDs come back masked).
        const found = await http().get('/api/v1/elders').query({ name: '王秀英' }).set('Authorization', auth).expect(200);
        responses.add('happy GET /api/v1/elders?name=', found.text);
        const elder = (found.body.items as Array<{ id: string; residentId: string }>).find((e) => e.residentId === maskResidentId(id));
        if (!elder) throw new Error(`the imported elder is not listed: ${found.text.slice(0, 500)}`);
        return `/api/v1/elders/records/${elder.id}`;
      }
      case 'child-welfare': {
        const child = residentId('110105', '20150601', 11);
        const body = { residentId: child, name: '王小明', villageCode: '110105001001', carerName: '王某', carerRelation: 'GRANDMOTHER', riskTier: 'GREEN', guardians: [{ residentId: id, name: '王秀英', relation: 'FATHER' }] };
        const created = await post('/api/v1/children', body);
        await post('/api/v1/children', body, [409]);
        return `/api/v1/children/${created.id}`;
      }
      case 'canteen': {
        const place = await post('/api/v1/canteens', { name: '八里庄街道幸福食堂', operator: '康养餐饮', address: '朝阳区八里庄北里12号', region: '110105', slots: ['LUNCH'] });
        const diner = await post('/api/v1/diners', { residentId: id, cardNumber: 'BAD-INPUT-1', name: '王秀英', canteenId: place.id });
        await post('/api/v1/diners', { residentId: id, cardNumber: 'BAD-INPUT-2', name: '王秀英', canteenId: place.id }, [409]);
        await post('/api/v1/meals', { canteenId: place.id, cardNumber: 'BAD-INPUT-1', slot: 'LUNCH', servedAt: '2024-09-19T11:45:00+08:00' });
        return `/api/v1/diners/${diner.id}`;
      }
      case 'payments': {
        for (const bank of banks.banks) await post('/api/v1/banks', bank, [201, 409]);
        const account = { payeeKind: 'PERSON', residentId: id, divisionCode: '110105001', bankCode: 'RCB', accountNumber: '6217001234567890122', holderName: '王秀英', evidenceNote: '本人持卡办理' };
        const proposed = await post('/api/v1/payee-accounts', account, [201, 400]);
        if (!proposed.id) throw new Error(`the sample account was refused: ${JSON.stringify(proposed)}`);
        await post('/api/v1/payee-accounts', account, [409]);
        await post('/api/v1/payee-accounts', { ...account, residentId: id.slice(0, 17) + (id[17] === '0' ? '1' : '0') }, [400]);
        return `/api/v1/payee-accounts/${proposed.id}`;
      }
      case 'data-exchange': {
        // The person is covered (as the 低保 enrollment event would have told the service), dies,
        // and public security's file says so; one line of it is refused.
        await db.query(`INSERT INTO covered_person (enrollment_id, resident_id, program, from_month) VALUES (gen_random_uuid(), $1, 'DIBAO', '2024-01')`, [id]);
        const header = 'recordType,residentId,name,eventDate,reference,ethnicity,placeOfDeath,disposal,destination';
        const file = `${header}\nDEATH,${id},王秀英,2024-08-02,注销-1,HAN,市第一医院,CREMATION,\nDEATH,${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'},王秀英,2024-08-02,注销-2,HAN,市第一医院,CREMATION,\n`;
        const res = await http().post('/api/v1/imports?dataSet=HOUSEHOLD_REGISTRATION&asOf=2024-09-01&records=2').set('Authorization', auth).set('Content-Type', 'text/csv').send(file);
        responses.add('happy POST /api/v1/imports', res.text);
        if (res.status !== 200 || res.body.matched !== 1) throw new Error(`the sample file was not applied: ${res.status} ${res.text.slice(0, 500)}`);
        return `/api/v1/imports/${res.body.id}/matches`;
      }
    }
    return undefined;
  }
});

describe('no resident ID in clear', () => {
  it('the scanner finds an ID in clear and passes a masked one', () => {
    const id = residentId('110105', '19400101', 11);
    expect(leaksIn([{ where: 'clear', text: `{"residentId":"${id}"}` }, { where: 'masked', text: `{"residentId":"${maskResidentId(id)}"}` }])).toEqual([expect.stringMatching(/^clear: /)]);
  });

  it('in any response of the bad-input and happy-path calls', () => {
    expect(responses.seen.length).toBeGreaterThan(500);
    expect(responses.leaks()).toEqual([]);
  });

  it('in any log line the services wrote during these runs', () => {
    const entries = capture.logEntries();
    // The probes' lines are there, masked: the scan looked at what the services' logger wrote.
    const probes = entries.filter((e) => String(e.context).endsWith('-probe'));
    expect(probes.map((e) => e.msg)).toEqual(SERVICES.map(() => `could not settle resident ${maskResidentId(residentId('110105', '19400101', 11))}`));
    expect(leaksIn(capture.lines().map((text, i) => ({ where: `log line ${i + 1}`, text })))).toEqual([]);
  });
});
