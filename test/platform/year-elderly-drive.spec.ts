import { emptyRegisters } from '../../scripts/population/registers';
import type { HttpFn } from '../../scripts/population/load';
import { createYearApi, signYearTokens, type YearApi } from '../../scripts/year/api';
import type { DriveContext } from '../../scripts/year/context';
import type { PlannedVisit } from '../../scripts/year/events';
import { driveCanteenSettlement } from '../../scripts/year/kinds/canteen-settlements';
import { driveHomeCareProviders, HOME_CARE_PROVIDERS } from '../../scripts/year/kinds/home-care-providers';
import { driveHomeCareSettlement } from '../../scripts/year/kinds/home-care-settlements';
import { driveHomeCareVisits } from '../../scripts/year/kinds/home-care-visits';
import { driveMeals, MEALS_PER_UPLOAD, uploadsOfDay } from '../../scripts/year/kinds/meals';
import { referenceCanteens } from '../../scripts/year/reference';
import { newTally, recordOutcome, type Outcome } from '../../scripts/year/tally';

// The drivers of meals, home-care visits and their settlements against a fake platform: which
// user asks what, in which order, and what the tally makes of the answers.

interface Call {
  service: string;
  method: string;
  path: string;
  body: unknown;
  sub: string;
  idempotencyKey?: string;
}
type Answer = { status: number; body?: unknown };

function fakePlatform(route: (call: Call) => Answer | undefined): { api: YearApi; calls: Call[] } {
  const calls: Call[] = [];
  const http: HttpFn = async (url, init) => {
    const { host, pathname, search } = new URL(url);
    const token = init.headers.Authorization?.split(' ')[1] ?? '';
    const sub = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
    const call: Call = { service: host, method: init.method, path: pathname + search, body: init.body ? JSON.parse(init.body) : undefined, sub, idempotencyKey: init.headers['Idempotency-Key'] };
    calls.push(call);
    const answer = route(call) ?? { status: 200, body: {} };
    const text = JSON.stringify(answer.body ?? {});
    return { status: answer.status, headers: { get: () => null }, text: async () => text };
  };
  const api = createYearApi({ baseUrls: { canteen: 'http://canteen', 'elderly-care': 'http://elderly-care' }, http, tokens: signYearTokens('test-secret'), sleep: async () => undefined });
  return { api, calls };
}

const diners = [
  { residentId: '110101194001010011', name: '甲', cardNumber: 'SEED-00000001', canteenNo: 1 },
  { residentId: '110101193001010022', name: '乙', cardNumber: 'SEED-00000002', canteenNo: 14 },
];

function context(api: YearApi): DriveContext & { outcomes: Array<[string, Outcome]> } {
  const tally = newTally();
  const outcomes: Array<[string, Outcome]> = [];
  return {
    api,
    day: '2024-03-05',
    refs: {},
    offices: [],
    population: { seed: 1, asOf: '2024-01-01', totalPopulation: 0, elders: [{ residentId: '110102194001010011', name: '丙', birthDate: '1940-01-01', sex: 'M', townshipCode: '110102001' }], households: [], children: [], diners, registers: emptyRegisters() },
    concurrency: 1,
    record: (kind, outcome, what) => {
      outcomes.push([kind, outcome]);
      recordOutcome(tally, kind, outcome, what);
    },
    recordStep: () => undefined,
    log: () => undefined,
    outcomes,
  };
}

const canteenList = { status: 200, body: { items: referenceCanteens().map((c) => ({ id: `id-${c.code}`, code: c.code })), total: 12 } };
const call = (c: Call) => `${c.method} ${c.service}${c.path} ${c.sub}`;

type BatchBody = { meals: Array<{ cardNumber: string }> };
/** The canteen's batch route answering each line with `verdict`. */
const batchAnswer = (c: Call, verdict: (line: { cardNumber: string }) => unknown): Answer => ({ status: 200, body: { lines: (c.body as BatchBody).meals.map(verdict) } });

