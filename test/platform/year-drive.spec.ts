import type { HttpFn } from '../../scripts/population/load';
import { emptyRegisters } from '../../scripts/population/registers';
import { createYearApi, postLongWork, signYearTokens, type BytesHttpFn, type YearApi } from '../../scripts/year/api';
import type { DriveContext } from '../../scripts/year/context';
import { driveYear, moveClocks, newDriveState } from '../../scripts/year/drive';
import { driveMarriage } from '../../scripts/year/kinds/marriages';
import { drivePayroll } from '../../scripts/year/kinds/payrolls';
import { HOME_CARE_PROVIDERS } from '../../scripts/year/kinds/home-care-providers';
import { buildPlan } from '../../scripts/year/plan';
import { referenceCanteens } from '../../scripts/year/reference';
import { yearProfileFor } from '../../scripts/year/profile';
import { newTally, recordOutcome, type Outcome } from '../../scripts/year/tally';

// The drive against a fake platform: an HTTP function that answers as the services would, so the
// order of clocks, settling, users and resumption can be seen without running them.

interface Call {
  service: string;
  method: string;
  path: string;
  body: unknown;
  /** The user the token names. */
  sub: string;
}
type Answer = { status: number; body?: unknown; text?: string; headers?: Record<string, string> };

const QUIET = 'civil_affairs_outbox_backlog{service="x"} 0\ncivil_affairs_queue_messages{service="x",queue="events"} 0\n';

function fakePlatform(route: (call: Call) => Answer | undefined = () => undefined): { api: YearApi; calls: Call[]; slept: number[] } {
  const calls: Call[] = [];
  const slept: number[] = [];
  const http: HttpFn = async (url, init) => {
    const { host, pathname, search } = new URL(url);
    const token = init.headers.Authorization?.split(' ')[1] ?? '';
    const sub = (JSON.parse(Buffer.from(token.split('.')[1] ?? 'e30', 'base64url').toString()) as { sub?: string }).sub ?? '';
    const json = init.headers['Content-Type'] === 'application/json';
    const call: Call = { service: host, method: init.method, path: pathname + search, body: init.body && json ? JSON.parse(init.body) : init.body, sub };
    calls.push(call);
    const answer = route(call) ?? defaultAnswer(call);
    const text = answer.text ?? JSON.stringify(answer.body ?? {});
    return { status: answer.status, headers: { get: (name: string) => answer.headers?.[name.toLowerCase()] ?? null }, text: async () => text };
  };
  // Files go as bytes; the fake answers them as it answers text.
  const bytesHttp: BytesHttpFn = async (url, init) => {
    const res = await http(url, { ...init, body: init.body === undefined ? undefined : Buffer.from(init.body).toString('utf8') });
    const text = await res.text();
    return { status: res.status, headers: res.headers, arrayBuffer: async () => new Uint8Array(Buffer.from(text)).buffer };
  };
  const services = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'payments'];
  const api = createYearApi({ baseUrls: Object.fromEntries(services.map((s) => [s, `http://${s}`])), http, bytesHttp, tokens: signYearTokens('test-secret'), sleep: async (ms) => void slept.push(ms) });
  return { api, calls, slept };
}

function defaultAnswer(call: Call): Answer {
  if (call.path === '/metrics') return { status: 200, text: QUIET };
  if (call.path.startsWith('/api/v1/registration-offices')) return { status: 200, body: { items: [{ id: 'office', code: 'O', openedOn: '2010-01-01', closedOn: null }], total: 1 } };
  if (call.path.startsWith('/api/v1/canteens')) return { status: 200, body: { items: referenceCanteens().map((c) => ({ id: c.code, code: c.code, name: c.name })), total: 12 } };
  if (call.path.startsWith('/api/v1/home-care/providers') && call.method === 'GET') return { status: 200, body: { items: HOME_CARE_PROVIDERS.map((p) => ({ id: p.code, code: p.code })), total: 3 } };
  if (call.method === 'GET') return { status: 200, body: { items: [], total: 0 } };
  if (call.path === '/api/v1/elders/import') return { status: 200, body: { accepted: 0, lines: [] } };
  if (call.path === '/api/v1/batches' && call.method === 'POST') return { status: 201, body: { batches: [], heldLines: 0, releasedFromHold: 0 } };
  if (call.method === 'PUT' || call.path.endsWith('/approve') || call.path.endsWith('/register') || call.path.includes('/high-age/')) return { status: 200, body: { ran: true } };
  return { status: 201, body: { id: `id-of-${call.path}` } };
}

function context(api: YearApi, day = '2024-03-01'): DriveContext & { outcomes: Outcome[] } {
  const tally = newTally();
  const outcomes: Outcome[] = [];
  return {
    api,
    day,
    refs: {},
    offices: [{ id: 'office', code: 'O', openedOn: '2010-01-01', closedOn: null }],
    population: { seed: 1, asOf: '2024-01-01', totalPopulation: 0, elders: [], households: [], children: [], diners: [], registers: emptyRegisters() },
    concurrency: 2,
    record: (kind, outcome, what) => {
      outcomes.push(outcome);
      recordOutcome(tally, kind, outcome, what);
    },
    recordStep: () => undefined,
    log: () => undefined,
    outcomes,
  };
}