describe('the day’s meals', () => {
  it('take the canteen’s clock to the evening, then are uploaded by the cashier, a batch per canteen keyed by canteen, day and part', async () => {
    const { api, calls } = fakePlatform((c) =>
      c.path.startsWith('/api/v1/canteens')
        ? canteenList
        : c.path === '/api/v1/meals/batch'
          ? batchAnswer(c, (line) => ({ status: 'RECORDED', meal: { subsidyFen: line.cardNumber.endsWith('1') ? 200 : 300, tier: 'AGE_80' } }))
          : undefined,
    );
    const ctx = context(api);
    await driveMeals({ kind: 'meals', key: 'meals:2024-03-05', meals: [{ diner: 0, slot: 'LUNCH', subsidyFen: 200 }, { diner: 1, slot: 'DINNER', subsidyFen: 500 }] }, ctx);
    expect(calls.map(call)).toEqual(['GET canteen/api/v1/canteens?pageSize=100 year-clerk', 'PUT canteen/api/v1/clock year-admin', 'POST canteen/api/v1/meals/batch year-canteen-cashier', 'POST canteen/api/v1/meals/batch year-canteen-cashier']);
    expect(calls[1].body).toEqual({ at: '2024-03-05T20:00:00+08:00' });
    const canteens = referenceCanteens();
    expect(calls.slice(2).map((c) => [c.body, c.idempotencyKey])).toEqual([
      [{ meals: [{ canteenId: `id-${canteens[1].code}`, cardNumber: 'SEED-00000001', slot: 'LUNCH', servedAt: '2024-03-05T11:45:00+08:00' }] }, `year-meals:2024-03-05:${canteens[1].code}:0`],
      [{ meals: [{ canteenId: `id-${canteens[2].code}`, cardNumber: 'SEED-00000002', slot: 'DINNER', servedAt: '2024-03-05T17:30:00+08:00' }] }, `year-meals:2024-03-05:${canteens[2].code}:0`],
    ]);
    // The second is priced otherwise than planned: the year's money would not be the profile's.
    expect(ctx.outcomes).toEqual([
      ['meals', { result: 'done' }],
      ['meals', { result: 'refused', code: 'YEAR.SUBSIDY_NOT_AS_PLANNED', detail: 'subsidy 300 fen (AGE_80), planned 500' }],
    ]);
    expect(ctx.refs[`canteen:${canteens[1].code}`]).toBe(`id-${canteens[1].code}`);
  });

  it('go by canteen, in the plan’s order, in parts of at most the canteen’s limit', () => {
    const many = Array.from({ length: 2 * MEALS_PER_UPLOAD + 5 }, () => ({ diner: 1, slot: 'LUNCH' as const, subsidyFen: 300 }));
    const uploads = uploadsOfDay([...many, { diner: 0, slot: 'LUNCH', subsidyFen: 200 }], { population: context(fakePlatform(() => undefined).api).population }, 12);
    expect(uploads.map((u) => [u.canteenNo, u.part, u.meals.length])).toEqual([
      [1, 0, 1],
      [2, 0, MEALS_PER_UPLOAD],
      [2, 1, MEALS_PER_UPLOAD],
      [2, 2, 5],
    ]);
    expect(MEALS_PER_UPLOAD).toBe(1_000);
  });

  it('are refused line by line with the canteen’s problem, all of an upload the canteen refuses, and the year stops when the reference canteens are missing', async () => {
    const refusing = fakePlatform((c) => (c.path.startsWith('/api/v1/canteens') ? canteenList : c.path === '/api/v1/meals/batch' ? batchAnswer(c, () => ({ status: 'REFUSED', problem: { status: 409, code: 'MEAL.DINER_DECEASED', detail: 'the diner died on 2024-03-01' } })) : undefined));
    const ctx = context(refusing.api);
    await driveMeals({ kind: 'meals', key: 'k', meals: [{ diner: 0, slot: 'LUNCH', subsidyFen: 200 }] }, ctx);
    expect(ctx.outcomes).toEqual([['meals', { result: 'refused', code: 'MEAL.DINER_DECEASED', detail: 'the diner died on 2024-03-01' }]]);
    const malformed = fakePlatform((c) => (c.path.startsWith('/api/v1/canteens') ? canteenList : c.path === '/api/v1/meals/batch' ? { status: 400, body: { code: 'VALIDATION.FAILED' } } : undefined));
    const whole = context(malformed.api);
    await driveMeals({ kind: 'meals', key: 'k', meals: [{ diner: 0, slot: 'LUNCH', subsidyFen: 200 }, { diner: 0, slot: 'DINNER', subsidyFen: 200 }] }, whole);
    expect(whole.outcomes.map(([, o]) => o)).toEqual([expect.objectContaining({ result: 'refused', code: 'VALIDATION.FAILED' }), expect.objectContaining({ result: 'refused', code: 'VALIDATION.FAILED' })]);
    const empty = fakePlatform((c) => (c.path.startsWith('/api/v1/canteens') ? { status: 200, body: { items: [], total: 0 } } : undefined));
    await expect(driveMeals({ kind: 'meals', key: 'k', meals: [] }, context(empty.api))).rejects.toThrow(/lacks the reference canteens SAMPLE-ST-01, .*load the reference data first/);
  });
});

describe('a canteen’s monthly settlement', () => {
  const event = { kind: 'canteen-settlement' as const, key: 'k', canteenNo: 3, month: '2024-02', meals: 40, subsidyFen: 11_900 };

  it('is opened by the clerk and approved by an approver, with the month’s planned meals and money', async () => {
    const { api, calls } = fakePlatform((c) => (c.path.startsWith('/api/v1/canteens') ? canteenList : c.path === '/api/v1/settlements' ? { status: 201, body: { id: 's-1' } } : c.path.endsWith('/approve') ? { status: 200, body: { mealCount: 40, subsidyFen: 11_900 } } : undefined));
    expect(await driveCanteenSettlement(event, context(api))).toEqual({ result: 'done' });
    expect(calls.slice(1).map(call)).toEqual(['POST canteen/api/v1/settlements year-clerk', 'POST canteen/api/v1/settlements/s-1/approve year-approver-2']);
    expect(calls[1].body).toEqual({ canteenId: `id-${referenceCanteens()[3].code}`, month: '2024-02' });
  });

  it('opened before (a day driven again) is found in the month’s list; approved before, it is present', async () => {
    const { api, calls } = fakePlatform((c) => {
      if (c.path.startsWith('/api/v1/canteens')) return canteenList;
      if (c.path === '/api/v1/settlements') return { status: 409, body: { code: 'SETTLEMENT.ALREADY_OPEN' } };
      if (c.path.startsWith('/api/v1/settlements?month=2024-02')) return { status: 200, body: { items: [{ id: 'other', canteenId: 'x' }, { id: 's-1', canteenId: `id-${referenceCanteens()[3].code}` }] } };
      return c.path.endsWith('/approve') ? { status: 409, body: { code: 'SETTLEMENT.ALREADY_APPROVED' } } : undefined;
    });
    expect(await driveCanteenSettlement(event, context(api))).toEqual({ result: 'present' });
    expect(calls[calls.length - 1].path).toBe('/api/v1/settlements/s-1/approve');
  });

  it('is refused when the approved claim is not what the plan served', async () => {
    const { api } = fakePlatform((c) => (c.path.startsWith('/api/v1/canteens') ? canteenList : c.path === '/api/v1/settlements' ? { status: 201, body: { id: 's-1' } } : c.path.endsWith('/approve') ? { status: 200, body: { mealCount: 39, subsidyFen: 11_600 } } : undefined));
    expect(await driveCanteenSettlement(event, context(api))).toMatchObject({ result: 'refused', code: 'YEAR.SETTLEMENT_NOT_AS_PLANNED' });
  });
});