const plan = buildPlan(yearProfileFor('tiny'), 2024, 1);

describe('driving a year', () => {
  it('moves every clock to each day in turn and settles before each new month and after the last day', async () => {
    const { api, calls } = fakePlatform();
    const state = newDriveState();
    const completed: string[] = [];
    await driveYear(plan, { api, clockServices: ['civil-registration', 'elderly-care'], state, concurrency: 4, log: () => undefined, onDayDone: (d) => completed.push(d.date) });
    // The day's start; meals and visits take their own service on to the evening later in the day.
    const moves = calls.filter((c) => c.method === 'PUT' && !(c.body as { at: string }).at.includes('T')).map((c) => `${c.service} ${(c.body as { at: string }).at} ${c.sub}`);
    expect(moves.slice(0, 4)).toEqual(['civil-registration 2024-01-01 year-admin', 'elderly-care 2024-01-01 year-admin', 'civil-registration 2024-01-02 year-admin', 'elderly-care 2024-01-02 year-admin']);
    expect(moves).toHaveLength(366 * 2);
    expect(completed).toEqual(plan.days.map((d) => d.date));
    expect(state.lastCompletedDay).toBe('2024-12-31');
    // A settle is a few /metrics readings of each service: before 1 February … 1 December, and at the end.
    const settledBefore = calls.map((c, i) => (c.path === '/metrics' && calls[i + 1]?.method === 'PUT' ? (calls[i + 1].body as { at: string }).at : null)).filter(Boolean);
    expect(settledBefore).toEqual(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2024-${m}-01`));
    expect(calls[calls.length - 1].path).toBe('/metrics');
  });

  it('resumes after the last completed day and stops before a day when asked', async () => {
    const { api, calls } = fakePlatform();
    const state = { ...newDriveState(), lastCompletedDay: '2024-06-30' };
    const { stopped } = await driveYear(plan, { api, clockServices: ['civil-registration'], state, concurrency: 4, log: () => undefined, onDayDone: () => undefined, shouldStop: () => state.lastCompletedDay === '2024-07-02' });
    expect(stopped).toBe(true);
    expect(calls.filter((c) => c.method === 'PUT' && c.service === 'civil-registration').map((c) => (c.body as { at: string }).at)).toEqual(['2024-07-01', '2024-07-02']);
    expect(state.lastCompletedDay).toBe('2024-07-02');
  });

  it('stops the year when a clock does not move, naming the service and its refusal', async () => {
    const { api } = fakePlatform((c) => (c.method === 'PUT' && c.service === 'elderly-care' ? { status: 409, body: { code: 'CLOCK.BACKWARDS' } } : undefined));
    await expect(moveClocks(api, ['civil-registration', 'elderly-care'], '2024-02-01')).rejects.toThrow(/elderly-care: its clock could not be moved to 2024-02-01: 409 CLOCK.BACKWARDS/);
  });
});

describe('a month’s payroll', () => {
  it('grants the high-age allowance, is run by one approver, followed as a job, and approved by the other', async () => {
    const { api, calls } = fakePlatform((c) => {
      if (c.path === '/api/v1/payrolls' && c.method === 'POST') return { status: 202, body: { id: 'job-1' }, headers: { location: '/api/v1/jobs/job-1' } };
      if (c.path === '/api/v1/jobs/job-1') return { status: 200, body: { status: calls.filter((x) => x.path === c.path).length < 2 ? 'RUNNING' : 'SUCCEEDED', resultStatus: 201, result: {} } };
      return undefined;
    });
    const ctx = context(api);
    expect(await drivePayroll({ kind: 'payroll', key: 'k', programme: 'elderly-care', month: '2024-03' }, ctx)).toEqual({ result: 'done' });
    expect(calls.map((c) => `${c.method} ${c.path} ${c.sub}`)).toEqual([
      'POST /api/v1/allowances/high-age/run year-admin',
      'POST /api/v1/payrolls year-approver-1',
      'GET /api/v1/jobs/job-1 year-approver-1',
      'GET /api/v1/jobs/job-1 year-approver-1',
      'POST /api/v1/payrolls/2024-03/approve year-approver-2',
    ]);
  });

  it('asks for the high-age grant again while the timer holds its lock, and counts an approved month as present', async () => {
    let grants = 0;
    const { api, slept } = fakePlatform((c) => {
      if (c.path.includes('/high-age/')) return { status: 200, body: { ran: ++grants > 2 } };
      if (c.path.endsWith('/approve')) return { status: 409, body: { code: 'PAYROLL.ALREADY_APPROVED' } };
      return c.path === '/api/v1/payrolls' ? { status: 200, body: {} } : undefined;
    });
    expect(await drivePayroll({ kind: 'payroll', key: 'k', programme: 'elderly-care', month: '2024-03' }, context(api))).toEqual({ result: 'present' });
    expect([grants, slept]).toEqual([3, [1000, 1000]]);
  });

  it('is refused with the problem of the step that failed', async () => {
    const { api } = fakePlatform((c) => (c.path.endsWith('/approve') ? { status: 403, body: { code: 'PAYROLL.SAME_PERSON_APPROVAL' } } : c.path === '/api/v1/payrolls' ? { status: 201, body: {} } : undefined));
    expect(await drivePayroll({ kind: 'payroll', key: 'k', programme: 'child-welfare', month: '2024-03' }, context(api))).toMatchObject({ result: 'refused', code: 'PAYROLL.SAME_PERSON_APPROVAL' });
  });
});

describe('a marriage', () => {
  const event = { kind: 'marriage' as const, key: 'marriage:3', marriageKind: 'RETROACTIVE' as const, partyResidentIds: ['110101199001010011', '110101199201010020'] as [string, string], officeNo: 5 };

  it('is registered at an office open on the day, and its id kept for its divorce', async () => {
    const { api, calls } = fakePlatform((c) => (c.path === '/api/v1/marriages' ? { status: 201, body: { id: 'm-1' } } : undefined));
    const ctx = context(api);
    expect(await driveMarriage(event, ctx)).toEqual({ result: 'done' });
    expect(calls[0]).toMatchObject({ sub: 'year-clerk', body: { kind: 'RETROACTIVE', partyResidentIds: event.partyResidentIds, declaredKinship: 'NONE', bothPartiesPresent: true, officeId: 'office' } });
    expect(ctx.refs).toEqual({ 'marriage:3': 'm-1' });
  });

  it('registered before (a day driven again) is found by searching its first party, and counted as present', async () => {
    const { api } = fakePlatform((c) => {
      if (c.path === '/api/v1/marriages') return { status: 422, body: { code: 'MARRIAGE.ALREADY_MARRIED' } };
      if (c.path === '/api/v1/marriages/search') return { status: 200, body: [{ id: 'old', status: 'DISSOLVED', partyResidentIds: event.partyResidentIds }, { id: 'm-1', status: 'ACTIVE', partyResidentIds: [...event.partyResidentIds].reverse() }] };
      return undefined;
    });
    const ctx = context(api);
    expect(await driveMarriage(event, ctx)).toEqual({ result: 'present' });
    expect(ctx.refs['marriage:3']).toBe('m-1');
  });

  it('is refused when no office is open', async () => {
    const ctx = { ...context(fakePlatform().api), offices: [] };
    expect(await driveMarriage(event, ctx)).toMatchObject({ result: 'refused', code: 'YEAR.NO_OFFICE_OPEN' });
  });
});

describe('the year’s API', () => {
  it('waits out a 429 for its Retry-After, then answers', async () => {
    let tries = 0;
    const { api, slept } = fakePlatform(() => (++tries < 3 ? { status: 429, headers: { 'retry-after': '2' }, body: { code: 'RATE_LIMITED' } } : { status: 201, body: { id: 'x' } }));
    expect((await api.call('civil-registration', 'POST', '/api/v1/deaths', 'clerk', {})).status).toBe(201);
    expect(slept).toEqual([2000, 2000]);
  });

  it('asks again while a dependency is unavailable (503 DEPENDENCY.UNAVAILABLE), but takes any other 503 as the answer', async () => {
    let tries = 0;
    const outage = { status: 503, headers: { 'retry-after': '5' }, body: { code: 'DEPENDENCY.UNAVAILABLE' } };
    const { api, slept } = fakePlatform(() => (++tries < 4 ? outage : { status: 201, body: { id: 'x' } }));
    expect((await api.call('civil-registration', 'POST', '/api/v1/deaths', 'clerk', {})).status).toBe(201);
    expect(slept).toEqual([5000, 5000, 5000]);

    const policy = fakePlatform(() => ({ status: 503, body: { code: 'POLICY.NOT_IN_FORCE' } }));
    expect((await policy.api.call('social-assistance', 'POST', '/api/v1/payrolls', 'clerk', {})).status).toBe(503);
    expect(policy.slept).toEqual([]);

    const down = fakePlatform(() => outage);
    expect((await down.api.call('canteen', 'POST', '/api/v1/meals', 'clerk', {})).status).toBe(503);
    expect(down.slept).toHaveLength(24);
  });

  it('answers a failed job with its problem', async () => {
    const { api } = fakePlatform((c) =>
      c.method === 'POST' ? { status: 202, body: { id: 'j' }, headers: { location: '/api/v1/jobs/j' } } : { status: 200, body: { status: 'FAILED', problem: { status: 503, code: 'POLICY.NOT_IN_FORCE' } } },
    );
    const answer = await postLongWork(api, 'social-assistance', '/api/v1/payrolls', 'approver1', { month: '2024-01' });
    expect([answer.status, (answer.body as { code: string }).code]).toEqual([503, 'POLICY.NOT_IN_FORCE']);
  });
});