describe('the home-care providers and visits', () => {
  const providers = { status: 200, body: { items: HOME_CARE_PROVIDERS.map((p, i) => ({ id: `p-${i}`, code: p.code })), total: 3 } };
  const visit: PlannedVisit = { residentId: '110102194001010011', itemCode: 'HC-N-CARE', providerNo: 1, priceFen: 30_000, subsidyFen: 24_000 };

  it('registers the providers once, a code already there being present, and keeps their ids', async () => {
    const { api, calls } = fakePlatform((c) => (c.method === 'POST' ? (c.body as { code: string }).code.endsWith('2') ? { status: 409, body: { code: 'HOME_CARE.PROVIDER_CODE_TAKEN' } } : { status: 201 } : providers));
    const ctx = context(api);
    await driveHomeCareProviders({ kind: 'home-care-providers', key: 'home-care-providers' }, ctx);
    expect(calls.filter((c) => c.method === 'POST').map((c) => [c.sub, c.body])).toEqual(HOME_CARE_PROVIDERS.map((p) => ['year-clerk', { ...p, divisionCode: '110102' }]));
    expect(ctx.outcomes.map(([, o]) => o.result)).toEqual(['done', 'present', 'done']);
    expect(ctx.refs).toEqual({ 'home-care-provider:YEAR-HC-01': 'p-0', 'home-care-provider:YEAR-HC-02': 'p-1', 'home-care-provider:YEAR-HC-03': 'p-2' });
  });

  it('takes elderly care’s clock to the evening, then orders, assigns, checks in and out two hours apart and confirms each visit', async () => {
    const { api, calls } = fakePlatform((c) => (c.path.includes('providers') ? providers : c.path.endsWith('/search') ? { status: 200, body: [] } : c.path === '/api/v1/home-care/orders' ? { status: 201, body: { id: 'o-1', status: 'ORDERED', subsidyFen: 24_000 } } : undefined));
    const ctx = context(api);
    await driveHomeCareVisits({ kind: 'home-care-visits', key: 'k', visits: [visit] }, ctx);
    expect(calls.slice(1).map(call)).toEqual([
      'PUT elderly-care/api/v1/clock year-admin',
      'POST elderly-care/api/v1/home-care/orders/search year-clerk',
      'POST elderly-care/api/v1/home-care/orders year-clerk',
      'POST elderly-care/api/v1/home-care/orders/o-1/assign year-clerk',
      'POST elderly-care/api/v1/home-care/orders/o-1/check-in year-clerk',
      'POST elderly-care/api/v1/home-care/orders/o-1/check-out year-clerk',
      'POST elderly-care/api/v1/home-care/orders/o-1/confirm year-clerk',
    ]);
    expect(calls.slice(1).map((c) => c.body)).toEqual([
      { at: '2024-03-05T18:00:00+08:00' },
      { residentId: visit.residentId },
      { residentId: visit.residentId, itemCode: 'HC-N-CARE' },
      { providerId: 'p-1' },
      { at: '2024-03-05T09:00:00+08:00' },
      { at: '2024-03-05T11:00:00+08:00' },
      undefined,
    ]);
    expect(ctx.outcomes).toEqual([['home-care-visits', { result: 'done' }]]);
  });

  it('driven again, goes on from where the day’s order stands, and counts a confirmed one as present', async () => {
    const order = (status: string) => ({ id: 'o-1', itemCode: 'HC-N-CARE', orderedOn: '2024-03-05', status, subsidyFen: 24_000 });
    for (const [status, steps, result] of [
      ['CHECKED_IN', ['check-out', 'confirm'], 'done'],
      ['CONFIRMED', [], 'present'],
    ] as const) {
      const { api, calls } = fakePlatform((c) => (c.path.includes('providers') ? providers : c.path.endsWith('/search') ? { status: 200, body: [{ ...order('CANCELLED'), id: 'old' }, order(status)] } : undefined));
      const ctx = context(api);
      await driveHomeCareVisits({ kind: 'home-care-visits', key: 'k', visits: [visit] }, ctx);
      expect(calls.filter((c) => c.path.startsWith('/api/v1/home-care/orders/o-1/')).map((c) => c.path.split('/').pop())).toEqual(steps);
      expect(ctx.outcomes[0][1].result).toBe(result);
    }
  });

  it('is refused with the problem of the step that failed', async () => {
    const { api } = fakePlatform((c) => (c.path.includes('providers') ? providers : c.path.endsWith('/search') ? { status: 200, body: [] } : c.path.endsWith('/check-out') ? { status: 422, body: { code: 'HOME_CARE.VISIT_TOO_SHORT' } } : { status: c.path.endsWith('orders') ? 201 : 200, body: { id: 'o-1', status: 'ORDERED', subsidyFen: 24_000 } }));
    const ctx = context(api);
    await driveHomeCareVisits({ kind: 'home-care-visits', key: 'k', visits: [visit] }, ctx);
    expect(ctx.outcomes[0][1]).toMatchObject({ result: 'refused', code: 'HOME_CARE.VISIT_TOO_SHORT' });
  });
});

describe('a home-care provider’s monthly settlement', () => {
  const event = { kind: 'home-care-settlement' as const, key: 'k', providerNo: 2, month: '2024-04', visits: 3, subsidyFen: 66_000 };
  const refs = Object.fromEntries(HOME_CARE_PROVIDERS.map((p, i) => [`home-care-provider:${p.code}`, `p-${i}`]));

  it('is drawn up by the clerk and approved by an approver', async () => {
    const { api, calls } = fakePlatform((c) => (c.path.endsWith('/settlements') ? { status: 200, body: { created: true, settlement: { id: 'h-1', orders: 3, subsidyFen: 66_000 } } } : undefined));
    expect(await driveHomeCareSettlement(event, { ...context(api), refs })).toEqual({ result: 'done' });
    expect(calls.map((c) => [call(c), c.body])).toEqual([
      ['POST elderly-care/api/v1/home-care/settlements year-clerk', { providerId: 'p-2', month: '2024-04' }],
      ['POST elderly-care/api/v1/home-care/settlements/h-1/approve year-approver-2', undefined],
    ]);
  });

  it('is not approved when it is not what the plan visited, and is present when approved before', async () => {
    const other = fakePlatform((c) => (c.path.endsWith('/settlements') ? { status: 200, body: { settlement: { id: 'h-1', orders: 2, subsidyFen: 42_000 } } } : undefined));
    expect(await driveHomeCareSettlement(event, { ...context(other.api), refs })).toMatchObject({ result: 'refused', code: 'YEAR.SETTLEMENT_NOT_AS_PLANNED' });
    expect(other.calls.some((c) => c.path.endsWith('/approve'))).toBe(false);
    const again = fakePlatform((c) => (c.path.endsWith('/settlements') ? { status: 200, body: { settlement: { id: 'h-1', orders: 3, subsidyFen: 66_000 } } } : { status: 409, body: { code: 'HOME_CARE.SETTLEMENT_ALREADY_APPROVED' } }));
    expect(await driveHomeCareSettlement(event, { ...context(again.api), refs })).toEqual({ result: 'present' });
  });
});
